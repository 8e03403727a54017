"use server";
import { revalidatePath } from "next/cache";
import { assertUser } from "@/lib/auth/session";
import { runAction } from "@/lib/http/action-result";
import { createPaymentRequest } from "@/lib/payments/create-payment-request";
import type { PaymentRequestInput } from "@/lib/payments/payment-input";

export async function createPaymentRequestAction(input: PaymentRequestInput) {
  return runAction("createPaymentRequest", async () => {
    const user = await assertUser();
    const request = await createPaymentRequest(user.id, input);
    revalidatePath("/add-funds");
    return { id: request.id };
  });
}
