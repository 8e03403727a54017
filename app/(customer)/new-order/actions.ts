"use server";
import { revalidatePath } from "next/cache";
import { getRequestLocale } from "@/i18n/server-translator";
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
    const [settings, locale] = await Promise.all([getSettings(), getRequestLocale()]);
    revalidatePath("/orders");
    return { orderId: placed.orderId, charge: formatCurrency(placed.charge, settings, locale), balance: formatCurrency(placed.balanceAfter, settings, locale) };
  });
}
