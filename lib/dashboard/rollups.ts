// Rollups of closed UTC days, so the dashboard scans only today live at any panel size.
//
// A day closes CLOSE_MARGIN_MS after its midnight (a transaction stamped 23:59:59 may commit a
// moment later). Its ledger totals never change after that: refunds and deposits are stamped
// when they happen, so they land on today. Its orders do change (statuses, delivered share,
// hence provider cost), so `refreshRollups` (the dashboard.rollups job, every ROLLUP_INTERVAL_MS)
// rolls again every day whose orders changed since its figures were last known current: found
// by an index-only count of the active orders per day and status, and by Order.completedAt (no
// index on updatedAt, which the status sync touches on every poll). Days the dashboard needs and
// nobody rolled yet (a fresh panel, jobs off) are rolled on demand by `readRollups`.
//
// Freshness: ledger figures (revenue, refunds, deposits) of every day and everything of today
// are exact; earlier days' orders by status and their cost (hence profit) are as of `currentAt`,
// at most one job interval old. No trigger and no counter row: placing an order writes nothing here.
import { db, isUniqueViolation, type Tx } from "../db";
import { DASHBOARD_DAYS, dayKeys, periodStart } from "./periods";
import { ACTIVE_ORDER_STATUSES } from "../orders/status-names";
import {
  activeOrdersByDay,
  endedOrderDays,
  ledgerByDay,
  ordersByDay,
  type LedgerDayRow,
  type OrderDayRow,
} from "./sql";

const DAY_MS = 86_400_000;
/** How long after midnight a day counts as closed. */
export const CLOSE_MARGIN_MS = 10 * 60_000;
/** How long an order's end may take to commit after its completedAt stamp and still be seen. */
const COMMIT_MARGIN_MS = 2 * 60_000;
export const ROLLUP_INTERVAL_MS = 2 * 60_000;

/** Midnight UTC of the first day that is not closed yet: the dashboard scans from here live. */
export function liveFrom(now: Date): Date {
  return periodStart(new Date(now.getTime() - CLOSE_MARGIN_MS), 1);
}

const dayStart = (day: string) => new Date(`${day}T00:00:00.000Z`);
const nextDay = (day: string) => new Date(dayStart(day).getTime() + DAY_MS);

/** The closed days among the `days` UTC days ending today, oldest first. */
function closedDays(now: Date, days: number): string[] {
  const live = liveFrom(now).toISOString().slice(0, 10);
  return dayKeys(now, days).filter((d) => d < live);
}

/** Runs of consecutive days, so each run is one range scan. */
function runsOf(days: string[]): string[][] {
  const runs: string[][] = [];
  for (const day of [...days].sort()) {
    const last = runs.at(-1);
    if (last && nextDay(last.at(-1)!).getTime() === dayStart(day).getTime()) last.push(day);
    else runs.push([day]);
  }
  return runs;
}

/** Computes the figures of `days` (closed days) from the ledger and the orders and stores them. */
export async function rollDays(days: string[], client = db): Promise<void> {
  if (days.length === 0) return;
  const currentAt = new Date(); // taken before reading: a change after this is found next time
  const ledger: LedgerDayRow[] = [];
  const orders: OrderDayRow[] = [];
  for (const run of runsOf(days)) {
    const [from, to] = [dayStart(run[0]), nextDay(run.at(-1)!)];
    ledger.push(...(await ledgerByDay(from, to, client)));
    orders.push(...(await ordersByDay(from, to, client)));
  }
  const figures = [
    ...ledger.map((r) => ({ day: r.day, kind: "ledger", key: r.type, count: 0, amount: r.total })),
    ...orders.map((r) => ({ day: r.day, kind: "orders", key: r.status, count: r.orders, amount: r.cost })),
  ];
  try {
    await client.$transaction(async (tx) => {
      await tx.dashboardDayFigure.deleteMany({ where: { day: { in: days } } });
      await tx.dashboardDayFigure.createMany({ data: figures });
      await tx.dashboardDay.deleteMany({ where: { day: { in: days } } });
      await tx.dashboardDay.createMany({ data: days.map((day) => ({ day, currentAt })) });
    });
  } catch (error) {
    // Another instance (or the job) rolled the same days at the same moment: its figures stand.
    if (!isUniqueViolation(error)) throw error;
  }
}

