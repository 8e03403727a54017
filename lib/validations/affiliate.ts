// What a customer types to take out affiliate earnings.
import { z } from "zod";
import { moneyInput } from "./money";
import { errorMessages } from "@/i18n/error-text";

const amount = moneyInput({ message: errorMessages.amountLike, positive: true, decimals: 2 });

export const payoutSchema = z.object({ amount });
export const withdrawalSchema = z.object({
  amount,
  details: z.string().trim().min(3, errorMessages.affiliateDetails).max(300),
});
export const rejectWithdrawalSchema = z.object({
  reason: z.string().trim().min(3, errorMessages.affiliateReason).max(300),
});

export type PayoutInput = z.input<typeof payoutSchema>;
export type WithdrawalInput = z.input<typeof withdrawalSchema>;
