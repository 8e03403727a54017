// The one way an affiliate balance changes: a conditional update and its entry, in the caller's
// transaction (the same shape as lib/ledger/change-balance.ts). The balance counts pending
// commissions too; a payout only succeeds when the AVAILABLE earnings cover it (entries whose
// availableAt has come: lib/affiliates/commission.ts), checked in SQL under the affiliate's row
// lock; reversals may take the balance below zero. SQL (lib/db/sql.ts) like change-balance.ts,
// since commissions accrue inside order placements on the driver.
import { AffiliateEntryType, type Tx } from "../db";
import { directStatement } from "../db/statement";
import { sqlOf, type Sql } from "../db/sql";
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
  /** When the entry becomes spendable: null waits for its order to end (default: now). */
  availableAt?: Date | null;
  orderId?: number;
};

const CHANGE_AFFILIATE_BALANCE = directStatement(
  "change-affiliate-balance",
  `UPDATE "Affiliate" SET balance = balance + $1 WHERE "userId" = $2 RETURNING balance`,
);
// Takes the affiliate's row lock (PostgreSQL) or the write lock (SQLite) before the sum is read,
// so concurrent payouts see each other's entries: the sum is a statement of its own, read after.
const LOCK_AFFILIATE = directStatement(
  "lock-affiliate",
  `UPDATE "Affiliate" SET balance = balance WHERE "userId" = $1`,
);
// A payout counts at once whatever its time: a concurrent payout's entry may carry a later clock
// reading than this transaction's `now`, and must still be seen.
const AVAILABLE_EARNINGS = directStatement(
  "available-earnings",
  `SELECT CAST(COALESCE(SUM(amount), 0) AS BIGINT) AS available FROM "AffiliateEntry"
    WHERE "affiliateId" = $1 AND ("availableAt" <= $2 OR type = 'PAYOUT')`,
);
const ADD_AFFILIATE_ENTRY = directStatement(
  "add-affiliate-entry",
  `INSERT INTO "AffiliateEntry" ("affiliateId", type, amount, "balanceAfter", "referredUserId", "payoutId", note, "idempotencyKey", "createdAt", "availableAt", "orderId")
   VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
);

/** Earnings the affiliate may move or withdraw now: every entry whose availableAt has come. */
export async function availableEarnings(
  tx: Tx | Sql,
  affiliateId: number,
  now = new Date(),
): Promise<bigint> {
  const [row] = await sqlOf(tx).all(AVAILABLE_EARNINGS, [affiliateId, now]);
  return BigInt((row?.available ?? 0) as bigint);
}

export async function changeAffiliateBalance(
  tx: Tx | Sql,
  change: AffiliateChange,
): Promise<{ balanceAfter: bigint }> {
  if (change.amount === 0n) throw new AppError("Amount must not be zero", "invalid_amount", "amount");
  const sql = sqlOf(tx);
  const now = new Date();
  if (change.type === AffiliateEntryType.PAYOUT) {
    await sql.all(LOCK_AFFILIATE, [change.affiliateId]);
    if ((await availableEarnings(sql, change.affiliateId, now)) < -change.amount)
      throw new InsufficientEarningsError();
  }
  const [updated] = await sql.all(CHANGE_AFFILIATE_BALANCE, [change.amount, change.affiliateId]);
  if (!updated) throw new InsufficientEarningsError();
  const balance = BigInt(updated.balance as bigint);
  await sql.all(ADD_AFFILIATE_ENTRY, [
    change.affiliateId,
    change.type,
    change.amount,
    balance,
    change.referredUserId ?? null,
    change.payoutId ?? null,
    change.note ?? null,
    change.idempotencyKey ?? null,
    now,
    change.availableAt === undefined ? now : change.availableAt,
    change.orderId ?? null,
  ]);
  return { balanceAfter: balance };
}
