"use server";
// Affiliate withdrawals waiting for an admin: paid out by hand, or refused with a reason.
import { revalidatePath } from "next/cache";
import { approveWithdrawal, rejectWithdrawal } from "@/lib/affiliates/payouts";
import { idSchema } from "@/lib/validations/id";
import { rejectWithdrawalSchema } from "@/lib/validations/affiliate";
import { adminAction, parsedByDomain } from "../safe-action";

export const approveWithdrawalAction = adminAction("approveWithdrawal", [idSchema], async (who, id) => {
  await approveWithdrawal(id, who);
  revalidatePath("/admin/affiliates");
});

export const rejectWithdrawalAction = adminAction(
  "rejectWithdrawal",
  [idSchema, parsedByDomain<string>()],
  async (who, id, reason) => {
    await rejectWithdrawal(id, rejectWithdrawalSchema.parse({ reason }).reason, who);
    revalidatePath("/admin/affiliates");
  },
);
