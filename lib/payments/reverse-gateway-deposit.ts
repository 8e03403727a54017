// A chargeback on a gateway deposit, from its admin page or the CLI: every credited transfer of
// the deposit gives back its deposit, bonus and coupon rows (and, through the reversal rows, the
// affiliate commission paid on them), once, in one transaction, audited with the reason.
import { z } from "zod";
import { errorMessages } from "@/i18n/error-text";
import { recordAudit } from "../audit/record-audit";
import { db, TransferStatus } from "../db";
import { AppError, NotFoundError } from "../errors";
import { reverseTransferCredits, transferCreditKeys } from "./credit";

export const reverseDepositSchema = z.object({
  reason: z.string().trim().min(3, errorMessages.form.sayWhy).max(500),
});

export async function reverseGatewayDeposit(
  depositId: number,
  input: z.input<typeof reverseDepositSchema>,
  actor: { id: number | null; ip?: string },
) {
  const { reason } = reverseDepositSchema.parse(input);
  return db.$transaction(async (tx) => {
    const deposit = await tx.deposit.findUnique({
      where: { id: depositId },
      select: { id: true, userId: true, code: true },
    });
    if (!deposit) throw new NotFoundError(errorMessages.depositNotFound);
    const transfers = await tx.gatewayTransfer.findMany({
      where: { depositId, status: TransferStatus.CREDITED },
      orderBy: { id: "asc" },
    });
    if (transfers.length === 0) throw new AppError(errorMessages.payment.nothingToReverse, "invalid");
    let reversed = 0n;
    for (const transfer of transfers) reversed += await reverseTransferCredits(tx, transfer, actor, reason);
    if (reversed === 0n) throw new AppError(errorMessages.depositAlreadyReversed, "already_reversed");
    await recordAudit(
      {
        actorId: actor.id,
        ip: actor.ip,
        action: "deposit.reverse",
        targetType: "deposit",
        targetId: depositId,
        after: {
          code: deposit.code,
          userId: deposit.userId,
          transfers: transfers.map((t) => t.id),
          reason,
          reversed,
        },
      },
      tx,
    );
    return { reversed, code: deposit.code };
  });
}

/** What reversals took back from this deposit's credits so far (0 when none). */
export async function getDepositReversal(depositId: number): Promise<bigint> {
  const transfers = await db.gatewayTransfer.findMany({
    where: { depositId, status: TransferStatus.CREDITED },
    select: { gateway: true, externalId: true },
  });
  const credits = await db.ledgerEntry.findMany({
    where: { idempotencyKey: { in: transfers.flatMap(transferCreditKeys) } },
    select: { id: true },
  });
  const reversals = await db.ledgerEntry.findMany({
    where: { idempotencyKey: { in: credits.map((c) => `deposit:${c.id}:reversal`) } },
    select: { amount: true },
  });
  return reversals.reduce((sum, r) => sum - r.amount, 0n);
}
