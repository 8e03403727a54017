// Orders end to end against the simulator over real HTTP: placing (per type, errors, requestId),
// dispatch outcomes, status sync with refunds, cancel, refill, mass orders and admin actions.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db, DispatchState, LedgerType, OrderStatus, RefillStatus } from "@/lib/db";
import { flushExchangeLog } from "@/lib/providers/connect";
import { startSimulator, type SimulatorHandle } from "@/lib/providers/simulator";
import {
  attachProviderOrderId,
  cancelAndRefund,
  markCompleted,
  resendOrder,
  setPartial,
} from "@/lib/orders/admin-actions";
import { requestCancel } from "@/lib/orders/cancel";
import { dispatchDueOrders, dispatchOrder, waitForDispatches } from "@/lib/orders/dispatch";
import { getOrderStatuses } from "@/lib/orders/order-status";
import { placeMassOrder } from "@/lib/orders/place-mass-order";
import { placeOrder } from "@/lib/orders/place-order";
import { getRefillStatuses, requestRefill } from "@/lib/orders/refill";
import { syncRefills } from "@/lib/orders/sync-refills";
import { syncStatuses } from "@/lib/orders/sync-statuses";
import { checkMoneyInvariants, customerWith, LINK, seedCatalog, useFastSqlite } from "./support";

const TIMINGS = { pendingMs: 1_000, runMs: 10_000, cancelMs: 500, refillMs: 2_000 };
let sim: SimulatorHandle;
let svc: Map<number, number>;
let providerId: number;
const admin = { id: 0, ip: "10.0.0.1" };

const order = (id: number) => db.order.findUniqueOrThrow({ where: { id } });
const balance = async (userId: number) =>
  (await db.user.findUniqueOrThrow({ where: { id: userId } })).balance;
const later = (ms: number) => new Date(Date.now() + ms);

beforeAll(async () => {
  await useFastSqlite();
  sim = await startSimulator({
    seed: 11,
    clock: "manual",
    timings: TIMINGS,
    partialShare: 0,
    refillRejectShare: 0,
  });
  ({ serviceIds: svc, providerId } = await seedCatalog(sim));
  admin.id = (
    await db.user.create({ data: { email: "admin@test.dev", passwordHash: "x", role: "ADMIN" } })
  ).id;
});

afterAll(async () => {
  await waitForDispatches();
  await flushExchangeLog();
  await sim.close();
});

beforeEach(() => sim.clearFaults());

