// Proves the money adds up. findLedgerDifferences: every balance equals the sum of its ledger.
// reconcileMoney: that and the rest, read in one consistent snapshot (so writes committing while
// it reads never show as differences): every order has exactly one charge row equal to its charge,
// its refund rows sum to `refunded` and refunded stays within [0, charge], each user's `spent` is
// the charges minus refunds of their ended orders, every affiliate balance is the sum of its
// entries, and every payment request or gateway deposit marked credited has exactly one deposit
// row (none is credited twice, none without its ledger row).
import { findAffiliateDifferences } from "../affiliates/reconcile";
import { db, DepositStatus, LedgerType, PaymentStatus, snapshotIsolation, type Db, type Tx } from "../db";
import { sqlOf } from "../db/sql";
import { directStatement } from "../db/statement";
import { FINAL_ORDER_STATUSES } from "../orders/status-names";

export type LedgerDifference = { userId: number; email: string; balance: bigint; ledgerSum: bigint };

const LEDGER_DIFFERENCES = directStatement(
  "ledger-differences",
  `SELECT u.id, u.email, u.balance, COALESCE(s.total, 0) AS total FROM "User" u
     LEFT JOIN (SELECT "userId", CAST(SUM(amount) AS BIGINT) AS total FROM "LedgerEntry" GROUP BY "userId") s ON s."userId" = u.id
    WHERE u.balance <> COALESCE(s.total, 0) ORDER BY u.id`,
);

/** Users whose balance is not the sum of their ledger rows: one statement, so one consistent snapshot. */
export async function findLedgerDifferences(tx: Tx = db): Promise<LedgerDifference[]> {
  const rows = await sqlOf(tx).all(LEDGER_DIFFERENCES, []);
  return rows.map((r) => ({
    userId: Number(r.id),
    email: String(r.email),
    balance: BigInt(r.balance as bigint),
    ledgerSum: BigInt(r.total as bigint),
  }));
}

export type MoneyDifferenceKind =
  "balance" | "spent" | "order-charge" | "order-refund" | "payment" | "affiliate";
export type MoneyDifference = { kind: MoneyDifferenceKind; detail: string };

type RowSums = { count: number; sum: bigint };

function sumsBy<K>(
  rows: Array<{ key: K; _count: number; _sum: { amount: bigint | null } }>,
): Map<K, RowSums> {
  return new Map(rows.map((r) => [r.key, { count: r._count, sum: r._sum.amount ?? 0n }]));
}

async function orderDifferences(tx: Tx): Promise<MoneyDifference[]> {
  const [orders, rows] = await Promise.all([
    tx.order.findMany({ select: { id: true, charge: true, refunded: true } }),
    tx.ledgerEntry.groupBy({
      by: ["orderId", "type"],
      where: { orderId: { not: null }, type: { in: [LedgerType.ORDER_CHARGE, LedgerType.REFUND] } },
      _sum: { amount: true },
      _count: true,
    }),
  ]);
  const charges = sumsBy(
    rows.filter((r) => r.type === LedgerType.ORDER_CHARGE).map((r) => ({ ...r, key: r.orderId })),
  );
  const refunds = sumsBy(
    rows.filter((r) => r.type === LedgerType.REFUND).map((r) => ({ ...r, key: r.orderId })),
  );
  const differences: MoneyDifference[] = [];
  for (const order of orders) {
    const charge = charges.get(order.id) ?? { count: 0, sum: 0n };
    const refund = refunds.get(order.id) ?? { count: 0, sum: 0n };
    const wantRows = order.charge > 0n ? 1 : 0;
    if (charge.count !== wantRows || charge.sum !== -order.charge) {
      differences.push({
        kind: "order-charge",
        detail: `order #${order.id}: charge ${order.charge}, ${charge.count} charge row(s) summing ${-charge.sum}`,
      });
    }
    if (
      refund.count > 1 ||
      refund.sum !== order.refunded ||
      order.refunded < 0n ||
      order.refunded > order.charge
    ) {
      differences.push({
        kind: "order-refund",
        detail: `order #${order.id}: refunded ${order.refunded} of ${order.charge}, ${refund.count} refund row(s) summing ${refund.sum}`,
      });
    }
  }
  return differences;
}

