"use server";
import { revalidatePath } from "next/cache";
import { assertUser } from "@/lib/auth/session";
import { formatCurrency } from "@/lib/format";
import { runAction } from "@/lib/http/action-result";
import { placeMassOrder } from "@/lib/orders/place-mass-order";
import { getSettings } from "@/lib/settings/settings";
import { massOrderSchema } from "@/lib/validations/order";

export type MassOrderLineView = { line: number; ok: true; orderId: number; charge: string } | { line: number; ok: false; error: string };

export async function placeMassOrderAction(input: { text: string; idempotencyKey?: string }) {
  return runAction("placeMassOrder", async () => {
    const user = await assertUser();
    const { text, idempotencyKey } = massOrderSchema.parse(input);
    const results = await placeMassOrder(user.id, text, idempotencyKey);
    const settings = await getSettings();
    revalidatePath("/orders");
    return results.map((r): MassOrderLineView => (r.ok ? { line: r.line, ok: true, orderId: r.orderId, charge: formatCurrency(r.charge, settings) } : r));
  });
}
