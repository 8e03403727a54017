// The figures an owner reads every morning, per window: revenue (charges minus refunds, from
// the ledger, counted when they happen), provider cost of the orders placed, profit, orders by
// status, new users and deposits; plus a 30-day series. Closed days come from their rollups
// (rollups.ts, with their freshness); the open day, two grouped scans of today live.
import { db, LedgerType, OrderStatus, Role, type Tx } from "../db";
import { ADMIN_ROLES } from "../auth/roles";
import { DASHBOARD_DAYS, dayKeys, PERIODS, periodStart, type PeriodKey } from "./periods";
import { liveFrom, readRollups } from "./rollups";
import { ledgerByDay, ordersByDay, type LedgerDayRow, type OrderDayRow } from "./sql";

export type PeriodStats = {
  key: PeriodKey;
  from: Date;
  revenue: bigint; // units
  charges: bigint; // units
  refunds: bigint; // units, positive
  cost: bigint; // units
  profit: bigint; // units
  orders: number;
  ordersByStatus: Record<OrderStatus, number>;
  newUsers: number;
  deposits: bigint; // units
};

export type DayPoint = { day: string; revenue: bigint; orders: number };

export type Dashboard = {
  periods: PeriodStats[];
  series: DayPoint[];
  customers: number;
  admins: number;
  /** Earlier days' orders by status and cost (and so profit) are as of this moment; null: all live. */
  ordersAsOf: Date | null;
};

function sumLedger(rows: LedgerDayRow[], fromDay: string, type: LedgerType): bigint {
  return rows.reduce((sum, r) => (r.day >= fromDay && r.type === type ? sum + r.total : sum), 0n);
}

function periodStats(
  period: (typeof PERIODS)[number],
  now: Date,
  ledger: LedgerDayRow[],
  orders: OrderDayRow[],
  newUsers: number,
): PeriodStats {
  const from = periodStart(now, period.days);
  const fromDay = from.toISOString().slice(0, 10);
  const ordersByStatus = Object.fromEntries(Object.values(OrderStatus).map((s) => [s, 0])) as Record<
    OrderStatus,
    number
  >;
  let cost = 0n;
  let count = 0;
  for (const row of orders) {
    if (row.day < fromDay) continue;
    ordersByStatus[row.status as OrderStatus] += row.orders;
    count += row.orders;
    cost += row.cost;
  }
  const charges = -sumLedger(ledger, fromDay, LedgerType.ORDER_CHARGE);
  const refunds = sumLedger(ledger, fromDay, LedgerType.REFUND);
  const revenue = charges - refunds;
  return {
    key: period.key,
    from,
    revenue,
    charges,
    refunds,
    cost,
    profit: revenue - cost,
    orders: count,
    ordersByStatus,
    newUsers,
    deposits: sumLedger(ledger, fromDay, LedgerType.DEPOSIT),
  };
}

export async function getDashboard(now = new Date(), tx: Tx = db): Promise<Dashboard> {
  const live = liveFrom(now);
  const [rollups, liveLedger, liveOrders, newUsers, customers, admins] = await Promise.all([
    readRollups(now, DASHBOARD_DAYS, tx),
    ledgerByDay(live, undefined, tx),
    ordersByDay(live, undefined, tx),
    // New customers: admins the owner adds are not sign-ups.
    Promise.all(
      PERIODS.map((p) =>
        tx.user.count({ where: { role: Role.CUSTOMER, createdAt: { gte: periodStart(now, p.days) } } }),
      ),
    ),
    tx.user.count({ where: { role: Role.CUSTOMER } }),
    tx.user.count({ where: { role: { in: ADMIN_ROLES } } }),
  ]);
  const ledger = [...rollups.ledger, ...liveLedger];
  const orders = [...rollups.orders, ...liveOrders];
  const periods = PERIODS.map((p, i) => periodStats(p, now, ledger, orders, newUsers[i]));

  const revenueByDay = new Map<string, bigint>();
  for (const r of ledger) {
    if (r.type === LedgerType.ORDER_CHARGE || r.type === LedgerType.REFUND)
      revenueByDay.set(r.day, (revenueByDay.get(r.day) ?? 0n) - r.total);
  }
  const ordersPerDay = new Map<string, number>();
  for (const r of orders) ordersPerDay.set(r.day, (ordersPerDay.get(r.day) ?? 0) + r.orders);
  const series = dayKeys(now, DASHBOARD_DAYS).map((day) => ({
    day,
    revenue: revenueByDay.get(day) ?? 0n,
    orders: ordersPerDay.get(day) ?? 0,
  }));

  return { periods, series, customers, admins, ordersAsOf: rollups.ordersAsOf };
}