describe("placing", () => {
  it("charges, records the ledger and queues the order in one go, then sends it", async () => {
    const userId = await customerWith(1_000_000n);
    const placed = await placeOrder({
      userId,
      serviceId: svc.get(1)!,
      fields: { link: LINK, quantity: "1000" },
      source: "web",
    });
    expect(placed).toMatchObject({ charge: 90_000n, balanceAfter: 910_000n, duplicate: false });
    const ledger = await db.ledgerEntry.findMany({ where: { orderId: placed.orderId } });
    expect(ledger.map((e) => [e.type, e.amount, e.idempotencyKey])).toEqual([
      [LedgerType.ORDER_CHARGE, -90_000n, `order:${placed.orderId}:charge`],
    ]);
    await waitForDispatches();
    const row = await order(placed.orderId);
    expect(row).toMatchObject({
      status: OrderStatus.PENDING,
      dispatchState: DispatchState.SENT,
      quantity: 1000,
      cost: 90_000n,
    });
    expect(sim.order(row.providerOrderId!)).toMatchObject({ service: 1, quantity: 1000, link: LINK });
  });

  it("prices every type the way the provider does", async () => {
    const userId = await customerWith(100_000_000n);
    const cases: Array<[number, Record<string, unknown>]> = [
      [1, { link: LINK, quantity: 100, runs: 3, interval: 15 }],
      [5, { link: LINK }],
      [6, { link: LINK, comments: Array.from({ length: 12 }, (_, i) => `nice ${i}`).join("\n") }],
      [7, { link: LINK, comments: "a\nb" }],
      [8, { link: LINK, quantity: 100, usernames: "a,b", hashtags: "#x" }],
      [9, { link: LINK, usernames: Array.from({ length: 10 }, (_, i) => `user${i}`).join("\n") }],
      [10, { link: LINK, quantity: 100, hashtag: "travel" }],
      [11, { link: LINK, quantity: 100, username: "@someone" }],
      [12, { link: LINK, quantity: 100, media: "https://www.instagram.com/p/abc/" }],
      [13, { link: LINK, quantity: 20, username: "someone" }],
      [14, { link: LINK, username: "someone", comments: "r1\nr2\nr3\nr4\nr5" }],
      [15, { link: LINK, quantity: 100, answer_number: "2" }],
      [16, { link: LINK, quantity: 500, keywords: "best shoes" }],
      [17, { username: "someone", min: "50", max: "100", posts: "4", expiry: "31/12/2030" }],
    ];
    const ids: number[] = [];
    for (const [simService, fields] of cases) {
      ids.push(
        (
          await placeOrder(
            { userId, serviceId: svc.get(simService)!, fields, source: "web" },
            { dispatch: false },
          )
        ).orderId,
      );
    }
    const run = await dispatchDueOrders();
    expect(run.sent).toBeGreaterThanOrEqual(cases.length);
    for (const id of ids) {
      const row = await order(id);
      expect(row.dispatchState, `order ${id} ${row.lastError}`).toBe(DispatchState.SENT);
      const truth = sim.order(row.providerOrderId!)!;
      expect([row.quantity, row.charge]).toEqual([truth.quantity, truth.charge]);
    }
    await checkMoneyInvariants();
  });

  it("refuses bad input with the field's usual wording and charges nothing", async () => {
    const userId = await customerWith(50_000n);
    const place = (serviceId: number, fields: Record<string, unknown>) =>
      placeOrder({ userId, serviceId, fields, source: "api" }, { dispatch: false });
    await expect(place(999_999, { link: LINK, quantity: 100 })).rejects.toThrow("Incorrect service ID");
    await expect(place(svc.get(1)!, { link: LINK, quantity: 10 })).rejects.toThrow(
      "Quantity less than minimal 50",
    );
    await expect(place(svc.get(1)!, { link: LINK, quantity: 10_001 })).rejects.toThrow(
      "Quantity more than maximum 10000",
    );
    await expect(place(svc.get(1)!, { link: "javascript:alert(1)", quantity: 100 })).rejects.toThrow(
      "Bad link",
    );
    await expect(place(svc.get(4)!, { link: LINK, quantity: 100, runs: 2, interval: 5 })).rejects.toThrow(
      "Drip-feed is not available",
    );
    await expect(place(svc.get(1)!, { link: LINK, quantity: 1000 })).rejects.toThrow(
      "Not enough funds on balance",
    );
    await db.service.update({ where: { id: svc.get(2)! }, data: { enabled: false } });
    await expect(place(svc.get(2)!, { link: LINK, quantity: 100 })).rejects.toThrow("Incorrect service ID");
    await db.service.update({ where: { id: svc.get(2)! }, data: { enabled: true } });
    expect(await balance(userId)).toBe(50_000n);
    expect(await db.order.count({ where: { userId } })).toBe(0);
  });

  it("returns the first order for a repeated requestId, also when the repeats race", async () => {
    const userId = await customerWith(1_000_000n);
    const input = {
      userId,
      serviceId: svc.get(2)!,
      fields: { link: LINK, quantity: 1000 },
      source: "api" as const,
      requestId: "req-1",
    };
    const results = await Promise.all(
      Array.from({ length: 8 }, () => placeOrder(input, { dispatch: false })),
    );
    expect(new Set(results.map((r) => r.orderId)).size).toBe(1);
    expect(results.filter((r) => !r.duplicate)).toHaveLength(1);
    const again = await placeOrder(input, { dispatch: false });
    expect(again).toMatchObject({ orderId: results[0].orderId, duplicate: true, charge: 12_000n });
    expect(await balance(userId)).toBe(988_000n);
  });
});

