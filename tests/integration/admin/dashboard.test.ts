// Dashboard figures on a seeded panel: revenue from the ledger (refunds counted when they
// happen), provider cost of what was delivered (partials and cancels), windows in UTC days.
import { beforeAll, describe, expect, it } from "vitest";
import { db, DispatchState, OrderStatus, Role, TicketKind } from "@/lib/db";
import { getDashboard } from "@/lib/dashboard/get-dashboard";
import { navBadges } from "@/lib/dashboard/admin-queues";
import { checkLedger } from "@/lib/dashboard/ledger-check";
import { getNeedsAttention, type NeedsAttention } from "@/lib/dashboard/needs-attention";
import { providerCost } from "@/lib/orders/profit";
import { periodStart } from "@/lib/dashboard/periods";
import { updateSettings } from "@/lib/settings/settings";
import { daysAgo, deposit, makeOrder, makeProvider, makeService, makeUser } from "./support";

// Midday UTC keeps "3 days ago" inside the 7-day window whatever the clock says.
const now = new Date();
now.setUTCHours(12, 0, 0, 0);
const at = (days: number) => daysAgo(days, now);

beforeAll(async () => {
  const provider = await makeProvider({ balance: 50_000_000n });
  const service = await makeService(provider.id, { rate: 1_000n, cost: 600n });
  const a = await makeUser({ createdAt: at(40) });
  const b = await makeUser({ createdAt: at(3) });
  await makeUser({ createdAt: at(0) });
  await makeUser({ role: Role.ADMIN, createdAt: at(0) }); // an admin the owner added: not a new user
  const base = { serviceId: service.id, providerId: provider.id };

  await deposit(a.id, 100_000n, at(40));
  await deposit(a.id, 5_000n, at(20));
  await deposit(b.id, 20_000n, at(0));
  // Today: a completed order and a partial one (250 of 1000 not delivered: a quarter back).
  await makeOrder({
    ...base,
    userId: b.id,
    charge: 1_000n,
    cost: 600n,
    status: OrderStatus.COMPLETED,
    at: at(0),
  });
  await makeOrder({
    ...base,
    userId: b.id,
    charge: 2_000n,
    cost: 1_200n,
    status: OrderStatus.PARTIAL,
    remains: 250,
    refund: 500n,
    at: at(0),
  });
  // Three days ago, canceled and refunded today.
  await makeOrder({
    ...base,
    userId: a.id,
    charge: 500n,
    cost: 300n,
    status: OrderStatus.CANCELED,
    refund: 500n,
    at: at(3),
    refundAt: at(0),
  });
  // Twenty days ago, still queued (stuck); forty days ago, outside every window, one in review.
  await makeOrder({
    ...base,
    userId: a.id,
    charge: 4_000n,
    cost: 2_500n,
    dispatchState: DispatchState.QUEUED,
    at: at(20),
  });
  await makeOrder({
    ...base,
    userId: a.id,
    charge: 7_000n,
    cost: 5_000n,
    status: OrderStatus.COMPLETED,
    at: at(40),
  });
  await makeOrder({
    ...base,
    userId: a.id,
    charge: 300n,
    cost: 100n,
    dispatchState: DispatchState.REVIEW,
    at: at(40),
  });
});

describe("dashboard figures", () => {
  it("adds up revenue, cost, profit, orders, new users and deposits per window", async () => {
    const { periods } = await getDashboard(now);
    const pick = (key: string) => {
      const p = periods.find((x) => x.key === key)!;
      return {
        revenue: p.revenue,
        charges: p.charges,
        refunds: p.refunds,
        cost: p.cost,
        profit: p.profit,
        orders: p.orders,
        newUsers: p.newUsers,
        deposits: p.deposits,
      };
    };
    expect(pick("today")).toEqual({
      revenue: 2_000n,
      charges: 3_000n,
      refunds: 1_000n,
      cost: 1_500n,
      profit: 500n,
      orders: 2,
      newUsers: 1,
      deposits: 20_000n,
    });
    expect(pick("7d")).toEqual({
      revenue: 2_500n,
      charges: 3_500n,
      refunds: 1_000n,
      cost: 1_500n,
      profit: 1_000n,
      orders: 3,
      newUsers: 2,
      deposits: 20_000n,
    });
    expect(pick("30d")).toEqual({
      revenue: 6_500n,
      charges: 7_500n,
      refunds: 1_000n,
      cost: 4_000n,
      profit: 2_500n,
      orders: 4,
      newUsers: 2,
      deposits: 25_000n,
    });
    expect(periods.find((p) => p.key === "30d")!.ordersByStatus).toEqual({
      PENDING: 1,
      IN_PROGRESS: 0,
      PROCESSING: 0,
      COMPLETED: 1,
      PARTIAL: 1,
      CANCELED: 1,
    });
    expect(periods[0].from).toEqual(periodStart(now, 1));
  });

  it("sums the same provider cost per order as the order page shows (one profit rule)", async () => {
    const { periods } = await getDashboard(now);
    const orders = await db.order.findMany({ where: { createdAt: { gte: periods[2].from } } });
    expect(orders.map((o) => o.status)).toContain(OrderStatus.PARTIAL);
    expect(orders.reduce((sum, o) => sum + providerCost(o), 0n)).toBe(periods[2].cost);
  });

  it("gives a zero-filled 30-day series whose revenue sums to the 30-day revenue", async () => {
    const { series, periods } = await getDashboard(now);
    expect(series).toHaveLength(30);
    expect(series[29].day).toBe(now.toISOString().slice(0, 10));
    const byDay = Object.fromEntries(
      series.filter((p) => p.orders > 0 || p.revenue !== 0n).map((p) => [p.day, [p.revenue, p.orders]]),
    );
    expect(byDay).toEqual({
      [at(20).toISOString().slice(0, 10)]: [4_000n, 1],
      [at(3).toISOString().slice(0, 10)]: [500n, 1],
      [at(0).toISOString().slice(0, 10)]: [2_000n, 2],
    });
    expect(series.reduce((sum, p) => sum + p.revenue, 0n)).toBe(periods[2].revenue);
  });
});

