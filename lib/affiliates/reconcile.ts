// Every affiliate balance against the sum of its entries, as lib/ledger/reconcile.ts does for
// main balances. Used by `npm run cli -- reconcile` and the tests.
import { db, type Tx } from "../db";

export type AffiliateDifference = {
  kind: "affiliate_balance";
  userId: number;
  balance: bigint;
  entries: bigint;
};

export async function findAffiliateDifferences(tx: Tx = db): Promise<AffiliateDifference[]> {
  const [affiliates, sums] = await Promise.all([
    tx.affiliate.findMany({ select: { userId: true, balance: true } }),
    tx.affiliateEntry.groupBy({ by: ["affiliateId"], _sum: { amount: true } }),
  ]);
  const sumBy = new Map(sums.map((s) => [s.affiliateId, s._sum.amount ?? 0n]));
  return affiliates
    .map((a) => ({
      kind: "affiliate_balance" as const,
      userId: a.userId,
      balance: a.balance,
      entries: sumBy.get(a.userId) ?? 0n,
    }))
    .filter((d) => d.balance !== d.entries);
}
