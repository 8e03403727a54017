"use server";
import { revalidatePath } from "next/cache";
import { assertUser } from "@/lib/auth/session";
import { formatCurrency } from "@/lib/format";
import { runAction } from "@/lib/http/action-result";
import { placeOrder } from "@/lib/orders/place-order";
import { getSettings } from "@/lib/settings/settings";
import { placeOrderSchema } from "@/lib/validations/order";

export async function placeOrderAction(input: { serviceId: number; fields: Record<string, string>; idempotencyKey?: string }) {
  return runAction("placeOrder", async () => {
    const user = await assertUser();
    const { serviceId, fields, idempotencyKey } = placeOrderSchema.parse(input);
    const placed = await placeOrder({ userId: user.id, serviceId, fields, source: "web", requestId: idempotencyKey && `web:${idempotencyKey}` });
    const settings = await getSettings();
    revalidatePath("/orders");
    return { orderId: placed.orderId, charge: formatCurrency(placed.charge, settings), balance: formatCurrency(placed.balanceAfter, settings) };
  });
}
