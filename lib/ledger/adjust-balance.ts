// An admin (or the ops CLI) credits or debits a user, with a reason, in the ledger.
import { db, LedgerType } from "../db";
import { AppError } from "../errors";
import { changeBalance } from "./change-balance";

export async function adjustBalance(input: {
  userId: number;
  amount: bigint;
  reason: string;
  adminId?: number;
  type?: typeof LedgerType.ADJUSTMENT | typeof LedgerType.DEPOSIT;
}): Promise<{ balanceAfter: bigint }> {
  const reason = input.reason.trim();
  if (!reason) throw new AppError("A reason is required", "reason_required", "reason");
  return db.$transaction((tx) =>
    changeBalance(tx, {
      userId: input.userId,
      amount: input.amount,
      type: input.type ?? LedgerType.ADJUSTMENT,
      adminId: input.adminId,
      note: reason,
    }),
  );
}