const queueCounts = (data: NeedsAttention) => Object.fromEntries(data.queues.map((q) => [q.key, q.count]));

describe("needs attention", () => {
  it("counts review and stuck orders, provider alerts, services below cost and ledger differences", async () => {
    const low = await makeProvider({ name: "Low one", balance: 500_000n }); // 5.00 < default threshold 10
    await makeProvider({ name: "Own threshold", balance: 500_000n, lowBalanceThreshold: 100_000n }); // fine: 5 > 1
    await makeProvider({ name: "Broken", balance: 90_000_000n, lastError: "balance: HTTP 500" });
    await makeService(low.id, { rate: 500n, cost: 600n }); // below cost
    await makeService(low.id, { rate: 500n, cost: 600n, allowBelowCost: true });
    await makeService(low.id, { rate: 500n, cost: 600n, enabled: false }); // held back below cost: still flagged

    const first = await getNeedsAttention(now);
    expect(queueCounts(first)).toEqual({ payments: 0, transfers: 0, review: 1, stuck: 1, tickets: 0 });
    expect(first).toMatchObject({ stuckMinutes: 30, servicesBelowCost: 2, ledgerDifferences: 0 });
    expect(first.providers).toEqual([
      { id: low.id, name: "Low one", reason: "lowBalance" },
      { id: expect.any(Number), name: "Broken", reason: "checkFailing", error: "balance: HTTP 500" },
    ]);

    const someone = await db.user.findFirstOrThrow({ where: { balance: { gt: 0n } } });
    await db.user.update({ where: { id: someone.id }, data: { balance: { increment: 1n } } });
    // The queued order now waited 10 minutes: not stuck at 30, stuck at 5.
    await db.order.updateMany({
      where: { dispatchState: DispatchState.QUEUED },
      data: { createdAt: new Date(now.getTime() - 10 * 60_000) },
    });
    await updateSettings({ lowBalanceThreshold: "" });
    await checkLedger(); // the ledger.check job; the dashboard shows its stored result
    const second = await getNeedsAttention(now);
    expect(queueCounts(second).stuck).toBe(0);
    expect(second).toMatchObject({ ledgerDifferences: 1 });
    expect(second.providers.map((p) => p.name)).toEqual(["Broken"]);
    await updateSettings({ stuckOrderMinutes: 5 });
    const third = await getNeedsAttention(now);
    expect(queueCounts(third).stuck).toBe(1);
    expect(third.stuckMinutes).toBe(5);
  });

  it("counts a payment request waiting for approval and an unread ticket, and badges the menu items of every queue", async () => {
    const customer = await makeUser();
    await db.paymentRequest.create({
      data: { userId: customer.id, amount: 10_000n, method: "Bank transfer", reference: "TX-1" },
    });
    await db.ticket.create({
      data: { userId: customer.id, subject: "Where is my order?", kind: TicketKind.ORDER },
    });
    await db.ticket.create({
      data: { userId: customer.id, subject: "Read already", kind: TicketKind.ORDER, staffUnread: false },
    });
    const data = await getNeedsAttention(now);
    expect(queueCounts(data)).toMatchObject({ payments: 1, tickets: 1 });
    expect(navBadges(data.queues)).toEqual({ "/admin/payments": 1, "/admin/orders": 2, "/admin/tickets": 1 });
  });
});
