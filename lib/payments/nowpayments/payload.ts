// A NOWPayments payment (IPN body or GET /payment answer) as a typed value. Amounts arrive as
// JSON numbers; they become exact decimal texts here.
import { z } from "zod";
import { decimalText } from "../decimal";

const amount = z
  .union([z.number(), z.string()])
  .nullish()
  .transform((v) => (v === null || v === undefined ? null : decimalText(v)));

export const NOWPAYMENTS_STATUSES = [
  "waiting",
  "confirming",
  "confirmed",
  "sending",
  "partially_paid",
  "finished",
  "failed",
  "refunded",
  "expired",
] as const;

export const nowpaymentsPaymentSchema = z.object({
  payment_id: z
    .union([
      z.number().int().nonnegative(),
      z
        .string()
        .trim()
        .regex(/^\d{1,20}$/),
    ])
    .transform(String),
  payment_status: z.string().trim().toLowerCase(),
  price_amount: amount,
  price_currency: z.string().trim().toUpperCase().max(10).nullish(),
  pay_amount: amount,
  actually_paid: amount,
  pay_currency: z.string().trim().toUpperCase().max(20).nullish(),
  order_id: z
    .union([z.string(), z.number()])
    .nullish()
    .transform((v) => (v === null || v === undefined ? null : String(v).slice(0, 64))),
  invoice_id: z.union([z.string(), z.number()]).nullish(),
});

export type NowpaymentsPayment = z.infer<typeof nowpaymentsPaymentSchema>;