describe("dispatch outcomes", () => {
  it("rejected: canceled with the reason and the whole charge back, once", async () => {
    const userId = await customerWith(1_000_000n);
    sim.setFault("add", "error", { text: "Incorrect link format", count: 1 });
    const { orderId } = await placeOrder(
      { userId, serviceId: svc.get(1)!, fields: { link: LINK, quantity: 100 }, source: "web" },
      { dispatch: false },
    );
    expect(await dispatchOrder(orderId)).toBe("rejected");
    expect(await dispatchOrder(orderId)).toBe("skipped");
    expect(await order(orderId)).toMatchObject({
      status: OrderStatus.CANCELED,
      dispatchState: DispatchState.CLOSED,
      refunded: 9_000n,
      lastError: "Incorrect link format",
    });
    expect(await balance(userId)).toBe(1_000_000n);
    await checkMoneyInvariants();
  });

  it("temporary: stays queued with backoff, the admin sees it on the provider, then goes through", async () => {
    const userId = await customerWith(1_000_000n);
    sim.setFault("add", "no_funds", { count: 1 });
    const { orderId } = await placeOrder(
      { userId, serviceId: svc.get(1)!, fields: { link: LINK, quantity: 100 }, source: "web" },
      { dispatch: false },
    );
    expect(await dispatchOrder(orderId)).toBe("temporary");
    const queued = await order(orderId);
    expect(queued).toMatchObject({
      dispatchState: DispatchState.QUEUED,
      status: OrderStatus.PENDING,
      refunded: 0n,
    });
    expect(queued.nextDispatchAt.getTime()).toBeGreaterThan(Date.now());
    expect((await db.provider.findUniqueOrThrow({ where: { id: providerId } })).lastError).toMatch(
      /Not enough funds/,
    );
    await dispatchDueOrders(); // not due yet
    expect((await order(orderId)).dispatchState).toBe(DispatchState.QUEUED);
    await dispatchDueOrders({ now: later(60_000) });
    expect(await order(orderId)).toMatchObject({ dispatchState: DispatchState.SENT, dispatchTries: 2 });
    expect((await db.provider.findUniqueOrThrow({ where: { id: providerId } })).lastError).toBeNull();
  });

  it("uncertain: goes to review and is never resent automatically; the admin resolves it", async () => {
    const userId = await customerWith(1_000_000n);
    const link = `${LINK}?review`;
    const place = async () =>
      (
        await placeOrder(
          { userId, serviceId: svc.get(1)!, fields: { link, quantity: 100 }, source: "web" },
          { dispatch: false },
        )
      ).orderId;
    const [a, b, c] = [await place(), await place(), await place()];
    sim.setFault("add", "accept_then_drop", { count: 3 });
    const atProvider = () => sim.orders().filter((o) => o.link === link);
    for (const id of [a, b, c]) expect(await dispatchOrder(id)).toBe("uncertain");
    expect(atProvider()).toHaveLength(3);
    await dispatchDueOrders({ now: later(3_600_000) });
    expect(atProvider()).toHaveLength(3);
    expect((await order(a)).dispatchState).toBe(DispatchState.REVIEW);

    // a: the provider has it -> attach its id; b: cancel and refund; c: resend.
    const simIds = atProvider().map((o) => String(o.id));
    await attachProviderOrderId(admin, a, simIds[0]);
    await expect(attachProviderOrderId(admin, b, simIds[0])).rejects.toThrow(/review queue|already has/);
    expect(await cancelAndRefund(admin, b)).toEqual({ refund: 9_000n });
    await expect(cancelAndRefund(admin, b)).rejects.toThrow(/changed meanwhile/);
    expect(await resendOrder(admin, c)).toEqual({ outcome: "sent" });
    expect(atProvider()).toHaveLength(4);
    await expect(resendOrder(admin, c)).rejects.toThrow(/already has it/);
    expect(await order(a)).toMatchObject({ dispatchState: DispatchState.SENT, providerOrderId: simIds[0] });
    expect(await order(b)).toMatchObject({
      status: OrderStatus.CANCELED,
      dispatchState: DispatchState.CLOSED,
      refunded: 9_000n,
    });
    // The customer's Transactions page reads the refund's note: words, not the audit action.
    expect(
      await db.ledgerEntry.findFirst({
        where: { orderId: b, type: LedgerType.REFUND },
        select: { note: true },
      }),
    ).toEqual({ note: "Canceled by the panel, charge refunded" });
    expect(
      await db.auditLog.count({ where: { targetType: "order", targetId: { in: [a, b, c].map(String) } } }),
    ).toBe(3);
    await checkMoneyInvariants();
  });
});

