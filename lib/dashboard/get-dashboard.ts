// The figures an owner reads every morning, per window: revenue (charges minus refunds, from
// the ledger), provider cost, profit, orders by status, new users and deposits; plus a 30-day
// series. Only indexed aggregates: no order is loaded into memory.
import { db, LedgerType, OrderStatus, Role, type Tx } from "../db";
import { dayKeys, PERIODS, periodStart, type PeriodKey } from "./periods";
import { ordersPerDay, providerCostSince, revenuePerDay } from "./sql";

export type PeriodStats = {
  key: PeriodKey;
  label: string;
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

export type Dashboard = { periods: PeriodStats[]; series: DayPoint[]; customers: number; admins: number };

async function ledgerSum(type: LedgerType, from: Date, tx: Tx): Promise<bigint> {
  const result = await tx.ledgerEntry.aggregate({ where: { type, createdAt: { gte: from } }, _sum: { amount: true } });
  return result._sum.amount ?? 0n;
}

async function periodStats(period: (typeof PERIODS)[number], now: Date, tx: Tx): Promise<PeriodStats> {
  const from = periodStart(now, period.days);
  const [charged, refunded, deposits, cost, byStatus, newUsers] = await Promise.all([
    ledgerSum(LedgerType.ORDER_CHARGE, from, tx),
    ledgerSum(LedgerType.REFUND, from, tx),
    ledgerSum(LedgerType.DEPOSIT, from, tx),
    providerCostSince(from, tx),
    tx.order.groupBy({ by: ["status"], where: { createdAt: { gte: from } }, _count: { _all: true } }),
    tx.user.count({ where: { createdAt: { gte: from } } }),
  ]);
  const ordersByStatus = Object.fromEntries(Object.values(OrderStatus).map((s) => [s, 0])) as Record<OrderStatus, number>;
  for (const row of byStatus) ordersByStatus[row.status] = row._count._all;
  const charges = -charged;
  const revenue = charges - refunded;
  return {
    key: period.key,
    label: period.label,
    from,
    revenue,
    charges,
    refunds: refunded,
    cost,
    profit: revenue - cost,
    orders: Object.values(ordersByStatus).reduce((a, b) => a + b, 0),
    ordersByStatus,
    newUsers,
    deposits,
  };
}

/** Revenue and orders per UTC day for the last `days` days, zero-filled, oldest first. */
export async function getDailySeries(now = new Date(), days = 30, tx: Tx = db): Promise<DayPoint[]> {
  const from = periodStart(now, days);
  const [orders, revenue] = await Promise.all([ordersPerDay(from, tx), revenuePerDay(from, tx)]);
  const ordersByDay = new Map(orders.map((r) => [r.day, Number(r.value)]));
  const revenueByDay = new Map(revenue.map((r) => [r.day, r.value]));
  return dayKeys(now, days).map((day) => ({ day, revenue: revenueByDay.get(day) ?? 0n, orders: ordersByDay.get(day) ?? 0 }));
}

export async function getDashboard(now = new Date(), tx: Tx = db): Promise<Dashboard> {
  const [periods, series, customers, admins] = await Promise.all([
    Promise.all(PERIODS.map((p) => periodStats(p, now, tx))),
    getDailySeries(now, 30, tx),
    tx.user.count({ where: { role: Role.CUSTOMER } }),
    tx.user.count({ where: { role: Role.ADMIN } }),
  ]);
  return { periods, series, customers, admins };
}
