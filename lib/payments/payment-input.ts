// Inputs of manual payments, shared by the customer form, the admin page and their actions.
import { z } from "zod";

export const paymentRequestSchema = z.object({
  amount: z.string().trim().min(1, "Enter an amount"),
  method: z.string().trim().min(1, "Pick a payment method").max(60),
  reference: z
    .string()
    .trim()
    .min(1, "Enter the transfer reference")
    .max(120, "Keep the reference under 120 characters"),
});
export type PaymentRequestInput = z.input<typeof paymentRequestSchema>;

export const rejectPaymentSchema = z.object({
  reason: z.string().trim().min(3, "Give a reason (at least 3 characters)").max(500),
});

export const PAYMENT_STATUSES = ["PENDING", "APPROVED", "REJECTED"] as const;