describe("status sync", () => {
  it("follows the provider and refunds Canceled and Partial exactly once", async () => {
    const local = await startSimulator({ seed: 3, clock: "manual", timings: TIMINGS, partialShare: 0.5 });
    try {
      const { serviceIds } = await seedCatalog(local, { name: "Partial sim" });
      const userId = await customerWith(100_000_000n);
      const ids: number[] = [];
      for (let i = 0; i < 30; i++) {
        ids.push(
          (
            await placeOrder(
              {
                userId,
                serviceId: serviceIds.get(1)!,
                fields: { link: `${LINK}${i}`, quantity: 100 + i * 37 },
                source: "web",
              },
              { dispatch: false },
            )
          ).orderId,
        );
      }
      await dispatchDueOrders();
      local.advance(2_000);
      await syncStatuses();
      expect((await order(ids[0])).status).toBe(OrderStatus.IN_PROGRESS);
      const canceled = await requestCancel(userId, ids.slice(0, 5));
      expect([...canceled.values()].filter((r) => !r.ok)).toEqual([]);
      local.advance(20_000);
      const first = await syncStatuses();
      const second = await syncStatuses();
      expect(second.refunds).toBe(0);
      expect(first.finalized).toBeGreaterThanOrEqual(30);
      for (const id of ids) {
        const row = await order(id);
        const truth = local.order(row.providerOrderId!)!;
        expect(row.status).toBe(truth.status.toUpperCase());
        expect(row.refunded).toBe(truth.refunded);
      }
      expect(
        ids.some((id) =>
          local.orders().find((o) => o.status === "Partial" && o.link === `${LINK}${ids.indexOf(id)}`),
        ),
        `one of orders ${ids.join(", ")} ends Partial at the provider`,
      ).toBe(true);
      // Final orders are no longer polled.
      const before = local.stats().requestsByAction.status ?? 0;
      await syncStatuses();
      expect(local.stats().requestsByAction.status ?? 0).toBe(before);
      await checkMoneyInvariants();
    } finally {
      await local.close();
    }
  });

  it("polls at most 100 ids per call", async () => {
    const userId = await customerWith(100_000_000n);
    for (let i = 0; i < 120; i++)
      await placeOrder(
        { userId, serviceId: svc.get(2)!, fields: { link: LINK, quantity: 10 }, source: "api" },
        { dispatch: false },
      );
    while ((await dispatchDueOrders({ limit: 500 })).sent > 0);
    const before = sim.stats().requestsByAction.status ?? 0;
    const run = await syncStatuses();
    const active = await db.order.count({
      where: { providerId, status: { in: ["PENDING", "IN_PROGRESS", "PROCESSING"] }, dispatchState: "SENT" },
    });
    expect(run.checked).toBe(active);
    expect((sim.stats().requestsByAction.status ?? 0) - before).toBe(Math.ceil(active / 100));
  });
});

