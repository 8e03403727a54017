// Inputs of the admin's user page, shared by its forms, server actions and domain functions.
import { z } from "zod";
import { idempotencyKeySchema } from "../validations/idempotency";
import { moneyInput } from "../validations/money";

const positiveMoney = moneyInput({
  message: "Enter an amount like 10 or 12.50",
  positive: true,
  decimals: 2,
});

export const balanceAdjustmentSchema = z.object({
  direction: z.enum(["credit", "debit"]),
  amount: positiveMoney,
  reason: z
    .string()
    .trim()
    .min(3, "Give a reason (at least 3 characters)")
    .max(500, "Keep the reason under 500 characters"),
  idempotencyKey: idempotencyKeySchema,
});
export type BalanceAdjustmentInput = z.input<typeof balanceAdjustmentSchema>;

export const roleSchema = z.enum(["CUSTOMER", "ADMIN"]);

/** A percent off every service, "" or "0" to remove it; stored as basis points. */
export const discountSchema = z
  .string()
  .trim()
  .transform((text, ctx) => {
    if (text === "" || /^0+(\.0+)?$/.test(text)) return null;
    const match = /^(\d{1,3})(?:\.(\d{1,2}))?$/.exec(text);
    const bps = match ? Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0")) : NaN;
    if (!Number.isInteger(bps) || bps <= 0 || bps >= 10_000) {
      ctx.addIssue({ code: "custom", message: "Enter a percent between 0.01 and 99.99" });
      return z.NEVER;
    }
    return bps;
  });

/** A fixed rate per 1000 for one service, "" to remove it. */
export const serviceRateSchema = z.object({
  serviceId: z.coerce.number().int().positive("Pick a service"),
  rate: moneyInput({ message: "Enter a rate per 1000 like 1.20", optional: true }),
});
export type ServiceRateInput = z.input<typeof serviceRateSchema>;

export const USER_SORTS = ["created", "balance", "spent", "lastLogin"] as const;
export type UserSort = (typeof USER_SORTS)[number];
