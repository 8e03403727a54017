"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { assertUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { runAction } from "@/lib/http/action-result";
import { requestCancel } from "@/lib/orders/cancel";
import { requestRefill } from "@/lib/orders/refill";

const orderIdSchema = z.coerce.number().int().positive("Incorrect order ID");

export async function requestRefillAction(orderId: number) {
  return runAction("requestRefill", async () => {
    const user = await assertUser();
    const { refillId } = await requestRefill(user.id, orderIdSchema.parse(orderId));
    revalidatePath("/orders");
    revalidatePath("/refills");
    return { refillId };
  });
}

export async function requestCancelAction(orderId: number) {
  return runAction("requestCancel", async () => {
    const user = await assertUser();
    const id = orderIdSchema.parse(orderId);
    const result = (await requestCancel(user.id, [id])).get(id);
    if (!result?.ok) throw new AppError(result?.error ?? "Incorrect order ID", "cancel_failed", undefined, result?.i18n);
    revalidatePath("/orders");
  });
}
