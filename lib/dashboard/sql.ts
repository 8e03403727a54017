// The dashboard's few aggregates Prisma cannot express (per-day buckets, column-to-column
// comparisons), written once per engine. Everything else in lib/dashboard uses groupBy/count/aggregate.
import { db, Prisma, type Tx } from "../db";
import { dbProvider } from "../env.mjs";

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

const toBigint = (value: unknown): bigint => (value === null || value === undefined ? 0n : BigInt(value as bigint | number | string));

export type DayRow = { day: string; value: bigint };

/** Orders placed per UTC day since `from`. */
export async function ordersPerDay(from: Date, tx: Tx = db, engine: Engine = dbProvider): Promise<DayRow[]> {
  const day = dayOf[engine]('"createdAt"');
  const rows = await tx.$queryRaw<{ day: string; n: unknown }[]>(
    Prisma.sql`SELECT ${Prisma.raw(day)} AS day, COUNT(*) AS n FROM "Order" WHERE "createdAt" >= ${from} GROUP BY 1`,
  );
  return rows.map((r) => ({ day: r.day, value: toBigint(r.n) }));
}

/** Revenue per UTC day since `from`: order charges minus refunds, from the ledger (units). */
export async function revenuePerDay(from: Date, tx: Tx = db, engine: Engine = dbProvider): Promise<DayRow[]> {
  const day = dayOf[engine]('"createdAt"');
  const rows = await tx.$queryRaw<{ day: string; total: unknown }[]>(
    Prisma.sql`SELECT ${Prisma.raw(day)} AS day, ${Prisma.raw(bigintCast[engine]("SUM(-amount)"))} AS total
      FROM "LedgerEntry" WHERE type IN ('ORDER_CHARGE', 'REFUND') AND "createdAt" >= ${from} GROUP BY 1`,
  );
  return rows.map((r) => ({ day: r.day, value: toBigint(r.total) }));
}

/**
 * Provider cost of the orders placed since `from` (units): what the provider keeps. A canceled
 * order costs nothing (the provider refunds it), a partial one the delivered share, rounded down.
 */
export async function providerCostSince(from: Date, tx: Tx = db, engine: Engine = dbProvider): Promise<bigint> {
  const delivered = `CASE WHEN status = 'CANCELED' THEN 0
      WHEN status = 'PARTIAL' AND quantity > 0 THEN cost * (quantity - COALESCE(remains, 0)) / quantity
      ELSE cost END`;
  const rows = await tx.$queryRaw<{ total: unknown }[]>(
    Prisma.sql`SELECT ${Prisma.raw(bigintCast[engine](`COALESCE(SUM(${delivered}), 0)`))} AS total FROM "Order" WHERE "createdAt" >= ${from}`,
  );
  return toBigint(rows[0]?.total);
}

/** Enabled services sold below their provider's rate without the admin allowing it. */
export async function countServicesBelowCost(tx: Tx = db): Promise<number> {
  const rows = await tx.$queryRaw<{ n: unknown }[]>(
    Prisma.sql`SELECT COUNT(*) AS n FROM "Service" s JOIN "ProviderService" p ON p.id = s."providerServiceId"
      WHERE s.enabled = ${true} AND s."allowBelowCost" = ${false} AND s.rate < p.rate`,
  );
  return Number(toBigint(rows[0]?.n));
}
