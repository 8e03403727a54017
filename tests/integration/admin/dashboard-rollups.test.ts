// The dashboard reads closed days from their rollups (lib/dashboard/rollups.ts) and today live:
// its figures equal a full live computation from the orders and the ledger after orders are
// placed, refunded and finished across several days, once the rollup job has run; the job rolls
// again exactly the days whose orders changed. The balance check is stored by its job, under
// the job's lease, and the dashboard shows that stored result with its time.
import { beforeAll, describe, expect, it } from "vitest";
import { db, LedgerType, OrderStatus } from "@/lib/db";
import { getDashboard, type Dashboard } from "@/lib/dashboard/get-dashboard";
import { dashboardJobs } from "@/lib/dashboard/jobs";
import { getNeedsAttention } from "@/lib/dashboard/needs-attention";
import { PERIODS, periodStart } from "@/lib/dashboard/periods";
import { refreshRollups } from "@/lib/dashboard/rollups";
import { acquireLease, releaseLease } from "@/lib/jobs/lease";
import { runJobOnce } from "@/lib/jobs/scheduler";
import { finalizeOrder } from "@/lib/orders/finalize-order";
import { providerCost } from "@/lib/orders/profit";
import { daysAgo, deposit, makeOrder, makeProvider, makeService, makeUser } from "./support";

const now = new Date();
now.setUTCHours(12, 0, 0, 0);
const at = (days: number) => daysAgo(days, now);
const dayOf = (date: Date) => date.toISOString().slice(0, 10);

/** The windows' figures computed from every order and ledger row, without the dashboard's SQL or rollups. */
async function liveFigures() {
  const [orders, ledger] = await Promise.all([db.order.findMany(), db.ledgerEntry.findMany()]);
  return PERIODS.map((p) => {
    const from = periodStart(now, p.days);
    const inWindow = orders.filter((o) => o.createdAt >= from);
    const sum = (type: LedgerType) =>
      ledger.filter((e) => e.type === type && e.createdAt >= from).reduce((s, e) => s + e.amount, 0n);
    const byStatus = Object.fromEntries(
      Object.values(OrderStatus).map((s) => [s, inWindow.filter((o) => o.status === s).length]),
    );
    const revenue = -sum(LedgerType.ORDER_CHARGE) - sum(LedgerType.REFUND);
    const cost = inWindow.reduce((s, o) => s + providerCost(o), 0n);
    return {
      key: p.key,
      revenue,
      refunds: sum(LedgerType.REFUND),
      deposits: sum(LedgerType.DEPOSIT),
      cost,
      profit: revenue - cost,
      orders: inWindow.length,
      byStatus,
    };
  });
}

const shown = (d: Dashboard) =>
  d.periods.map((p) => ({
    key: p.key,
    revenue: p.revenue,
    refunds: p.refunds,
    deposits: p.deposits,
    cost: p.cost,
    profit: p.profit,
    orders: p.orders,
    byStatus: p.ordersByStatus,
  }));

let ids: Record<string, number> = {};

beforeAll(async () => {
  const provider = await makeProvider({ balance: 50_000_000n });
  const service = await makeService(provider.id, { rate: 1_000n, cost: 600n });
  const user = await makeUser({ createdAt: at(60) });
  const base = { serviceId: service.id, providerId: provider.id, userId: user.id };
  await deposit(user.id, 1_000_000n, at(25));
  await deposit(user.id, 30_000n, at(4));
  const day1 = await makeOrder({
    ...base,
    charge: 1_000n,
    cost: 600n,
    status: OrderStatus.IN_PROGRESS,
    at: at(1),
  });
  const day2 = await makeOrder({
    ...base,
    charge: 2_000n,
    cost: 1_300n,
    status: OrderStatus.IN_PROGRESS,
    at: at(2),
  });
  const day5 = await makeOrder({
    ...base,
    charge: 4_000n,
    cost: 2_400n,
    status: OrderStatus.PROCESSING,
    at: at(5),
  });
  await makeOrder({ ...base, charge: 800n, cost: 500n, status: OrderStatus.COMPLETED, at: at(10) });
  await makeOrder({
    ...base,
    charge: 700n,
    cost: 300n,
    status: OrderStatus.CANCELED,
    refund: 700n,
    at: at(12),
    refundAt: at(11),
  });
  await makeOrder({ ...base, charge: 900n, cost: 450n, status: OrderStatus.PENDING, at: at(0) });
  await makeOrder({ ...base, charge: 5_000n, cost: 3_000n, status: OrderStatus.COMPLETED, at: at(31) }); // outside every window
  const day8 = await makeOrder({ ...base, charge: 600n, cost: 350n, status: OrderStatus.PENDING, at: at(8) });
  ids = { day1: day1.id, day2: day2.id, day5: day5.id, day8: day8.id };
});

