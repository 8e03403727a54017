// Affiliate commissions follow the referred customer's ledger: lib/ledger/change-balance.ts calls
// accrueCommission in the same transaction as every balance change of a referred customer, so
// a commission lands exactly when (and as often as) the money it comes from does.
//
// - basis "deposit": each DEPOSIT pays percent x amount (rounded down); a DEPOSIT_REVERSAL of
//   that deposit takes the same commission back.
// - basis "spend": each ORDER_CHARGE pays percent x charge; a REFUND of that order takes back
//   percent x refund (rounded up), so the affiliate keeps at most percent x net spend.
// Every entry is keyed by the ledger row it follows ("commission:ledger:<id>"), and reversals by
// the row they undo, so a replayed webhook or a retried refund can never pay twice.
import { parsePercentBps } from "../catalog/markup";
import { AffiliateEntryType, LedgerType } from "../db";
import { directStatement } from "../db/direct-read";
import type { Sql } from "../db/sql";
import { divCeil } from "../money";
import { settingsFromRows } from "../settings/schema";
import { changeAffiliateBalance } from "./change-affiliate-balance";

export type LedgerEvent = {
  userId: number;
  referredById: number;
  type: LedgerType;
  amount: bigint;
  entryId: number;
  orderId?: number;
  /** For a DEPOSIT_REVERSAL: the ledger row of the deposit it reverses. */
  reversesEntryId?: number;
};

const commissionKey = (entryId: number) => `commission:ledger:${entryId}`;

// Read in the transaction through its own `sql` (it may run on the driver, lib/db/sql.ts).
const AFFILIATE_SETTINGS = directStatement("affiliate-settings", `SELECT key, value FROM "Setting" WHERE key IN ('affiliateCommissionPercent', 'affiliateBasis')`);
const CHARGE_ENTRY = directStatement("order-charge-entry", `SELECT id FROM "LedgerEntry" WHERE "orderId" = $1 AND type = 'ORDER_CHARGE' ORDER BY id LIMIT 1`);
const PAID_COMMISSION = directStatement("paid-commission", `SELECT amount FROM "AffiliateEntry" WHERE "idempotencyKey" = $1`);

async function paidCommission(sql: Sql, key: string): Promise<bigint | null> {
  const [paid] = await sql.all(PAID_COMMISSION, [key]);
  return paid ? BigInt(paid.amount as bigint) : null;
}

export async function accrueCommission(sql: Sql, event: LedgerEvent): Promise<void> {
  const settings = settingsFromRows((await sql.all(AFFILIATE_SETTINGS, [])) as Array<{ key: string; value: string }>);
  const bps = BigInt(parsePercentBps(settings.affiliateCommissionPercent) ?? 0);
  const base = { affiliateId: event.referredById, referredUserId: event.userId };

  if (event.type === LedgerType.DEPOSIT_REVERSAL && event.reversesEntryId !== undefined) {
    await reverseCommissionOf(sql, commissionKey(event.reversesEntryId), base);
    return;
  }
  if (event.type === LedgerType.REFUND && event.orderId !== undefined) {
    const [charge] = await sql.all(CHARGE_ENTRY, [event.orderId]);
    const paid = charge ? await paidCommission(sql, commissionKey(Number(charge.id))) : null;
    if (paid === null || bps === 0n) return;
    const back = divCeil(event.amount * bps, 10_000n);
    const amount = back > paid ? paid : back;
    if (amount > 0n) {
      await changeAffiliateBalance(sql, { ...base, amount: -amount, type: AffiliateEntryType.COMMISSION_REVERSAL, note: `Refund of order #${event.orderId}`, idempotencyKey: `${commissionKey(event.entryId)}:reversal` });
    }
    return;
  }

  const earns =
    (settings.affiliateBasis === "deposit" && event.type === LedgerType.DEPOSIT && event.amount > 0n) ||
    (settings.affiliateBasis === "spend" && event.type === LedgerType.ORDER_CHARGE && event.amount < 0n);
  if (!earns) return;
  const amount = ((event.amount < 0n ? -event.amount : event.amount) * bps) / 10_000n;
  if (amount === 0n) return;
  await changeAffiliateBalance(sql, {
    ...base,
    amount,
    type: AffiliateEntryType.COMMISSION,
    note: event.orderId ? `Order #${event.orderId}` : "Deposit",
    idempotencyKey: commissionKey(event.entryId),
  });
}

async function reverseCommissionOf(sql: Sql, key: string, base: { affiliateId: number; referredUserId: number }) {
  const paid = await paidCommission(sql, key);
  if (paid === null) return;
  await changeAffiliateBalance(sql, {
    ...base,
    amount: -paid,
    type: AffiliateEntryType.COMMISSION_REVERSAL,
    note: "Deposit reversed",
    idempotencyKey: `${key}:reversal`,
  });
}
