"use server";
// Adding funds: a manual payment request, a gateway deposit, and the demo gateway's "I paid".
import { revalidatePath } from "next/cache";
import { getRequestLocale } from "@/i18n/server-translator";
import { createDeposit, type DepositInput } from "@/lib/payments/create-deposit";
import { createPaymentRequest } from "@/lib/payments/create-payment-request";
import { simulateDemoPayment } from "@/lib/payments/demo";
import type { PaymentRequestInput } from "@/lib/payments/payment-input";
import { idSchema } from "@/lib/validations/id";
import { customerAction, parsedByDomain } from "../safe-action";

export const createPaymentRequestAction = customerAction(
  "createPaymentRequest",
  [parsedByDomain<PaymentRequestInput>()],
  async (user, input) => {
    const request = await createPaymentRequest(user.id, input, await getRequestLocale());
    revalidatePath("/add-funds");
    return { id: request.id };
  },
);

export const createDepositAction = customerAction(
  "createDeposit",
  [parsedByDomain<DepositInput>()],
  async (user, input) => {
    const deposit = await createDeposit(user.id, input, await getRequestLocale());
    return { id: deposit.id, payUrl: deposit.payUrl };
  },
);

export const simulateDemoPaymentAction = customerAction(
  "simulateDemoPayment",
  [idSchema],
  async (user, depositId) => {
    await simulateDemoPayment(user.id, depositId);
  },
);
