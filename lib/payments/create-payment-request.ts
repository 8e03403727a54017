// A customer tells the owner they paid: amount, method (from the owner's list) and reference.
// Nothing is credited until an admin approves it (lib/payments/review-payment.ts).
import { db, PaymentStatus } from "../db";
import { AppError } from "../errors";
import { DEFAULT_LOCALE } from "../format";
import { parseMoney } from "../money";
import { readTopUpAmount } from "./top-up-amount";
import { getSettings } from "../settings/settings";
import { paymentRequestSchema, type PaymentRequestInput } from "./payment-input";

/** Open requests a customer may have at once, so the queue stays reviewable. */
export const MAX_PENDING_PER_USER = 5;

/** `locale` is the language of the page: the amount is read as that page writes numbers. */
export async function createPaymentRequest(
  userId: number,
  input: PaymentRequestInput,
  locale: string = DEFAULT_LOCALE,
) {
  const data = paymentRequestSchema.parse(input);
  const settings = await getSettings();
  const amount = readTopUpAmount(data.amount, settings, locale, {
    min: parseMoney(settings.minDeposit) ?? 0n,
    max: parseMoney(settings.maxDeposit),
  });
  if (!settings.paymentMethods.includes(data.method))
    throw new AppError("Pick one of the listed payment methods", "invalid_method", "method");

  const pending = await db.paymentRequest.count({ where: { userId, status: PaymentStatus.PENDING } });
  if (pending >= MAX_PENDING_PER_USER) {
    throw new AppError(
      `You already have ${pending} requests waiting for review. Please wait until they are checked.`,
      "too_many_pending",
      undefined,
      {
        key: "errors.payment.tooManyPending",
        values: { count: pending },
      },
    );
  }
  return db.paymentRequest.create({
    data: { userId, amount, method: data.method, reference: data.reference },
    select: { id: true, amount: true, status: true },
  });
}
