// What a customer types to take out affiliate earnings.
import { z } from "zod";
import { moneyInput } from "./money";

const amount = moneyInput({ message: "Enter an amount like 10 or 12.50", positive: true });

export const payoutSchema = z.object({ amount });
export const withdrawalSchema = z.object({
  amount,
  details: z.string().trim().min(3, "Say where the money should be sent").max(300),
});
export const rejectWithdrawalSchema = z.object({ reason: z.string().trim().min(3, "Give a reason").max(300) });

export type PayoutInput = z.input<typeof payoutSchema>;
export type WithdrawalInput = z.input<typeof withdrawalSchema>;
