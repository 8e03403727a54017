// The one way an affiliate balance changes: a conditional update and its entry, in the caller's
// transaction (the same shape as lib/ledger/change-balance.ts). A payout only succeeds when the
// balance covers it, checked in SQL; reversals may take the balance below zero.
import { AffiliateEntryType, type Tx } from "../db";
import { AppError } from "../errors";
import { errorMessages } from "@/i18n/error-text";

export class InsufficientEarningsError extends AppError {
  constructor() {
    super(errorMessages.affiliateEarningsLow, "insufficient_funds", "amount");
  }
}

export type AffiliateChange = {
  affiliateId: number;
  amount: bigint; // units, + credit / - debit
  type: AffiliateEntryType;
  referredUserId?: number;
  payoutId?: number;
  note?: string;
  idempotencyKey?: string;
};

export async function changeAffiliateBalance(tx: Tx, change: AffiliateChange): Promise<{ balanceAfter: bigint }> {
  if (change.amount === 0n) throw new AppError("Amount must not be zero", "invalid_amount", "amount");
  const needsCover = change.type === AffiliateEntryType.PAYOUT;
  const updated = await tx.affiliate.updateMany({
    where: { userId: change.affiliateId, ...(needsCover ? { balance: { gte: -change.amount } } : {}) },
    data: { balance: { increment: change.amount } },
  });
  if (updated.count === 0) throw new InsufficientEarningsError();
  const { balance } = await tx.affiliate.findUniqueOrThrow({ where: { userId: change.affiliateId }, select: { balance: true } });
  await tx.affiliateEntry.create({
    data: {
      affiliateId: change.affiliateId,
      type: change.type,
      amount: change.amount,
      balanceAfter: balance,
      referredUserId: change.referredUserId,
      payoutId: change.payoutId,
      note: change.note,
      idempotencyKey: change.idempotencyKey,
    },
  });
  return { balanceAfter: balance };
}
