"use server";
import { revalidatePath } from "next/cache";
import { getRequestLocale } from "@/i18n/server-translator";
import { assertUser } from "@/lib/auth/session";
import { runAction } from "@/lib/http/action-result";
import { createPaymentRequest } from "@/lib/payments/create-payment-request";
import type { PaymentRequestInput } from "@/lib/payments/payment-input";
import { createDeposit, type DepositInput } from "@/lib/payments/create-deposit";
import { simulateDemoPayment } from "@/lib/payments/demo";

export async function createPaymentRequestAction(input: PaymentRequestInput) {
  return runAction("createPaymentRequest", async () => {
    const user = await assertUser();
    const request = await createPaymentRequest(user.id, input, await getRequestLocale());
    revalidatePath("/add-funds");
    return { id: request.id };
  });
}

export async function createDepositAction(input: DepositInput) {
  return runAction("createDeposit", async () => {
    const user = await assertUser();
    const deposit = await createDeposit(user.id, input, await getRequestLocale());
    return { id: deposit.id, payUrl: deposit.payUrl };
  });
}

export async function simulateDemoPaymentAction(depositId: number) {
  return runAction("simulateDemoPayment", async () => {
    const user = await assertUser();
    await simulateDemoPayment(user.id, Number(depositId));
  });
}
