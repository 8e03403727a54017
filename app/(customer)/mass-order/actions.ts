"use server";
import { revalidatePath } from "next/cache";
import { localizeError } from "@/i18n/error-text";
import { getRequestLocale, getRootTranslator } from "@/i18n/server-translator";
import { assertUser } from "@/lib/auth/session";
import { readerMoney } from "@/lib/format";
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
    const [settings, t, locale] = await Promise.all([getSettings(), getRootTranslator(), getRequestLocale()]);
    revalidatePath("/orders");
    const money = readerMoney(settings, locale);
    return results.map((r): MassOrderLineView =>
      r.ok ? { line: r.line, ok: true, orderId: r.orderId, charge: money.amount(r.charge) } : { line: r.line, ok: false, error: localizeError(t, r.error, r.i18n, money) },
    );
  });
}
