// The one way money from a gateway reaches a balance, and the one way it goes back.
//
// creditTransfer: a guarded transition of the gateway transfer (QUEUED -> CREDITED) decides who
// credits; in the same transaction the deposit (when there is one) moves to CREDITED under its
// own guard, and the ledger gets the deposit row keyed by the gateway's transaction id
// ("transfer:sepay:92704"), then the bonus and coupon rows under derived keys. A replayed webhook,
// a second instance or a double-clicking admin finds the guard closed and credits nothing.
//
// reverseCredit: takes back one ledger credit by its key, once ("<key>:reversal"). Affiliate
// commissions on deposits (issue 15) hang off the same keys.
import { queueDepositCreditedMail } from "../mail/mails";
import { recordAudit } from "../audit/record-audit";
import { db, DepositStatus, LedgerType, TransferStatus, type Tx } from "../db";
import { AppError, NotFoundError } from "../errors";
import { changeBalance } from "../ledger/change-balance";
import { recordDepositCredited } from "../metrics/metrics";
import { redeemCoupon } from "./coupons";
import { bonusBpsFor } from "./bonus-rules";
import { percentOf, percentToBps } from "./decimal";
import { getGatewayConfig, type Gateway } from "./gateway-settings";

export const transferKey = (gateway: string, externalId: string) => `transfer:${gateway}:${externalId}`;

export type CreditTarget = {
  transferId: number;
  userId: number;
  /** Closes this deposit as CREDITED (from PENDING, EXPIRED or REVIEW) in the same transaction. */
  depositId?: number | null;
  adminId?: number;
  note?: string;
};

export type CreditResult = {
  applied: boolean;
  credited: bigint;
  bonus: bigint;
  coupon: bigint;
  balanceAfter?: bigint;
  gateway?: string;
};

const NOT_APPLIED: CreditResult = { applied: false, credited: 0n, bonus: 0n, coupon: 0n };

export class DepositAlreadyCreditedError extends AppError {
  constructor() {
    super("This deposit was already credited", "already_credited");
  }
}

/** Must run inside a transaction. */
export async function creditTransfer(tx: Tx, target: CreditTarget): Promise<CreditResult> {
  const now = new Date();
  const claimed = await tx.gatewayTransfer.updateMany({
    where: { id: target.transferId, status: TransferStatus.QUEUED },
    data: {
      status: TransferStatus.CREDITED,
      userId: target.userId,
      ...(target.depositId ? { depositId: target.depositId } : {}),
      resolvedById: target.adminId ?? null,
      resolvedAt: now,
    },
  });
  if (claimed.count === 0) return NOT_APPLIED;
  const transfer = await tx.gatewayTransfer.findUniqueOrThrow({ where: { id: target.transferId } });
  const config = await getGatewayConfig(transfer.gateway as Gateway, tx);
  const fee = percentOf(transfer.amount, percentToBps(config.feePercent) ?? 0);
  const credited = transfer.amount - fee;
  if (credited <= 0n) throw new AppError("Nothing to credit after the gateway fee", "invalid_amount");

  let couponId: number | null = null;
  if (target.depositId) {
    const moved = await tx.deposit.updateMany({
      where: {
        id: target.depositId,
        userId: target.userId,
        status: {
          in: [DepositStatus.PENDING, DepositStatus.EXPIRED, DepositStatus.REVIEW, DepositStatus.FAILED],
        },
      },
      data: { status: DepositStatus.CREDITED, credited, creditedAt: now },
    });
    if (moved.count === 0) throw new DepositAlreadyCreditedError();
    couponId = (
      await tx.deposit.findUniqueOrThrow({ where: { id: target.depositId }, select: { couponId: true } })
    ).couponId;
  }

  const key = transferKey(transfer.gateway, transfer.externalId);
  const base = { userId: target.userId, depositId: target.depositId ?? undefined, adminId: target.adminId };
  const feeNote = fee > 0n ? ` (gateway fee ${config.feePercent}% kept)` : "";
  let { balanceAfter } = await changeBalance(tx, {
    ...base,
    amount: credited,
    type: LedgerType.DEPOSIT,
    note:
      (target.note ??
        `${transfer.gateway} ${transfer.grossAmount} ${transfer.currency}, ref. ${transfer.externalId}`) +
      feeNote,
    idempotencyKey: key,
  });

  const bonusBps = (await bonusBpsFor(tx, credited)) + (percentToBps(config.bonusPercent) ?? 0);
  const bonus = percentOf(credited, bonusBps);
  if (bonus > 0n) {
    ({ balanceAfter } = await changeBalance(tx, {
      ...base,
      amount: bonus,
      type: LedgerType.DEPOSIT_BONUS,
      note: `Deposit bonus ${bonusBps / 100}%`,
      idempotencyKey: `${key}:bonus`,
    }));
  }

  let coupon = 0n;
  if (couponId && target.depositId) {
    const redeemed = await redeemCoupon(tx, {
      couponId,
      userId: target.userId,
      depositId: target.depositId,
      credited,
    });
    if (redeemed) {
      coupon = redeemed.amount;
      ({ balanceAfter } = await changeBalance(tx, {
        ...base,
        amount: coupon,
        type: LedgerType.COUPON,
        note: `Coupon ${redeemed.code}`,
        idempotencyKey: `${key}:coupon`,
      }));
    }
  }
  await queueDepositCreditedMail({ userId: target.userId, amount: credited, balanceAfter, key }, tx);
  return { applied: true, credited, bonus, coupon, balanceAfter, gateway: transfer.gateway };
}

