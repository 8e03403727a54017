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
import { AffiliateEntryType, LedgerType, type Tx } from "../db";
import { divCeil } from "../money";
import { getSettings } from "../settings/settings";
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

export async function accrueCommission(tx: Tx, event: LedgerEvent): Promise<void> {
  const settings = await getSettings(tx);
  const bps = BigInt(parsePercentBps(settings.affiliateCommissionPercent) ?? 0);
  const base = { affiliateId: event.referredById, referredUserId: event.userId };

  if (event.type === LedgerType.DEPOSIT_REVERSAL && event.reversesEntryId !== undefined) {
    await reverseCommissionOf(tx, commissionKey(event.reversesEntryId), base);
    return;
  }
  if (event.type === LedgerType.REFUND && event.orderId !== undefined) {
    const charge = await tx.ledgerEntry.findFirst({ where: { orderId: event.orderId, type: LedgerType.ORDER_CHARGE }, select: { id: true } });
    const paid = charge && (await tx.affiliateEntry.findUnique({ where: { idempotencyKey: commissionKey(charge.id) }, select: { amount: true } }));
    if (!paid || bps === 0n) return;
    const back = divCeil(event.amount * bps, 10_000n);
    const amount = back > paid.amount ? paid.amount : back;
    if (amount > 0n) {
      await changeAffiliateBalance(tx, { ...base, amount: -amount, type: AffiliateEntryType.COMMISSION_REVERSAL, note: `Refund of order #${event.orderId}`, idempotencyKey: `${commissionKey(event.entryId)}:reversal` });
    }
    return;
  }

  const earns =
    (settings.affiliateBasis === "deposit" && event.type === LedgerType.DEPOSIT && event.amount > 0n) ||
    (settings.affiliateBasis === "spend" && event.type === LedgerType.ORDER_CHARGE && event.amount < 0n);
  if (!earns) return;
  const amount = ((event.amount < 0n ? -event.amount : event.amount) * bps) / 10_000n;
  if (amount === 0n) return;
  await changeAffiliateBalance(tx, {
    ...base,
    amount,
    type: AffiliateEntryType.COMMISSION,
    note: event.orderId ? `Order #${event.orderId}` : "Deposit",
    idempotencyKey: commissionKey(event.entryId),
  });
}

async function reverseCommissionOf(tx: Tx, key: string, base: { affiliateId: number; referredUserId: number }) {
  const paid = await tx.affiliateEntry.findUnique({ where: { idempotencyKey: key }, select: { amount: true } });
  if (!paid) return;
  await changeAffiliateBalance(tx, {
    ...base,
    amount: -paid.amount,
    type: AffiliateEntryType.COMMISSION_REVERSAL,
    note: "Deposit reversed",
    idempotencyKey: `${key}:reversal`,
  });
}