describe("cancel, refill, statuses", () => {
  it("cancels a queued order at once with a refund, and refuses where not allowed", async () => {
    const userId = await customerWith(1_000_000n);
    const other = await customerWith(0n);
    const queued = (
      await placeOrder(
        { userId, serviceId: svc.get(1)!, fields: { link: LINK, quantity: 100 }, source: "web" },
        { dispatch: false },
      )
    ).orderId;
    const noCancel = (
      await placeOrder(
        { userId, serviceId: svc.get(2)!, fields: { link: LINK, quantity: 100 }, source: "web" },
        { dispatch: false },
      )
    ).orderId;
    const results = await requestCancel(userId, [queued, noCancel, 987_654]);
    expect(results.get(queued)).toEqual({ ok: true });
    expect(results.get(noCancel)).toEqual({ ok: false, error: "Cancel is not available for this service" });
    expect(results.get(987_654)).toEqual({ ok: false, error: "Incorrect order ID" });
    expect((await requestCancel(other, [noCancel])).get(noCancel)).toEqual({
      ok: false,
      error: "Incorrect order ID",
    });
    expect((await requestCancel(userId, [queued])).get(queued)).toMatchObject({ ok: false });
    expect(await order(queued)).toMatchObject({
      status: OrderStatus.CANCELED,
      refunded: 9_000n,
      dispatchState: DispatchState.CLOSED,
    });
    expect(await dispatchOrder(queued)).toBe("skipped");

    const statuses = await getOrderStatuses(userId, [queued, noCancel, 987_654]);
    expect(statuses.get(queued)).toMatchObject({ status: OrderStatus.CANCELED, charge: 9_000n });
    expect(statuses.get(987_654)).toBeNull();
    expect((await getOrderStatuses(other, [queued])).get(queued)).toBeNull();
    await checkMoneyInvariants();
  });

  it("refills a completed order once at a time, within the window, and syncs the refill", async () => {
    const userId = await customerWith(1_000_000n);
    const { orderId } = await placeOrder(
      { userId, serviceId: svc.get(1)!, fields: { link: LINK, quantity: 100 }, source: "web" },
      { dispatch: false },
    );
    const noRefill = (
      await placeOrder(
        { userId, serviceId: svc.get(2)!, fields: { link: LINK, quantity: 100 }, source: "web" },
        { dispatch: false },
      )
    ).orderId;
    await dispatchDueOrders();
    await expect(requestRefill(userId, orderId)).rejects.toThrow(
      "Refill is available only for completed orders",
    );
    sim.advance(20_000);
    await syncStatuses();
    expect((await order(orderId)).status).toBe(OrderStatus.COMPLETED);
    await expect(requestRefill(userId, noRefill)).rejects.toThrow("Refill is not available for this service");
    await expect(requestRefill(userId + 1_000, orderId)).rejects.toThrow("Incorrect order ID");

    const attempts = await Promise.allSettled([
      requestRefill(userId, orderId),
      requestRefill(userId, orderId),
      requestRefill(userId, orderId),
    ]);
    const made = attempts.filter((a) => a.status === "fulfilled");
    expect(made).toHaveLength(1);
    const { refillId } = (made[0] as PromiseFulfilledResult<{ refillId: number }>).value;
    expect(await getRefillStatuses(userId, [refillId])).toEqual(new Map([[refillId, RefillStatus.PENDING]]));
    sim.advance(5_000);
    await syncRefills();
    expect((await getRefillStatuses(userId, [refillId, 999])).get(refillId)).toBe(RefillStatus.COMPLETED);
    expect((await getRefillStatuses(userId, [999])).get(999)).toBeNull();
    await requestRefill(userId, orderId); // the first one ended: a new one is allowed

    await expect(requestRefill(userId, orderId, new Date(Date.now() + 31 * 86_400_000))).rejects.toThrow(
      /refill period of 30 days/,
    );
  });

  it("admin: set Partial refunds the remains share once; mark completed refunds nothing", async () => {
    const userId = await customerWith(1_000_000n);
    const place = async () =>
      (
        await placeOrder(
          { userId, serviceId: svc.get(1)!, fields: { link: LINK, quantity: 300 }, source: "web" },
          { dispatch: false },
        )
      ).orderId;
    const [a, b] = [await place(), await place()];
    expect(await setPartial(admin, a, 100)).toEqual({ refund: 9_000n }); // 27000 x 100 / 300
    await expect(setPartial(admin, a, 200)).rejects.toThrow(/changed meanwhile/);
    // Bad input is a rejected promise like every other refusal, not a synchronous throw.
    await expect(setPartial(admin, a, -1)).rejects.toThrow("Remains must be a whole number, 0 or more");
    await markCompleted(admin, b);
    expect(await setPartial(admin, b, 1_000)).toEqual({ refund: 27_000n }); // remains clamped to the quantity
    await expect(cancelAndRefund(admin, b)).rejects.toThrow(/changed meanwhile/);
    expect(await balance(userId)).toBe(1_000_000n - 54_000n + 36_000n);
    await checkMoneyInvariants();
  });
});

describe("mass orders", () => {
  it("places the valid lines, explains the bad ones, and refuses a batch the balance cannot cover", async () => {
    const userId = await customerWith(1_000_000n);
    const text = [
      `${svc.get(2)}|${LINK}|100`,
      "",
      `${svc.get(2)}|not a link|100`,
      `999999|${LINK}|100`,
      "garbage",
      `${svc.get(1)}|${LINK}|10`,
      `${svc.get(5)}|${LINK}`,
    ].join("\n");
    const results = await placeMassOrder(userId, text);
    expect(results.map((r) => [r.line, r.ok ? "ok" : r.error])).toEqual([
      [1, "ok"],
      [3, "Bad link"],
      [4, "Incorrect service ID"],
      [5, "Use service_id|link|quantity"],
      [6, "Quantity less than minimal 50"],
      [7, "ok"],
    ]);
    expect(await balance(userId)).toBe(1_000_000n - 1_200n - 150_000n);
    await waitForDispatches();
    const placed = results.filter((r) => r.ok);
    for (const r of placed) expect((await order(r.orderId)).source).toBe("mass");

    const poor = await customerWith(10_000n);
    await expect(
      placeMassOrder(poor, `${svc.get(2)}|${LINK}|50000\n${svc.get(2)}|${LINK}|100`),
    ).rejects.toThrow(/Not enough funds on balance.*Nothing was placed/);
    expect(await db.order.count({ where: { userId: poor } })).toBe(0);
    await expect(
      placeMassOrder(poor, Array.from({ length: 101 }, () => `${svc.get(2)}|${LINK}|100`).join("\n")),
    ).rejects.toThrow("Up to 100 lines");
  });
});
