// The admin queue of gateway transfers that did not credit on their own (unmatched memo, under-
// or overpaid and held, partially paid, a second payment for a credited deposit). An admin
// assigns one to a user, which credits it through creditTransfer, or marks it handled. Both are
// guarded transitions from QUEUED and audited with the admin and IP.
import { z } from "zod";
import { recordAudit, type Actor } from "../audit/record-audit";
import { db, DepositStatus, TransferStatus } from "../db";
import { errorMessages } from "@/i18n/error-text";
import { AppError, NotFoundError } from "../errors";
import { parseMoney } from "../money";
import { countCredited, creditTransfer } from "./credit";

export const assignTransferSchema = z.object({
  email: z.email("Enter the customer's email").trim().toLowerCase(),
  /** Close the transfer's own deposit as credited (when it has one and it is still open). */
  closeDeposit: z.boolean().default(true),
  /**
   * Only for a transfer whose amount could not be read (0 units, e.g. SePay's "250.000"): what
   * arrived, in the panel currency as a plain decimal, read by the admin from the bank statement.
   */
  amount: z.string().trim().optional(),
});

/** The units an assignment credits: the transfer's own amount, or the admin's for an unreadable one. */
function amountToAssign(transferAmount: bigint, typed: string | undefined): bigint {
  if (transferAmount > 0n) return transferAmount;
  const units = parseMoney(typed ?? "");
  if (units === null || units <= 0n)
    throw new AppError(errorMessages.payment.amountFromStatement, "invalid", "amount");
  return units;
}

export const handleTransferSchema = z.object({
  note: z.string().trim().min(3, "Say why (at least 3 characters)").max(500),
});

class AlreadyResolvedError extends AppError {
  constructor(status: TransferStatus) {
    super(`This transfer was already ${status.toLowerCase()}`, "already_resolved");
  }
}

/** Whom an assignment would credit, for the admin's confirmation; refuses an unknown email. */
export async function findAssignee(transferId: number, email: string, amount?: string) {
  const data = assignTransferSchema.parse({ email, amount });
  const [transfer, user] = await Promise.all([
    db.gatewayTransfer.findUnique({ where: { id: transferId }, select: { amount: true } }),
    db.user.findUnique({ where: { email: data.email }, select: { id: true, email: true, name: true } }),
  ]);
  if (!transfer) throw new NotFoundError("Transfer not found");
  if (!user) throw new AppError("No customer with this email", "not_found", "email");
  return { user, amount: amountToAssign(transfer.amount, data.amount) };
}

export async function assignTransfer(
  transferId: number,
  input: z.input<typeof assignTransferSchema>,
  actor: Actor,
) {
  const data = assignTransferSchema.parse(input);
  const credited = await db.$transaction(async (tx) => {
    const transfer = await tx.gatewayTransfer.findUnique({
      where: { id: transferId },
      include: { deposit: { select: { id: true, userId: true, status: true } } },
    });
    if (!transfer) throw new NotFoundError("Transfer not found");
    const user = await tx.user.findUnique({ where: { email: data.email }, select: { id: true } });
    if (!user) throw new AppError("No customer with this email", "not_found", "email");
    if (transfer.amount === 0n && transfer.status === TransferStatus.QUEUED) {
      // The admin's reading of an amount the gateway wrote unclearly, set once under the guard.
      await tx.gatewayTransfer.updateMany({
        where: { id: transferId, status: TransferStatus.QUEUED, amount: 0n },
        data: { amount: amountToAssign(0n, data.amount) },
      });
    }
    const deposit = transfer.deposit;
    const closes =
      data.closeDeposit && deposit && deposit.userId === user.id && deposit.status !== DepositStatus.CREDITED
        ? deposit.id
        : null;
    const result = await creditTransfer(tx, {
      transferId,
      userId: user.id,
      depositId: closes,
      adminId: actor.id,
      note: `${transfer.gateway} ${transfer.grossAmount} ${transfer.currency} assigned by an admin, ref. ${transfer.externalId}`,
    });
    if (!result.applied)
      throw new AlreadyResolvedError(
        (await tx.gatewayTransfer.findUniqueOrThrow({ where: { id: transferId } })).status,
      );
    await recordAudit(
      {
        actorId: actor.id,
        ip: actor.ip,
        action: "transfer.assign",
        targetType: "transfer",
        targetId: transferId,
        before: { status: TransferStatus.QUEUED, reason: transfer.reason, amount: transfer.amount },
        after: {
          userId: user.id,
          depositId: closes,
          credited: result.credited,
          bonus: result.bonus,
          coupon: result.coupon,
          balanceAfter: result.balanceAfter,
        },
      },
      tx,
    );
    return result;
  });
  countCredited(credited);
  return credited;
}

export async function markTransferHandled(
  transferId: number,
  input: z.input<typeof handleTransferSchema>,
  actor: Actor,
) {
  const { note } = handleTransferSchema.parse(input);
  await db.$transaction(async (tx) => {
    const moved = await tx.gatewayTransfer.updateMany({
      where: { id: transferId, status: TransferStatus.QUEUED },
      data: { status: TransferStatus.HANDLED, resolvedById: actor.id, resolvedAt: new Date(), reason: note },
    });
    if (moved.count === 0) {
      const current = await tx.gatewayTransfer.findUnique({
        where: { id: transferId },
        select: { status: true },
      });
      if (!current) throw new NotFoundError("Transfer not found");
      throw new AlreadyResolvedError(current.status);
    }
    await recordAudit(
      {
        actorId: actor.id,
        ip: actor.ip,
        action: "transfer.handle",
        targetType: "transfer",
        targetId: transferId,
        after: { status: TransferStatus.HANDLED, note },
      },
      tx,
    );
  });
}

export const TRANSFERS_PAGE_SIZE = 25;

export async function listTransfers(query: { status?: TransferStatus; page?: number }) {
  const page = Math.max(1, query.page ?? 1);
  const where = query.status ? { status: query.status } : {};
  const [rows, total, queued] = await Promise.all([
    db.gatewayTransfer.findMany({
      where,
      orderBy: { id: "desc" },
      skip: (page - 1) * TRANSFERS_PAGE_SIZE,
      take: TRANSFERS_PAGE_SIZE,
      include: {
        deposit: {
          select: { id: true, code: true, amount: true, payAmount: true, user: { select: { email: true } } },
        },
      },
    }),
    db.gatewayTransfer.count({ where }),
    db.gatewayTransfer.count({ where: { status: TransferStatus.QUEUED } }),
  ]);
  return { rows, total, page, pageCount: Math.max(1, Math.ceil(total / TRANSFERS_PAGE_SIZE)), queued };
}
