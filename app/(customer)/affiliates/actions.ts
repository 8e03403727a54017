"use server";
import { revalidatePath } from "next/cache";
import { payoutToBalance, requestWithdrawal } from "@/lib/affiliates/payouts";
import { assertUser } from "@/lib/auth/session";
import { runAction } from "@/lib/http/action-result";
import { readTypedAmount } from "@/lib/http/reader-money";
import { payoutSchema, withdrawalSchema, type PayoutInput, type WithdrawalInput } from "@/lib/validations/affiliate";

export async function payoutToBalanceAction(input: PayoutInput) {
  return runAction("affiliatePayout", async () => {
    const user = await assertUser();
    const { amount } = payoutSchema.parse({ ...input, amount: await readTypedAmount(input?.amount) });
    const { balanceAfter } = await payoutToBalance(user.id, amount);
    revalidatePath("/affiliates");
    return { balanceAfter: balanceAfter.toString() };
  });
}

export async function requestWithdrawalAction(input: WithdrawalInput) {
  return runAction("affiliateWithdrawal", async () => {
    const user = await assertUser();
    const { amount, details } = withdrawalSchema.parse({ ...input, amount: await readTypedAmount(input?.amount) });
    const payout = await requestWithdrawal(user.id, amount, details);
    revalidatePath("/affiliates");
    return { id: payout.id };
  });
}
