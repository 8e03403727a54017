// The one way a balance changes: a conditional update and its ledger row, in the caller's
// transaction. A debit only succeeds when the balance covers it (checked in SQL, not in JS).
import { errorMessages } from "@/i18n/error-text";
import { accrueCommission } from "../affiliates/commission";
import { LedgerType, Prisma, type Tx } from "../db";
import { AppError } from "../errors";

export class InsufficientFundsError extends AppError {
  constructor() {
    super(errorMessages.notEnoughFunds, "insufficient_funds");
  }
}

export type BalanceChange = {
  userId: number;
  amount: bigint; // units, + credit / - debit
  type: LedgerType;
  orderId?: number;
  paymentId?: number;
  depositId?: number;
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
  // One statement: the conditional update answers the new balance (UPDATE ... RETURNING), or
  // matches no row when the balance does not cover the debit.
  let user: { balance: bigint; referredById: number | null };
  try {
    user = await tx.user.update({
      where: { id: change.userId, ...(needsCover ? { balance: { gte: -change.amount } } : {}) },
      data: {
        balance: { increment: change.amount },
        ...(change.type === LedgerType.ORDER_CHARGE || change.type === LedgerType.REFUND
          ? { spent: { decrement: change.amount } }
          : {}),
      },
      select: { balance: true, referredById: true },
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025") throw new InsufficientFundsError();
    throw error;
  }
  const { balance, referredById } = user;

  const entry = await tx.ledgerEntry.create({
    data: {
      userId: change.userId,
      type: change.type,
      amount: change.amount,
      balanceAfter: balance,
      orderId: change.orderId,
      paymentId: change.paymentId,
      depositId: change.depositId,
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
