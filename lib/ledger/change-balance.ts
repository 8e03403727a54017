// The one way a balance changes: a conditional update and its ledger row, in the caller's
// transaction. A debit only succeeds when the balance covers it (checked in SQL, not in JS).
import { accrueCommission } from "../affiliates/commission";
import { LedgerType, type Tx } from "../db";
import { AppError } from "../errors";

export class InsufficientFundsError extends AppError {
  constructor() {
    super("Not enough funds on balance", "insufficient_funds");
  }
}

export type BalanceChange = {
  userId: number;
  amount: bigint; // units, + credit / - debit
  type: LedgerType;
  orderId?: number;
  paymentId?: number;
  adminId?: number;
  note?: string;
  idempotencyKey?: string;
  /** Admin adjustments may take a balance below zero; orders never do. */
  allowNegative?: boolean;
  /** A DEPOSIT_REVERSAL names the ledger row of the deposit it takes back. */
  reversesEntryId?: number;
};

/** Must run inside a transaction (db.$transaction) so the update and its ledger row land together. */
export async function changeBalance(tx: Tx, change: BalanceChange): Promise<{ balanceAfter: bigint; entryId: number }> {
  if (change.amount === 0n) throw new AppError("Amount must not be zero", "invalid_amount", "amount");
  const needsCover = change.amount < 0n && !change.allowNegative;
  const updated = await tx.user.updateMany({
    where: { id: change.userId, ...(needsCover ? { balance: { gte: -change.amount } } : {}) },
    data: {
      balance: { increment: change.amount },
      ...(change.type === LedgerType.ORDER_CHARGE || change.type === LedgerType.REFUND
        ? { spent: { decrement: change.amount } }
        : {}),
    },
  });
  if (updated.count === 0) throw new InsufficientFundsError();

  const { balance, referredById } = await tx.user.findUniqueOrThrow({ where: { id: change.userId }, select: { balance: true, referredById: true } });
  const entry = await tx.ledgerEntry.create({
    data: {
      userId: change.userId,
      type: change.type,
      amount: change.amount,
      balanceAfter: balance,
      orderId: change.orderId,
      paymentId: change.paymentId,
      adminId: change.adminId,
      note: change.note,
      idempotencyKey: change.idempotencyKey,
    },
    select: { id: true },
  });
  if (referredById !== null) {
    await accrueCommission(tx, { ...change, referredById, entryId: entry.id });
  }
  return { balanceAfter: balance, entryId: entry.id };
}
