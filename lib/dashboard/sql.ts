// The dashboard's few aggregates Prisma cannot express (per-day buckets, column-to-column
// comparisons), written once per engine: two grouped scans over a range of days give every
// window's figures (the rollups of closed days, lib/dashboard/rollups.ts, and today's live part).
import { db, Prisma, type Tx } from "../db";
import { sqlOf } from "../db/sql";
import { directStatement } from "../db/statement";
import { dbProvider } from "../env.mjs";
import { PROVIDER_COST_SQL } from "../orders/profit";
import { ACTIVE_ORDER_STATUSES } from "../orders/status-names";

type Engine = "sqlite" | "postgresql";

// SQLite stores DateTime as ISO text ("2026-11-27T11:46:44.827+00:00"), PostgreSQL as UTC timestamp(3).
const dayOf: Record<Engine, (column: string) => string> = {
  sqlite: (column) => `substr(${column}, 1, 10)`,
  postgresql: (column) => `to_char(${column}, 'YYYY-MM-DD')`,
};

const bigintCast: Record<Engine, (expr: string) => string> = {
  sqlite: (expr) => expr,
  postgresql: (expr) => `CAST(${expr} AS BIGINT)`,
};

const toBigint = (value: unknown): bigint =>
  value === null || value === undefined ? 0n : BigInt(value as bigint | number | string);

export type LedgerDayRow = { day: string; type: string; total: bigint };
export type OrderDayRow = { day: string; status: string; orders: number; cost: bigint };

const before = (to: Date | undefined) => (to ? Prisma.sql` AND "createdAt" < ${to}` : Prisma.empty);

/** Ledger totals (units, signed) per UTC day and type from `from` (to `to`): charges, refunds, deposits. */
export async function ledgerByDay(
  from: Date,
  to?: Date,
  tx: Tx = db,
  engine: Engine = dbProvider,
): Promise<LedgerDayRow[]> {
  const rows = await tx.$queryRaw<{ day: string; type: string; total: unknown }[]>(
    Prisma.sql`SELECT ${Prisma.raw(dayOf[engine]('"createdAt"'))} AS day, type, ${Prisma.raw(bigintCast[engine]("SUM(amount)"))} AS total
      FROM "LedgerEntry" WHERE type IN ('ORDER_CHARGE', 'REFUND', 'DEPOSIT') AND "createdAt" >= ${from}${before(to)} GROUP BY 1, 2`,
  );
  return rows.map((r) => ({ day: r.day, type: String(r.type), total: toBigint(r.total) }));
}

/** Orders placed per UTC day and status from `from` (to `to`), with their provider cost (units, lib/orders/profit.ts). */
export async function ordersByDay(
  from: Date,
  to?: Date,
  tx: Tx = db,
  engine: Engine = dbProvider,
): Promise<OrderDayRow[]> {
  const rows = await tx.$queryRaw<{ day: string; status: string; n: unknown; cost: unknown }[]>(
    Prisma.sql`SELECT ${Prisma.raw(dayOf[engine]('"createdAt"'))} AS day, status, COUNT(*) AS n,
      ${Prisma.raw(bigintCast[engine](`SUM(${PROVIDER_COST_SQL})`))} AS cost
      FROM "Order" WHERE "createdAt" >= ${from}${before(to)} GROUP BY 1, 2`,
  );
  return rows.map((r) => ({
    day: r.day,
    status: String(r.status),
    orders: Number(toBigint(r.n)),
    cost: toBigint(r.cost),
  }));
}

/** Orders still active (pending, in progress, processing) per UTC day and status, from `from` to `to`: an index-only count. */
export async function activeOrdersByDay(
  from: Date,
  to: Date,
  tx: Tx = db,
  engine: Engine = dbProvider,
): Promise<Omit<OrderDayRow, "cost">[]> {
  const rows = await tx.$queryRaw<{ day: string; status: string; n: unknown }[]>(
    Prisma.sql`SELECT ${Prisma.raw(dayOf[engine]('"createdAt"'))} AS day, status, COUNT(*) AS n FROM "Order"
      WHERE status IN (${Prisma.join([...ACTIVE_ORDER_STATUSES])}) AND "createdAt" >= ${from} AND "createdAt" < ${to} GROUP BY 1, 2`,
  );
  return rows.map((r) => ({ day: r.day, status: String(r.status), orders: Number(toBigint(r.n)) }));
}

/** The UTC days (placed from `from` to `to`) of the orders that ended (completedAt) after `since`. */
export async function endedOrderDays(
  since: Date,
  from: Date,
  to: Date,
  tx: Tx = db,
  engine: Engine = dbProvider,
): Promise<string[]> {
  const rows = await tx.$queryRaw<{ day: string }[]>(
    Prisma.sql`SELECT DISTINCT ${Prisma.raw(dayOf[engine]('"createdAt"'))} AS day FROM "Order"
      WHERE "completedAt" > ${since} AND "createdAt" >= ${from} AND "createdAt" < ${to}`,
  );
  return rows.map((r) => r.day);
}

const SERVICES_BELOW_COST = directStatement(
  "services-below-cost",
  `SELECT COUNT(*) AS n FROM "Service" s JOIN "ProviderService" p ON p.id = s."providerServiceId" WHERE s."allowBelowCost" = $1 AND s.rate < p.rate`,
);

/**
 * Services priced below their provider's rate without the admin allowing it: sold at a loss, or
 * held back (disabled by the price sync) until the admin re-prices them. The same set as
 * /admin/services?belowCost=1 lists as flagged (lib/catalog/list-admin-services.ts).
 */
export async function countServicesBelowCost(tx: Tx = db): Promise<number> {
  const rows = await sqlOf(tx).all(SERVICES_BELOW_COST, [false]);
  return Number(toBigint(rows[0]?.n));
}