async function userDifferences(tx: Tx): Promise<MoneyDifference[]> {
  const [balances, users, spentRows] = await Promise.all([
    findLedgerDifferences(tx),
    tx.user.findMany({ select: { id: true, email: true, spent: true } }),
    tx.order.groupBy({
      by: ["userId"],
      where: { status: { in: [...FINAL_ORDER_STATUSES] } },
      _sum: { charge: true, refunded: true },
    }),
  ]);
  const spentByUser = new Map(
    spentRows.map((r) => [r.userId, (r._sum.charge ?? 0n) - (r._sum.refunded ?? 0n)]),
  );
  return [
    ...balances.map((d) => ({
      kind: "balance" as const,
      detail: `user #${d.userId} ${d.email}: balance ${d.balance}, ledger ${d.ledgerSum}`,
    })),
    ...users
      .filter((u) => u.spent !== (spentByUser.get(u.id) ?? 0n))
      .map((u) => ({
        kind: "spent" as const,
        detail: `user #${u.id} ${u.email}: spent ${u.spent}, ended orders' charges minus refunds ${spentByUser.get(u.id) ?? 0n}`,
      })),
  ];
}

async function paymentDifferences(tx: Tx): Promise<MoneyDifference[]> {
  // A manual payment request (paymentId) or a gateway deposit (depositId) credits one DEPOSIT row
  // at most, and one marked approved / credited has its row.
  const [payments, deposits, approved, credited] = await Promise.all([
    tx.ledgerEntry.groupBy({
      by: ["paymentId"],
      where: { type: LedgerType.DEPOSIT, paymentId: { not: null } },
      _count: true,
      _sum: { amount: true },
    }),
    tx.ledgerEntry.groupBy({
      by: ["depositId"],
      where: { type: LedgerType.DEPOSIT, depositId: { not: null } },
      _count: true,
      _sum: { amount: true },
    }),
    tx.paymentRequest.findMany({
      where: { status: PaymentStatus.APPROVED },
      select: { id: true, amount: true },
    }),
    tx.deposit.findMany({ where: { status: DepositStatus.CREDITED }, select: { id: true, credited: true } }),
  ]);
  const paid = new Set(payments.map((c) => c.paymentId));
  const deposited = new Set(deposits.map((c) => c.depositId));
  return [
    ...payments
      .filter((c) => c._count > 1)
      .map((c) => ({
        kind: "payment" as const,
        detail: `payment #${c.paymentId}: credited ${c._count} times, ${c._sum.amount ?? 0n} in all`,
      })),
    ...deposits
      .filter((c) => c._count > 1)
      .map((c) => ({
        kind: "payment" as const,
        detail: `deposit #${c.depositId}: credited ${c._count} times, ${c._sum.amount ?? 0n} in all`,
      })),
    ...approved
      .filter((p) => !paid.has(p.id))
      .map((p) => ({
        kind: "payment" as const,
        detail: `payment #${p.id}: approved (${p.amount}), no ledger row`,
      })),
    ...credited
      .filter((d) => !deposited.has(d.id))
      .map((d) => ({
        kind: "payment" as const,
        detail: `deposit #${d.id}: marked credited (${d.credited}), no ledger row`,
      })),
  ];
}

async function affiliateDifferences(tx: Tx): Promise<MoneyDifference[]> {
  return (await findAffiliateDifferences(tx)).map((d) => ({
    kind: "affiliate" as const,
    detail: `affiliate #${d.userId}: balance ${d.balance}, entries ${d.entries}`,
  }));
}

/** Every difference, read in one snapshot; amounts in units. Empty when the money adds up. */
export async function reconcileMoney(client: Db = db): Promise<MoneyDifference[]> {
  return client.$transaction(
    async (tx) => {
      // Sequential reads: one snapshot either way, and a transaction client runs one statement at a time.
      const users = await userDifferences(tx);
      const orders = await orderDifferences(tx);
      const payments = await paymentDifferences(tx);
      const affiliates = await affiliateDifferences(tx);
      return [...users, ...orders, ...payments, ...affiliates];
    },
    { isolationLevel: snapshotIsolation(), maxWait: 30_000, timeout: 120_000 },
  );
}
