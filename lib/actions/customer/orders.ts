"use server";
// A customer's orders: one order, a mass order, and a refill or a cancel of one of theirs.
import { revalidatePath } from "next/cache";
import { localizeError } from "@/i18n/error-text";
import { getRequestLocale, getRootTranslator } from "@/i18n/server-translator";
import { AppError } from "@/lib/errors";
import { formatCurrency, readerMoney } from "@/lib/format";
import { requestCancel } from "@/lib/orders/cancel";
import { placeMassOrder } from "@/lib/orders/place-mass-order";
import { placeOrder } from "@/lib/orders/place-order";
import { requestRefill } from "@/lib/orders/refill";
import { getSettings } from "@/lib/settings/settings";
import { orderIdSchema } from "@/lib/validations/id";
import { massOrderSchema, placeOrderSchema } from "@/lib/validations/order";
import { customerAction } from "../safe-action";

export type MassOrderLineView =
  { line: number; ok: true; orderId: number; charge: string } | { line: number; ok: false; error: string };

export const placeOrderAction = customerAction(
  "placeOrder",
  [placeOrderSchema],
  async (user, { serviceId, fields, idempotencyKey }) => {
    const placed = await placeOrder({
      userId: user.id,
      serviceId,
      fields,
      source: "web",
      requestId: idempotencyKey && `web:${idempotencyKey}`,
    });
    const [settings, locale] = await Promise.all([getSettings(), getRequestLocale()]);
    revalidatePath("/orders");
    return {
      orderId: placed.orderId,
      charge: formatCurrency(placed.charge, settings, locale),
      balance: formatCurrency(placed.balanceAfter, settings, locale),
    };
  },
);

export const placeMassOrderAction = customerAction(
  "placeMassOrder",
  [massOrderSchema],
  async (user, { text, idempotencyKey }) => {
    const results = await placeMassOrder(user.id, text, idempotencyKey);
    const [settings, t, locale] = await Promise.all([getSettings(), getRootTranslator(), getRequestLocale()]);
    revalidatePath("/orders");
    const money = readerMoney(settings, locale);
    return results.map((r): MassOrderLineView =>
      r.ok
        ? { line: r.line, ok: true, orderId: r.orderId, charge: money.amount(r.charge) }
        : { line: r.line, ok: false, error: localizeError(t, r.error, r.i18n, money) },
    );
  },
);

export const requestRefillAction = customerAction("requestRefill", [orderIdSchema], async (user, orderId) => {
  const { refillId } = await requestRefill(user.id, orderId);
  revalidatePath("/orders");
  revalidatePath("/refills");
  return { refillId };
});

export const requestCancelAction = customerAction("requestCancel", [orderIdSchema], async (user, orderId) => {
  const result = (await requestCancel(user.id, [orderId])).get(orderId);
  if (!result?.ok)
    throw new AppError(result?.error ?? "Incorrect order ID", "cancel_failed", undefined, result?.i18n);
  revalidatePath("/orders");
});
