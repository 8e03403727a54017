"use server";
// The affiliate's earnings: moved to the balance, or withdrawn (an admin reviews it).
import { revalidatePath } from "next/cache";
import { payoutToBalance, requestWithdrawal } from "@/lib/affiliates/payouts";
import { readTypedAmount } from "@/lib/http/reader-money";
import {
  payoutSchema,
  withdrawalSchema,
  type PayoutInput,
  type WithdrawalInput,
} from "@/lib/validations/affiliate";
import { customerAction, parsedByDomain } from "../safe-action";

// The amount is typed in the reader's money: read it their way before the schema sees it.
export const payoutToBalanceAction = customerAction(
  "affiliatePayout",
  [parsedByDomain<PayoutInput>()],
  async (user, input) => {
    const { amount } = payoutSchema.parse({ ...input, amount: await readTypedAmount(input?.amount) });
    const { balanceAfter } = await payoutToBalance(user.id, amount);
    revalidatePath("/affiliates");
    return { balanceAfter: balanceAfter.toString() };
  },
);

export const requestWithdrawalAction = customerAction(
  "affiliateWithdrawal",
  [parsedByDomain<WithdrawalInput>()],
  async (user, input) => {
    const { amount, details } = withdrawalSchema.parse({
      ...input,
      amount: await readTypedAmount(input?.amount),
    });
    const payout = await requestWithdrawal(user.id, amount, details);
    revalidatePath("/affiliates");
    return { id: payout.id };
  },
);
