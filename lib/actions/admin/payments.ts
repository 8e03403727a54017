"use server";
// Manual payment requests: approved (the balance is credited) or rejected with a reason.
import { revalidatePath } from "next/cache";
import { approvePayment, rejectPayment } from "@/lib/payments/review-payment";
import { idSchema } from "@/lib/validations/id";
import { adminAction, parsedByDomain } from "../safe-action";

export const approvePaymentAction = adminAction("approvePayment", [idSchema], async (who, id) => {
  await approvePayment(id, who);
  revalidatePath("/admin/payments");
});

export const rejectPaymentAction = adminAction(
  "rejectPayment",
  [idSchema, parsedByDomain<string>()],
  async (who, id, reason) => {
    await rejectPayment(id, { reason: String(reason ?? "") }, who);
    revalidatePath("/admin/payments");
  },
);