describe("dashboard rollups", () => {
  it("fills the closed days on demand: a fresh panel's dashboard equals the live computation at once", async () => {
    expect(await db.dashboardDay.count()).toBe(0);
    const dashboard = await getDashboard(now);
    expect(shown(dashboard)).toEqual(await liveFigures());
    // 29 closed days in the 30-day window (today is live), with when their figures were current.
    expect(await db.dashboardDay.count()).toBe(29);
    expect(dashboard.ordersAsOf).toBeInstanceOf(Date);
    expect(dashboard.series.find((p) => p.day === dayOf(at(5)))).toEqual({
      day: dayOf(at(5)),
      revenue: 4_000n,
      orders: 1,
    });
  });

  it("re-rolls exactly the days whose orders changed; until then only their order figures lag, money stays live", async () => {
    const before = shown(await getDashboard(now));
    // Orders of three earlier days end today: one completes, one is partial (a quarter refunded), one is canceled.
    await finalizeOrder(ids.day2, { status: OrderStatus.COMPLETED });
    await finalizeOrder(ids.day5, { status: OrderStatus.PARTIAL, remains: 250 }); // 1,000 refunded today
    await finalizeOrder(ids.day1, { status: OrderStatus.CANCELED }); // 1,000 refunded today
    const live = await liveFigures();

    const lagging = shown(await getDashboard(now));
    // Refunds happen today: revenue and refunds are live everywhere...
    expect(lagging.map((p) => [p.revenue, p.refunds])).toEqual(live.map((p) => [p.revenue, p.refunds]));
    // ...while the earlier days' statuses and costs are still those of the last roll.
    expect(lagging.map((p) => [p.byStatus, p.cost])).toEqual(before.map((p) => [p.byStatus, p.cost]));

    const { rolled } = await refreshRollups(now);
    expect(rolled).toEqual([dayOf(at(5)), dayOf(at(2)), dayOf(at(1))].sort());
    expect(shown(await getDashboard(now))).toEqual(live);
    const thirty = (await getDashboard(now)).periods[2];
    expect(thirty.ordersByStatus).toEqual({
      COMPLETED: 2,
      PARTIAL: 1,
      CANCELED: 2,
      PENDING: 2,
      IN_PROGRESS: 0,
      PROCESSING: 0,
    });
  });

  it("rolls a day again when an order of it moves on later, and leaves the days whose figures cannot have changed", async () => {
    // The status sync polls an active order and finds it unchanged: no figure moves.
    await db.order.update({ where: { id: ids.day8 }, data: { statusCheckedAt: new Date() } });
    // An admin marks a completed order partial (final to final: completedAt is stamped again).
    await finalizeOrder(
      ids.day2,
      { status: OrderStatus.PARTIAL, remains: 500 },
      { from: [OrderStatus.COMPLETED] },
    );
    let { rolled } = await refreshRollups(now);
    expect(rolled).toContain(dayOf(at(2)));
    expect(rolled).not.toContain(dayOf(at(8)));
    expect(rolled).not.toContain(dayOf(at(10)));
    expect(shown(await getDashboard(now))).toEqual(await liveFigures());

    // An active order moves between active statuses: its day is rolled again.
    await db.order.update({ where: { id: ids.day8 }, data: { status: OrderStatus.IN_PROGRESS } });
    ({ rolled } = await refreshRollups(now));
    expect(rolled).toContain(dayOf(at(8)));
    expect(rolled).not.toContain(dayOf(at(10)));
    expect(shown(await getDashboard(now))).toEqual(await liveFigures());
  });

  it("runs the rollup job under its lease: not while another instance holds it", async () => {
    const job = dashboardJobs.find((j) => j.name === "dashboard.rollups")!;
    await db.dashboardDay.deleteMany();
    expect(await acquireLease(`job:${job.name}`, 60_000, "other-instance")).toBe(true);
    expect(await runJobOnce(job, 60_000)).toBe(false);
    expect(await db.dashboardDay.count()).toBe(0);
    await releaseLease(`job:${job.name}`, "other-instance");
    expect(await runJobOnce(job, 60_000)).toBe(true);
    expect(await db.dashboardDay.count()).toBeGreaterThan(0);
  });
});

describe("ledger check", () => {
  it("shows the stored result and its time; the job (under its lease) checks again", async () => {
    const first = await getNeedsAttention(now);
    expect(first.ledgerDifferences).toBe(0);
    const stored = await db.ledgerCheck.findUniqueOrThrow({ where: { id: 1 } });
    expect(first.ledgerCheckedAt).toEqual(stored.checkedAt);

    const someone = await db.user.findFirstOrThrow({ where: { balance: { gt: 0n } } });
    await db.user.update({ where: { id: someone.id }, data: { balance: { increment: 1n } } });
    // The dashboard does not scan the ledger: it still shows the last check, with that check's time.
    expect(await getNeedsAttention(now)).toMatchObject({
      ledgerDifferences: 0,
      ledgerCheckedAt: stored.checkedAt,
    });

    const job = dashboardJobs.find((j) => j.name === "ledger.check")!;
    expect(await acquireLease(`job:${job.name}`, 60_000, "other-instance")).toBe(true);
    expect(await runJobOnce(job, 60_000)).toBe(false);
    expect((await getNeedsAttention(now)).ledgerDifferences).toBe(0);
    await releaseLease(`job:${job.name}`, "other-instance");
    expect(await runJobOnce(job, 60_000)).toBe(true);
    const second = await getNeedsAttention(now);
    expect(second.ledgerDifferences).toBe(1);
    expect(second.ledgerCheckedAt.getTime()).toBeGreaterThanOrEqual(stored.checkedAt.getTime());
  });
});
