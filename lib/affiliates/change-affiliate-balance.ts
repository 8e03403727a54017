// The one way an affiliate balance changes: a conditional update and its entry, in the caller's
// transaction (the same shape as lib/ledger/change-balance.ts). A payout only succeeds when the
// balance covers it, checked in SQL; reversals may take the balance below zero. SQL (lib/db/sql.ts)
// like change-balance.ts, since commissions accrue inside order placements on the driver.
import { AffiliateEntryType, type Tx } from "../db";
import { directStatement } from "../db/direct-read";
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
};

const CHANGE = `UPDATE "Affiliate" SET balance = balance + $1 WHERE "userId" = $2`;
const CHANGE_AFFILIATE_BALANCE = directStatement("change-affiliate-balance", `${CHANGE} RETURNING balance`);
const PAYOUT_COVERED = directStatement("affiliate-payout-covered", `${CHANGE} AND balance >= $3 RETURNING balance`);
const ADD_AFFILIATE_ENTRY = directStatement(
  "add-affiliate-entry",
  `INSERT INTO "AffiliateEntry" ("affiliateId", type, amount, "balanceAfter", "referredUserId", "payoutId", note, "idempotencyKey", "createdAt")
   VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
);

export async function changeAffiliateBalance(tx: Tx | Sql, change: AffiliateChange): Promise<{ balanceAfter: bigint }> {
  if (change.amount === 0n) throw new AppError("Amount must not be zero", "invalid_amount", "amount");
  const sql = sqlOf(tx);
  const needsCover = change.type === AffiliateEntryType.PAYOUT;
  const values = [change.amount, change.affiliateId];
  const [updated] = needsCover ? await sql.all(PAYOUT_COVERED, [...values, -change.amount]) : await sql.all(CHANGE_AFFILIATE_BALANCE, values);
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
    new Date(),
  ]);
  return { balanceAfter: balance };
}
