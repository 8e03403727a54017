"use server";
import { adminActor } from "@/lib/auth/admin-actor";
import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/http/action-result";
import { approvePayment, rejectPayment } from "@/lib/payments/review-payment";

export async function approvePaymentAction(id: number) {
  return runAction("approvePayment", async () => {
    await approvePayment(id, await adminActor());
    revalidatePath("/admin/payments");
  });
}

export async function rejectPaymentAction(id: number, reason: string) {
  return runAction("rejectPayment", async () => {
    await rejectPayment(id, { reason: String(reason ?? "") }, await adminActor());
    revalidatePath("/admin/payments");
  });
}
