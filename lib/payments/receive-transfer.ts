// A payment a gateway reported, whichever gateway: stored once under (gateway, transaction id),
// then credited through creditTransfer or held in the admin queue. The insert comes first, so a
// replay (ten deliveries in a row, fifty at once) loses on the unique key before touching money.
import { db, DepositStatus, isUniqueViolation, TransferStatus, type Tx } from "../db";
import { ORDER_TX_OPTIONS } from "../orders/transaction";
import { countCredited, creditTransfer, type CreditResult } from "./credit";
import type { Gateway } from "./gateway-settings";

export type TransferReport = {
  gateway: Gateway;
  externalId: string;
  grossAmount: string; // as reported, in `currency`
  currency: string;
  rate: string; // `currency` per 1 panel currency
  amount: bigint; // panel units to credit
  content?: string | null;
  depositId: number | null;
  userId: number | null; // the deposit's owner, when known
  action: "credit" | "hold";
  reason?: string; // why it is held
  /** A later report of the same transaction may move a held one forward (NOWPayments statuses). */
  mayAdvance?: boolean;
};

export type TransferOutcome = {
  outcome: "credited" | "queued" | "duplicate";
  transferId?: number;
  credit?: CreditResult;
};

async function settle(tx: Tx, transferId: number, report: TransferReport): Promise<TransferOutcome> {
  if (report.action === "hold" || report.userId === null) {
    if (report.depositId) {
      await tx.deposit.updateMany({
        where: { id: report.depositId, status: { in: [DepositStatus.PENDING, DepositStatus.EXPIRED] } },
        data: { status: DepositStatus.REVIEW },
      });
    }
    return { outcome: "queued", transferId };
  }
  const result = await creditTransfer(tx, { transferId, userId: report.userId, depositId: report.depositId });
  return { outcome: result.applied ? "credited" : "duplicate", transferId, credit: result };
}

export async function receiveTransfer(report: TransferReport): Promise<TransferOutcome> {
  const data = {
    gateway: report.gateway,
    externalId: report.externalId,
    depositId: report.depositId,
    userId: report.action === "hold" ? report.userId : null,
    amount: report.amount,
    grossAmount: report.grossAmount,
    currency: report.currency,
    rate: report.rate,
    content: report.content?.slice(0, 500) ?? null,
    reason: report.action === "hold" ? (report.reason ?? "held") : null,
  };
  try {
    const received = await db.$transaction(async (tx) => {
      const row = await tx.gatewayTransfer.create({ data, select: { id: true } });
      return settle(tx, row.id, report);
    }, ORDER_TX_OPTIONS);
    countCredited(received.credit);
    return received;
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  if (!report.mayAdvance) return { outcome: "duplicate" };
  try {
    const advanced = await db.$transaction(async (tx) => {
      const where = { gateway: report.gateway, externalId: report.externalId };
      const row = await tx.gatewayTransfer.findUniqueOrThrow({
        where: { gateway_externalId: where },
        select: { id: true, status: true },
      });
      if (row.status !== TransferStatus.QUEUED) return queueRest(tx, report, data);
      await tx.gatewayTransfer.updateMany({
        where: { id: row.id, status: TransferStatus.QUEUED },
        data: {
          amount: data.amount,
          grossAmount: data.grossAmount,
          rate: data.rate,
          reason: data.reason ?? undefined,
        },
      });
      return settle(tx, row.id, report);
    }, ORDER_TX_OPTIONS);
    countCredited(advanced.credit);
    return advanced;
  } catch (error) {
    // Two deliveries of the same larger amount at once: the other one queued the rest.
    if (isUniqueViolation(error)) return { outcome: "duplicate" };
    throw error;
  }
}

/**
 * A payment reported again with more money after its first report was resolved (NOWPayments:
 * an admin credited the partially_paid share, then the payer paid the rest and `finished`
 * came): what was not yet accounted for waits in the queue as a transfer of its own, keyed by
 * the amount reported so far, so a replay of the same report adds nothing.
 */
async function queueRest(
  tx: Tx,
  report: TransferReport,
  data: {
    userId: number | null;
    grossAmount: string;
    currency: string;
    rate: string;
    depositId: number | null;
    content: string | null;
  },
): Promise<TransferOutcome> {
  const parts = await tx.gatewayTransfer.findMany({
    where: {
      gateway: report.gateway,
      OR: [{ externalId: report.externalId }, { externalId: { startsWith: `${report.externalId}:` } }],
    },
    select: { amount: true },
  });
  const accounted = parts.reduce((sum, part) => sum + part.amount, 0n);
  const rest = report.amount - accounted;
  if (rest <= 0n) return { outcome: "duplicate" };
  const row = await tx.gatewayTransfer.create({
    data: {
      ...data,
      gateway: report.gateway,
      externalId: `${report.externalId}:${report.amount}`,
      amount: rest,
      reason: "rest_of_payment",
      userId: report.userId,
    },
    select: { id: true },
  });
  return { outcome: "queued", transferId: row.id };
}
