"use server";
import { adminActor } from "@/lib/auth/admin-actor";
import { revalidatePath } from "next/cache";
import { approveWithdrawal, rejectWithdrawal } from "@/lib/affiliates/payouts";
import { runAction } from "@/lib/http/action-result";
import { rejectWithdrawalSchema } from "@/lib/validations/affiliate";

export async function approveWithdrawalAction(id: number) {
  return runAction("approveWithdrawal", async () => {
    const who = await adminActor();
    await approveWithdrawal(Number(id), who);
    revalidatePath("/admin/affiliates");
  });
}

export async function rejectWithdrawalAction(id: number, reason: string) {
  return runAction("rejectWithdrawal", async () => {
    const who = await adminActor();
    await rejectWithdrawal(Number(id), rejectWithdrawalSchema.parse({ reason }).reason, who);
    revalidatePath("/admin/affiliates");
  });
}
