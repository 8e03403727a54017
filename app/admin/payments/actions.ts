"use server";
import { revalidatePath } from "next/cache";
import { assertAdmin } from "@/lib/auth/session";
import { runAction } from "@/lib/http/action-result";
import { requestIp } from "@/lib/http/request-ip";
import { approvePayment, rejectPayment } from "@/lib/payments/review-payment";

async function actor() {
  const admin = await assertAdmin();
  return { id: admin.id, ip: await requestIp() };
}

export async function approvePaymentAction(id: number) {
  return runAction("approvePayment", async () => {
    await approvePayment(id, await actor());
    revalidatePath("/admin/payments");
  });
}

export async function rejectPaymentAction(id: number, reason: string) {
  return runAction("rejectPayment", async () => {
    await rejectPayment(id, { reason: String(reason ?? "") }, await actor());
    revalidatePath("/admin/payments");
  });
}
