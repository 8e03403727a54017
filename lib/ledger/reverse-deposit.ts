// An admin takes back a credited deposit (a chargeback, a mistaken approval): the amount leaves
// the balance (it may go below zero) as a DEPOSIT_REVERSAL row keyed by the deposit's row, so a
// deposit is reversed at most once; an affiliate commission it paid is taken back with it.
import { recordAudit } from "../audit/record-audit";
import { db, isUniqueViolation, LedgerType } from "../db";
import { AppError, NotFoundError } from "../errors";
import { changeBalance } from "./change-balance";
import { errorMessages } from "@/i18n/error-text";

export async function reverseDeposit(
  entryId: number,
  reason: string,
  actor: { id: number | null; ip?: string },
) {
  try {
    return await db.$transaction(async (tx) => {
      const deposit = await tx.ledgerEntry.findUnique({ where: { id: entryId } });
      if (!deposit || deposit.type !== LedgerType.DEPOSIT || deposit.amount <= 0n)
        throw new NotFoundError(errorMessages.depositNotFound);
      const result = await changeBalance(tx, {
        userId: deposit.userId,
        amount: -deposit.amount,
        type: LedgerType.DEPOSIT_REVERSAL,
        adminId: actor.id ?? undefined,
        note: reason,
        allowNegative: true,
        idempotencyKey: `deposit:${entryId}:reversal`,
        reversesEntryId: entryId,
      });
      await recordAudit(
        {
          actorId: actor.id,
          ip: actor.ip,
          action: "deposit.reverse",
          targetType: "ledger",
          targetId: entryId,
          after: {
            userId: deposit.userId,
            amount: deposit.amount,
            reason,
            balanceAfter: result.balanceAfter,
          },
        },
        tx,
      );
      return result;
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new AppError(errorMessages.depositAlreadyReversed, "already_reversed");
    throw error;
  }
}
