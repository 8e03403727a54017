// Affiliate commissions follow the referred customer's ledger: lib/ledger/change-balance.ts calls
// accrueCommission in the same transaction as every balance change of a referred customer, so
// a commission lands exactly when (and as often as) the money it comes from does.
//
// - basis "deposit": each DEPOSIT pays percent x amount (rounded down), spendable after the
//   owner's hold (affiliateDepositHoldDays, the chargeback window); a DEPOSIT_REVERSAL of that
//   deposit takes the same commission back.
// - basis "spend": each ORDER_CHARGE pays percent x charge, pending (availableAt null) until the
//   order ends (lib/orders/finalize-order.ts releases it); a REFUND of that order takes back the
//   commission paid on the charge x refund / charge (rounded up), whatever the percent is today,
//   so the affiliate keeps at most the paid share of the net spend.
// A take-back becomes spendable together with what it takes back, so a cancelled order's
// commission never shows as available, nor its take-back as a debt.
// Every entry is keyed by the ledger row it follows ("commission:ledger:<id>"), and reversals by
// the row they undo, so a replayed webhook or a retried refund can never pay twice.
import { parsePercentBps } from "../validations/percent";
import { AffiliateEntryType, LedgerType, type Tx } from "../db";
import { directStatement } from "../db/statement";
import { sqlOf, type Sql } from "../db/sql";
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
const AFFILIATE_SETTINGS = directStatement(
  "affiliate-settings",
  `SELECT key, value FROM "Setting" WHERE key IN ('affiliateCommissionPercent', 'affiliateBasis', 'affiliateDepositHoldDays')`,
);
const CHARGE_ENTRY = directStatement(
  "order-charge-entry",
  `SELECT id, amount FROM "LedgerEntry" WHERE "orderId" = $1 AND type = 'ORDER_CHARGE' ORDER BY id LIMIT 1`,
);
const PAID_COMMISSION = directStatement(
  "paid-commission",
  `SELECT amount, "availableAt" FROM "AffiliateEntry" WHERE "idempotencyKey" = $1`,
);

const RELEASE_ORDER_COMMISSION = directStatement(
  "release-order-commission",
  `UPDATE "AffiliateEntry" SET "availableAt" = $1 WHERE "orderId" = $2 AND "availableAt" IS NULL`,
);

type PaidCommission = { amount: bigint; availableAt: Date | null };

async function paidCommission(sql: Sql, key: string): Promise<PaidCommission | null> {
  const [paid] = await sql.all(PAID_COMMISSION, [key]);
  if (!paid) return null;
  return {
    amount: BigInt(paid.amount as bigint),
    availableAt: paid.availableAt === null ? null : new Date(paid.availableAt as string | Date),
  };
}

const DAY_MS = 86_400_000;

export async function accrueCommission(sql: Sql, event: LedgerEvent): Promise<void> {
  const settings = settingsFromRows(
    (await sql.all(AFFILIATE_SETTINGS, [])) as Array<{ key: string; value: string }>,
  );
  const bps = BigInt(parsePercentBps(settings.affiliateCommissionPercent) ?? 0);
  const base = { affiliateId: event.referredById, referredUserId: event.userId };

  if (event.type === LedgerType.DEPOSIT_REVERSAL && event.reversesEntryId !== undefined) {
    const key = commissionKey(event.reversesEntryId);
    const paid = await paidCommission(sql, key);
    if (paid === null) return;
    await changeAffiliateBalance(sql, {
      ...base,
      amount: -paid.amount,
      type: AffiliateEntryType.COMMISSION_REVERSAL,
      note: "Deposit reversed",
      idempotencyKey: `${key}:reversal`,
      availableAt: paid.availableAt,
    });
    return;
  }
  if (event.type === LedgerType.REFUND && event.orderId !== undefined) {
    const [charge] = await sql.all(CHARGE_ENTRY, [event.orderId]);
    const paid = charge ? await paidCommission(sql, commissionKey(Number(charge.id))) : null;
    const charged = charge ? -BigInt(charge.amount as bigint) : 0n;
    if (paid === null || charged <= 0n) return;
    const back = divCeil(paid.amount * event.amount, charged);
    const amount = back > paid.amount ? paid.amount : back;
    if (amount > 0n) {
      await changeAffiliateBalance(sql, {
        ...base,
        amount: -amount,
        type: AffiliateEntryType.COMMISSION_REVERSAL,
        note: `Refund of order #${event.orderId}`,
        idempotencyKey: `${commissionKey(event.entryId)}:reversal`,
        availableAt: paid.availableAt,
        orderId: event.orderId,
      });
    }
    return;
  }

  const onDeposit =
    settings.affiliateBasis === "deposit" && event.type === LedgerType.DEPOSIT && event.amount > 0n;
  const onSpend =
    settings.affiliateBasis === "spend" && event.type === LedgerType.ORDER_CHARGE && event.amount < 0n;
  if (!onDeposit && !onSpend) return;
  const amount = ((event.amount < 0n ? -event.amount : event.amount) * bps) / 10_000n;
  if (amount === 0n) return;
  await changeAffiliateBalance(sql, {
    ...base,
    amount,
    type: AffiliateEntryType.COMMISSION,
    note: event.orderId ? `Order #${event.orderId}` : "Deposit",
    idempotencyKey: commissionKey(event.entryId),
    availableAt: onSpend ? null : new Date(Date.now() + settings.affiliateDepositHoldDays * DAY_MS),
    orderId: onSpend ? event.orderId : undefined,
  });
}

/** A spend commission (and what refunds took back of it) becomes spendable when its order ends. */
export async function releaseOrderCommission(tx: Tx | Sql, orderId: number, now: Date): Promise<void> {
  await sqlOf(tx).all(RELEASE_ORDER_COMMISSION, [now, orderId]);
}
