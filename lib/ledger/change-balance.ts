// The one way a balance changes: a conditional update and its ledger row, in the caller's
// transaction. A debit only succeeds when the balance covers it (checked in SQL, not in JS).
// Written as SQL (lib/db/sql.ts) so it runs the same inside a Prisma transaction and inside an
// order placement's transaction on the driver.
import { errorMessages } from "@/i18n/error-text";
import { accrueCommission } from "../affiliates/commission";
import { LedgerType, UserStatus, type Tx } from "../db";
import { directStatement } from "../db/statement";
import { sqlOf, type Sql } from "../db/sql";
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
  /** Orders: refused (in the same statement) when the account is not active. */
  activeOnly?: boolean;
};

// One statement answers the new balance, or no row when the balance does not cover the debit.
// `spent` (net spend of ended orders, which tiers follow) moves with refunds here; an order's
// charge joins it when the order ends (lib/orders/finalize-order.ts), never while it runs.
const CHANGE = `UPDATE "User" SET balance = balance + $1, spent = spent - $2, "updatedAt" = $3 WHERE id = $4`;
const CHANGE_BALANCE = directStatement("change-balance", `${CHANGE} RETURNING balance, "referredById"`);
const DEBIT_COVERED = directStatement(
  "debit-covered",
  `${CHANGE} AND balance >= $5 RETURNING balance, "referredById"`,
);
const DEBIT_ACTIVE_COVERED = directStatement(
  "debit-active-covered",
  `${CHANGE} AND balance >= $5 AND status = 'ACTIVE' RETURNING balance, "referredById"`,
);
const USER_STATUS = directStatement("user-status", `SELECT status FROM "User" WHERE id = $1`);
const ADD_LEDGER_ENTRY = directStatement(
  "add-ledger-entry",
  `INSERT INTO "LedgerEntry" ("userId", type, amount, "balanceAfter", "orderId", "paymentId", "depositId", "adminId", note, "idempotencyKey", "createdAt")
   VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
);

/** Why no row changed: no such account, a suspended one (activeOnly), or not enough funds. */
async function refusal(sql: Sql, change: BalanceChange): Promise<AppError> {
  const [user] = await sql.all(USER_STATUS, [change.userId]);
  if (!user) return new AppError("Account not found", "not_found");
  if (change.activeOnly && user.status !== UserStatus.ACTIVE)
    return new AppError(errorMessages.accountSuspended, "forbidden");
  return new InsufficientFundsError();
}

/** Must run inside a transaction (a Prisma one, or lib/db/sql.ts's) so the update and its ledger row land together. */
export async function changeBalance(
  tx: Tx | Sql,
  change: BalanceChange,
): Promise<{ balanceAfter: bigint; entryId: number }> {
  if (change.amount === 0n) throw new AppError("Amount must not be zero", "invalid_amount", "amount");
  const sql = sqlOf(tx);
  const needsCover = change.amount < 0n && !change.allowNegative;
  const spentDelta = change.type === LedgerType.REFUND ? change.amount : 0n;
  const now = new Date();
  const values = [change.amount, spentDelta, now, change.userId];
  if (change.activeOnly && !needsCover) throw new Error("activeOnly is for debits that must be covered");
  const [user] = needsCover
    ? await sql.all(change.activeOnly ? DEBIT_ACTIVE_COVERED : DEBIT_COVERED, [...values, -change.amount])
    : await sql.all(CHANGE_BALANCE, values);
  if (!user) throw await refusal(sql, change);
  const balance = BigInt(user.balance as bigint);
  const [entry] = await sql.all(ADD_LEDGER_ENTRY, [
    change.userId,
    change.type,
    change.amount,
    balance,
    change.orderId ?? null,
    change.paymentId ?? null,
    change.depositId ?? null,
    change.adminId ?? null,
    change.note ?? null,
    change.idempotencyKey ?? null,
    now,
  ]);
  const entryId = Number(entry.id);
  if (user.referredById !== null) {
    await accrueCommission(sql, { ...change, referredById: Number(user.referredById), entryId });
  }
  return { balanceAfter: balance, entryId };
}
