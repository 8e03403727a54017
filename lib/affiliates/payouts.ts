// Affiliate earnings leave the affiliate balance in two ways: at once to the customer's main
// balance (when the owner allows it), or as a withdrawal request an admin approves (paid
// outside the panel) or rejects (the hold returns). Each is a guarded change in one transaction.
import { recordAudit, type Actor } from "../audit/record-audit";
import { AffiliateEntryType, db, LedgerType, PaymentStatus, type Tx } from "../db";
import { AppError, NotFoundError } from "../errors";
import { changeBalance } from "../ledger/change-balance";
import { formatCurrency } from "../format";
import { parseMoney } from "../money";
import { getSettings } from "../settings/settings";
import { changeAffiliateBalance } from "./change-affiliate-balance";
import { ensureAffiliate } from "./referral";
import { errorMessages } from "@/i18n/error-text";

export async function payoutToBalance(userId: number, amount: bigint) {
  if (amount <= 0n) throw new AppError(errorMessages.affiliateAmountPositive, "invalid_amount", "amount");
  const settings = await getSettings();
  if (!settings.affiliateInstantPayout) throw new AppError(errorMessages.affiliatePayoutOff, "forbidden");
  await ensureAffiliate(userId);
  return db.$transaction(async (tx) => {
    const payout = await tx.affiliatePayout.create({
      data: {
        affiliateId: userId,
        amount,
        method: "balance",
        status: PaymentStatus.APPROVED,
        reviewedAt: new Date(),
      },
    });
    await changeAffiliateBalance(tx, {
      affiliateId: userId,
      amount: -amount,
      type: AffiliateEntryType.PAYOUT,
      payoutId: payout.id,
      note: "To balance",
      idempotencyKey: `payout:${payout.id}`,
    });
    return changeBalance(tx, {
      userId,
      amount,
      type: LedgerType.AFFILIATE_PAYOUT,
      note: `Affiliate payout #${payout.id}`,
      idempotencyKey: `affiliate-payout:${payout.id}`,
    });
  });
}

export async function requestWithdrawal(userId: number, amount: bigint, details: string) {
  const settings = await getSettings();
  const minimum = parseMoney(settings.affiliateMinWithdrawal) ?? 0n;
  if (amount <= 0n || amount < minimum) {
    const shown = formatCurrency(minimum, settings);
    throw new AppError(
      errorMessages.affiliateMinWithdrawal.replace("{minimum}", shown),
      "below_minimum",
      "amount",
      { key: "errors.affiliateMinWithdrawal", amounts: { minimum } },
    );
  }
  await ensureAffiliate(userId);
  return db.$transaction(async (tx) => {
    const payout = await tx.affiliatePayout.create({
      data: { affiliateId: userId, amount, method: "withdrawal", details },
    });
    await changeAffiliateBalance(tx, {
      affiliateId: userId,
      amount: -amount,
      type: AffiliateEntryType.PAYOUT,
      payoutId: payout.id,
      note: "Withdrawal request",
      idempotencyKey: `payout:${payout.id}`,
    });
    return payout;
  });
}

async function claimPayout(tx: Tx, id: number, status: PaymentStatus, actor: Actor, reason?: string) {
  const payout = await tx.affiliatePayout.findUnique({ where: { id } });
  if (!payout || payout.method !== "withdrawal")
    throw new NotFoundError(errorMessages.affiliatePayoutNotFound);
  const moved = await tx.affiliatePayout.updateMany({
    where: { id, status: PaymentStatus.PENDING },
    data: { status, reason, reviewedById: actor.id, reviewedAt: new Date() },
  });
  if (moved.count === 0) throw new AppError(errorMessages.affiliateAlreadyReviewed, "already_reviewed");
  return payout;
}

export async function approveWithdrawal(id: number, actor: Actor) {
  await db.$transaction(async (tx) => {
    const payout = await claimPayout(tx, id, PaymentStatus.APPROVED, actor);
    await recordAudit(
      {
        actorId: actor.id,
        ip: actor.ip,
        action: "affiliate.payout_approve",
        targetType: "affiliate_payout",
        targetId: id,
        after: { userId: payout.affiliateId, amount: payout.amount },
      },
      tx,
    );
  });
}

export async function rejectWithdrawal(id: number, reason: string, actor: Actor) {
  await db.$transaction(async (tx) => {
    const payout = await claimPayout(tx, id, PaymentStatus.REJECTED, actor, reason);
    await changeAffiliateBalance(tx, {
      affiliateId: payout.affiliateId,
      amount: payout.amount,
      type: AffiliateEntryType.PAYOUT_RETURN,
      payoutId: id,
      note: reason,
      idempotencyKey: `payout:${id}:return`,
    });
    await recordAudit(
      {
        actorId: actor.id,
        ip: actor.ip,
        action: "affiliate.payout_reject",
        targetType: "affiliate_payout",
        targetId: id,
        after: { userId: payout.affiliateId, amount: payout.amount, reason },
      },
      tx,
    );
  });
}
