// An admin approves a payment request (the balance is credited through the ledger exactly once)
// or rejects it with a reason. The status change is a guarded transition from PENDING, so a
// double click, a second admin or a retry can never credit twice; the ledger's idempotency key
// "payment:<id>" is the backstop.
import { recordAudit, type Actor } from "../audit/record-audit";
import { db, LedgerType, PaymentStatus, type Tx } from "../db";
import { AppError, NotFoundError } from "../errors";
import { changeBalance } from "../ledger/change-balance";
import { queueDepositCreditedMail } from "../mail/mails";
import { rejectPaymentSchema } from "./payment-input";

class AlreadyReviewedError extends AppError {
  constructor(status: PaymentStatus) {
    super(`This request was already ${status.toLowerCase()}`, "already_reviewed");
  }
}

async function claim(tx: Tx, id: number, status: PaymentStatus, actor: Actor, reason?: string) {
  if (!Number.isSafeInteger(id) || id <= 0) throw new NotFoundError("Payment request not found");
  const request = await tx.paymentRequest.findUnique({ where: { id } });
  if (!request) throw new NotFoundError("Payment request not found");
  const moved = await tx.paymentRequest.updateMany({
    where: { id, status: PaymentStatus.PENDING },
    data: { status, reviewedById: actor.id, reviewedAt: new Date(), reason },
  });
  if (moved.count === 0) {
    const current = await tx.paymentRequest.findUniqueOrThrow({ where: { id }, select: { status: true } });
    throw new AlreadyReviewedError(current.status);
  }
  return request;
}

export async function approvePayment(id: number, actor: Actor) {
  return db.$transaction(async (tx) => {
    const request = await claim(tx, id, PaymentStatus.APPROVED, actor);
    const { balanceAfter } = await changeBalance(tx, {
      userId: request.userId,
      amount: request.amount,
      type: LedgerType.DEPOSIT,
      paymentId: request.id,
      adminId: actor.id,
      note: `${request.method}, ref. ${request.reference}`,
      idempotencyKey: `payment:${request.id}`,
    });
    await queueDepositCreditedMail(
      { userId: request.userId, amount: request.amount, balanceAfter, key: `payment:${request.id}` },
      tx,
    );
    await recordAudit(
      {
        actorId: actor.id,
        ip: actor.ip,
        action: "payment.approve",
        targetType: "payment",
        targetId: id,
        before: { status: request.status },
        after: {
          status: PaymentStatus.APPROVED,
          userId: request.userId,
          amount: request.amount,
          balanceAfter,
        },
      },
      tx,
    );
    return { balanceAfter };
  });
}

export async function rejectPayment(id: number, input: { reason: string }, actor: Actor) {
  const { reason } = rejectPaymentSchema.parse(input);
  await db.$transaction(async (tx) => {
    const request = await claim(tx, id, PaymentStatus.REJECTED, actor, reason);
    await recordAudit(
      {
        actorId: actor.id,
        ip: actor.ip,
        action: "payment.reject",
        targetType: "payment",
        targetId: id,
        before: { status: request.status },
        after: { status: PaymentStatus.REJECTED, reason },
      },
      tx,
    );
  });
}
