"use server";
import { revalidatePath } from "next/cache";
import { approveWithdrawal, rejectWithdrawal } from "@/lib/affiliates/payouts";
import { assertAdmin } from "@/lib/auth/session";
import { runAction } from "@/lib/http/action-result";
import { requestIp } from "@/lib/http/request-ip";
import { rejectWithdrawalSchema } from "@/lib/validations/affiliate";

async function actor() {
  const admin = await assertAdmin();
  return { id: admin.id, ip: await requestIp() };
}

export async function approveWithdrawalAction(id: number) {
  return runAction("approveWithdrawal", async () => {
    const who = await actor();
    await approveWithdrawal(Number(id), who);
    revalidatePath("/admin/affiliates");
  });
}

export async function rejectWithdrawalAction(id: number, reason: string) {
  return runAction("rejectWithdrawal", async () => {
    const who = await actor();
    await rejectWithdrawal(Number(id), rejectWithdrawalSchema.parse({ reason }).reason, who);
    revalidatePath("/admin/affiliates");
  });
}
