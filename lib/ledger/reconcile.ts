// Proves every balance equals the sum of its ledger; lists the users where it does not.
import { db, type Tx } from "../db";

export type LedgerDifference = { userId: number; email: string; balance: bigint; ledgerSum: bigint };

export async function findLedgerDifferences(tx: Tx = db): Promise<LedgerDifference[]> {
  const sums = await tx.ledgerEntry.groupBy({ by: ["userId"], _sum: { amount: true } });
  const sumByUser = new Map(sums.map((s) => [s.userId, s._sum.amount ?? 0n]));
  const users = await tx.user.findMany({ select: { id: true, email: true, balance: true } });
  return users
    .map((u) => ({ userId: u.id, email: u.email, balance: u.balance, ledgerSum: sumByUser.get(u.id) ?? 0n }))
    .filter((d) => d.balance !== d.ledgerSum);
}