export type RefreshResult = { rolled: string[] };

/** A day's active orders per status, as a comparable text. */
function activeCounts(rows: { day: string; status: string; orders: number }[]): Map<string, string> {
  const byDay = new Map<string, string[]>();
  for (const r of rows)
    if (r.orders > 0) byDay.set(r.day, [...(byDay.get(r.day) ?? []), `${r.status}:${r.orders}`]);
  return new Map([...byDay].map(([day, parts]) => [day, parts.sort().join(",")]));
}

/**
 * The job: rolls again the closed days of the dashboard's window that have no rollup yet or
 * whose orders changed since their figures were current, marks the rest current, and drops
 * days that left the window. A day's order figures change only when an order of it moves
 * between statuses: from an active one (its active counts differ from the stored ones; orders
 * swapping between two active statuses leave every figure as it was) or from a final one to
 * another (an admin marking a completed order partial: completedAt is stamped again).
 */
export async function refreshRollups(
  now = new Date(),
  windowDays = DASHBOARD_DAYS,
  client = db,
): Promise<RefreshResult> {
  const checkedAt = new Date();
  const days = closedDays(now, windowDays);
  if (days.length === 0) return { rolled: [] };
  const [from, to] = [dayStart(days[0]), nextDay(days.at(-1)!)];
  const known = await client.dashboardDay.findMany({ where: { day: { in: days } } });
  const oldest = known.reduce((min, d) => (d.currentAt < min ? d.currentAt : min), checkedAt);
  const [stored, live, ended] = await Promise.all([
    client.dashboardDayFigure.findMany({
      where: { day: { in: days }, kind: "orders", key: { in: [...ACTIVE_ORDER_STATUSES] } },
    }),
    activeOrdersByDay(from, to, client),
    endedOrderDays(new Date(oldest.getTime() - COMMIT_MARGIN_MS), from, to, client),
  ]);
  const [was, is] = [
    activeCounts(stored.map((f) => ({ day: f.day, status: f.key, orders: f.count }))),
    activeCounts(live),
  ];
  const current = new Set(known.map((d) => d.day));
  const stale = days.filter((d) => !current.has(d) || was.get(d) !== is.get(d) || ended.includes(d));
  await rollDays(stale, client);
  await client.dashboardDay.updateMany({
    where: { day: { in: days.filter((d) => !stale.includes(d)) } },
    data: { currentAt: checkedAt },
  });
  await client.dashboardDayFigure.deleteMany({ where: { day: { lt: days[0] } } });
  await client.dashboardDay.deleteMany({ where: { day: { lt: days[0] } } });
  return { rolled: stale };
}

export type Rollups = {
  ledger: LedgerDayRow[];
  orders: OrderDayRow[];
  /** Earlier days' order figures are current as of this moment (null: no closed day in the window). */
  ordersAsOf: Date | null;
};

/** The stored figures of the closed days among the `days` days ending today; missing days are rolled first. */
export async function readRollups(now: Date, days: number, tx: Tx = db): Promise<Rollups> {
  const closed = closedDays(now, days);
  if (closed.length === 0) return { ledger: [], orders: [], ordersAsOf: null };
  const range = { gte: closed[0], lte: closed.at(-1)! };
  let known = await tx.dashboardDay.findMany({ where: { day: range } });
  if (known.length < closed.length) {
    const have = new Set(known.map((d) => d.day));
    await rollDays(closed.filter((d) => !have.has(d)));
    known = await tx.dashboardDay.findMany({ where: { day: range } });
  }
  const figures = await tx.dashboardDayFigure.findMany({ where: { day: range } });
  return {
    ledger: figures
      .filter((f) => f.kind === "ledger")
      .map((f) => ({ day: f.day, type: f.key, total: f.amount })),
    orders: figures
      .filter((f) => f.kind === "orders")
      .map((f) => ({ day: f.day, status: f.key, orders: f.count, cost: f.amount })),
    ordersAsOf: known.reduce<Date | null>(
      (min, d) => (min === null || d.currentAt < min ? d.currentAt : min),
      null,
    ),
  };
}