/** Counts a credit in the metrics (upline_deposits_credited_total); call it once its transaction committed. */
export function countCredited(credit: CreditResult | undefined): void {
  if (credit?.applied && credit.gateway) recordDepositCredited(credit.gateway, credit.credited);
}

/**
 * Takes back the ledger credit stored under `idempotencyKey` (a deposit, its bonus, a coupon),
 * once: the reversal is keyed "deposit:<entry id>:reversal", the key lib/ledger/reverse-deposit.ts
 * uses too, so the two paths can never take the same credit back twice, and it names the entry
 * it reverses so an affiliate commission paid on it is taken back with it. May take the balance
 * below zero: the money already left.
 */
export async function reverseCredit(
  tx: Tx,
  input: { idempotencyKey: string; adminId?: number; note: string },
): Promise<{ applied: boolean; amount: bigint }> {
  const entry = await tx.ledgerEntry.findUnique({ where: { idempotencyKey: input.idempotencyKey } });
  if (!entry) return { applied: false, amount: 0n };
  if (entry.amount <= 0n) throw new AppError("Only credits can be reversed", "invalid");
  const reversalKey = `deposit:${entry.id}:reversal`;
  if (await tx.ledgerEntry.findUnique({ where: { idempotencyKey: reversalKey }, select: { id: true } }))
    return { applied: false, amount: 0n };
  await changeBalance(tx, {
    userId: entry.userId,
    amount: -entry.amount,
    type: LedgerType.DEPOSIT_REVERSAL,
    depositId: entry.depositId ?? undefined,
    adminId: input.adminId,
    note: input.note,
    idempotencyKey: reversalKey,
    reversesEntryId: entry.id,
    allowNegative: true,
  });
  return { applied: true, amount: entry.amount };
}

/** The ledger keys a credited transfer wrote: the deposit, its bonus, its coupon. */
export const transferCreditKeys = (transfer: { gateway: string; externalId: string }) => {
  const key = transferKey(transfer.gateway, transfer.externalId);
  return [key, `${key}:bonus`, `${key}:coupon`];
};

/** Takes back a credited transfer's deposit, bonus and coupon rows in the caller's transaction; the total taken back now. */
export async function reverseTransferCredits(
  tx: Tx,
  transfer: { gateway: string; externalId: string },
  actor: { id: number | null },
  reason: string,
): Promise<bigint> {
  let total = 0n;
  for (const key of transferCreditKeys(transfer)) {
    total += (
      await reverseCredit(tx, {
        idempotencyKey: key,
        adminId: actor.id ?? undefined,
        note: `Reversed: ${reason}`,
      })
    ).amount;
  }
  return total;
}

/** Reverses a credited transfer with its bonus and coupon (a chargeback, a mistaken assignment). */
export async function reverseTransfer(
  transferId: number,
  actor: { id: number; ip?: string },
  reason: string,
) {
  return db.$transaction(async (tx) => {
    const transfer = await tx.gatewayTransfer.findUnique({ where: { id: transferId } });
    if (!transfer) throw new NotFoundError("Transfer not found");
    if (transfer.status !== TransferStatus.CREDITED)
      throw new AppError("Only a credited transfer can be reversed", "invalid");
    const total = await reverseTransferCredits(tx, transfer, actor, reason);
    await recordAudit(
      {
        actorId: actor.id,
        ip: actor.ip,
        action: "transfer.reverse",
        targetType: "transfer",
        targetId: transferId,
        after: { reason, total },
      },
      tx,
    );
    return { reversed: total };
  });
}
