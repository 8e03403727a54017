// The order views: tab counts, search by id or link, pagination, the live status poll, the
// admin filters and detail, refills and the transaction history — each scoped to its owner.
import { beforeAll, describe, expect, it } from "vitest";
import { db, DispatchState, LedgerType, OrderStatus, RefillStatus } from "@/lib/db";
import { adjustBalance } from "@/lib/ledger/adjust-balance";
import { changeBalance } from "@/lib/ledger/change-balance";
import { listLedger } from "@/lib/ledger/list-ledger";
import {
  adminActionsFor,
  countOrdersByStatus,
  getAdminOrderDetail,
  getCustomerOrdersByIds,
  listAdminOrders,
  listCustomerOrders,
  listCustomerRefills,
  parseAdminOrderFilters,
} from "@/lib/orders/list-orders";
import { createUser } from "@/lib/users/create-user";

let alice: { id: number; email: string };
let bob: { id: number; email: string };
let serviceA: number;
let serviceB: number;
let providerId: number;
const aliceOrders: number[] = [];

async function seedCatalog() {
  const provider = await db.provider.create({
    data: { name: "Upstream", apiUrl: "http://127.0.0.1:9/api/v2", apiKeyEncrypted: "x" },
  });
  providerId = provider.id;
  const category = await db.category.create({ data: { name: "Instagram" } });
  const make = async (externalId: string, name: string, refill: boolean) => {
    const ps = await db.providerService.create({
      data: {
        providerId,
        externalId,
        name,
        type: "Default",
        category: "Instagram",
        rate: 100_000n,
        min: 10,
        max: 10_000,
        refill,
        cancel: true,
      },
    });
    const s = await db.service.create({
      data: {
        providerServiceId: ps.id,
        categoryId: category.id,
        name,
        type: "Default",
        min: 10,
        max: 10_000,
        rate: 150_000n,
      },
    });
    return s.id;
  };
  serviceA = await make("1", "Followers", true);
  serviceB = await make("2", "Likes", false);
}

async function seedOrder(
  userId: number,
  data: { serviceId?: number; status?: OrderStatus; link?: string; dispatchState?: DispatchState },
) {
  const order = await db.order.create({
    data: {
      userId,
      serviceId: data.serviceId ?? serviceA,
      providerId,
      link: data.link ?? "https://instagram.com/someone",
      quantity: 100,
      charge: 15_000n,
      cost: 10_000n,
      status: data.status ?? OrderStatus.PENDING,
      dispatchState: data.dispatchState ?? DispatchState.SENT,
    },
  });
  return order.id;
}

beforeAll(async () => {
  alice = await createUser({ email: "alice@test.dev", password: "test-pass-1" });
  bob = await createUser({ email: "bob@test.dev", password: "test-pass-1" });
  await seedCatalog();
  // Alice: 3 pending, 2 in progress, 1 processing, 4 completed, 1 partial, 2 canceled = 13
  const plan: Array<[OrderStatus, number]> = [
    [OrderStatus.PENDING, 3],
    [OrderStatus.IN_PROGRESS, 2],
    [OrderStatus.PROCESSING, 1],
    [OrderStatus.COMPLETED, 4],
    [OrderStatus.PARTIAL, 1],
    [OrderStatus.CANCELED, 2],
  ];
  let i = 0;
  for (const [status, count] of plan) {
    for (let k = 0; k < count; k++)
      aliceOrders.push(await seedOrder(alice.id, { status, link: `https://instagram.com/alice_${++i}` }));
  }
  // Bob: 2 orders, one in the admin review queue, one on the other service with a link that also matches "alice".
  await seedOrder(bob.id, {
    status: OrderStatus.PENDING,
    link: "https://instagram.com/bob_1",
    dispatchState: DispatchState.REVIEW,
  });
  await seedOrder(bob.id, {
    status: OrderStatus.COMPLETED,
    link: "https://instagram.com/alice_fan",
    serviceId: serviceB,
  });
});

describe("customer orders", () => {
  it("counts orders per status tab, only the caller's", async () => {
    expect(await countOrdersByStatus(alice.id)).toEqual({
      all: 13,
      pending: 3,
      in_progress: 2,
      processing: 1,
      completed: 4,
      partial: 1,
      canceled: 2,
    });
    expect(await countOrdersByStatus(bob.id)).toEqual({
      all: 2,
      pending: 1,
      in_progress: 0,
      processing: 0,
      completed: 1,
      partial: 0,
      canceled: 0,
    });
  });

  it("filters by tab, newest first, and pages through", async () => {
    const completed = await listCustomerOrders({ userId: alice.id, tab: "completed" });
    expect(completed.total).toBe(4);
    expect(completed.rows.map((o) => o.status)).toEqual(Array(4).fill(OrderStatus.COMPLETED));
    expect(completed.rows.map((o) => o.id)).toEqual(
      [...completed.rows.map((o) => o.id)].sort((a, b) => b - a),
    );

    const first = await listCustomerOrders({ userId: alice.id, page: 1, pageSize: 5 });
    const third = await listCustomerOrders({ userId: alice.id, page: 3, pageSize: 5 });
    expect(first).toMatchObject({ total: 13, pageCount: 3 });
    expect(first.rows.map((o) => o.id)).toEqual(aliceOrders.slice(-5).reverse());
    expect(third.rows.map((o) => o.id)).toEqual(aliceOrders.slice(0, 3).reverse());
    expect(first.counts.all).toBe(13);
  });

  it("searches by order id or by link, never into another customer's orders", async () => {
    const target = aliceOrders[4];
    const byId = await listCustomerOrders({ userId: alice.id, search: `#${target}` });
    expect(byId.rows.map((o) => o.id)).toContain(target);
    expect(byId.rows.filter((o) => o.id !== target && !o.link.includes(String(target)))).toEqual([]);

    const byLink = await listCustomerOrders({ userId: alice.id, search: "alice_1" });
    // alice_1, alice_10 .. alice_13
    expect(byLink.rows.map((o) => o.link).sort()).toEqual([
      "https://instagram.com/alice_1",
      "https://instagram.com/alice_10",
      "https://instagram.com/alice_11",
      "https://instagram.com/alice_12",
      "https://instagram.com/alice_13",
    ]);

    const bobSearch = await listCustomerOrders({ userId: bob.id, search: "alice" });
    expect(bobSearch.rows.map((o) => o.link)).toEqual(["https://instagram.com/alice_fan"]);
    const bobById = await listCustomerOrders({ userId: bob.id, search: String(target) });
    expect(bobById.rows).toEqual([]);
    expect(await listCustomerOrders({ userId: alice.id, search: "bob_1" })).toMatchObject({
      total: 0,
      rows: [],
    });
  });

  it("polls statuses of the caller's orders only", async () => {
    const bobOrders = (await listCustomerOrders({ userId: bob.id })).rows.map((o) => o.id);
    const statuses = await getCustomerOrdersByIds(alice.id, [
      aliceOrders[0],
      aliceOrders[12],
      ...bobOrders,
      -1,
      0,
    ]);
    expect(statuses.map((o) => o.id).sort((a, b) => a - b)).toEqual([aliceOrders[0], aliceOrders[12]]);
    expect(await getCustomerOrdersByIds(alice.id, [])).toEqual([]);
  });

  it("lists the caller's refills with their status", async () => {
    const completed = aliceOrders[6];
    await db.refill.create({
      data: {
        orderId: completed,
        userId: alice.id,
        status: RefillStatus.IN_PROGRESS,
        providerRefillId: "77",
      },
    });
    const refills = await listCustomerRefills({ userId: alice.id });
    expect(refills.rows).toHaveLength(1);
    expect(refills.rows[0]).toMatchObject({
      orderId: completed,
      status: RefillStatus.IN_PROGRESS,
      serviceName: "Followers",
    });
    expect((await listCustomerRefills({ userId: bob.id })).total).toBe(0);
    const order = (await getCustomerOrdersByIds(alice.id, [completed]))[0];
    expect(order.lastRefill?.status).toBe(RefillStatus.IN_PROGRESS);
  });
});

describe("transaction history", () => {
  it("lists the caller's ledger rows newest first with balance after and the linked order", async () => {
    await adjustBalance({
      userId: alice.id,
      amount: 1_000_000n,
      reason: "bank transfer",
      type: LedgerType.DEPOSIT,
    });
    await db.$transaction((tx) =>
      changeBalance(tx, {
        userId: alice.id,
        amount: -15_000n,
        type: LedgerType.ORDER_CHARGE,
        orderId: aliceOrders[0],
      }),
    );
    await db.$transaction((tx) =>
      changeBalance(tx, {
        userId: alice.id,
        amount: 15_000n,
        type: LedgerType.REFUND,
        orderId: aliceOrders[0],
      }),
    );
    await adjustBalance({ userId: bob.id, amount: 50_000n, reason: "gift", type: LedgerType.DEPOSIT });

    const history = await listLedger({ userId: alice.id, pageSize: 2 });
    expect(history).toMatchObject({ total: 3, pageCount: 2 });
    expect(history.rows.map((r) => [r.type, r.amount, r.balanceAfter, r.orderId])).toEqual([
      [LedgerType.REFUND, 15_000n, 1_000_000n, aliceOrders[0]],
      [LedgerType.ORDER_CHARGE, -15_000n, 985_000n, aliceOrders[0]],
    ]);
    const second = await listLedger({ userId: alice.id, page: 2, pageSize: 2 });
    expect(second.rows.map((r) => r.type)).toEqual([LedgerType.DEPOSIT]);
    expect((await listLedger({ userId: bob.id })).rows.map((r) => r.amount)).toEqual([50_000n]);
  });
});

describe("admin orders", () => {
  it("filters by status, user, service, provider, review queue and search, from URL params", async () => {
    const all = await listAdminOrders({});
    expect(all.total).toBe(15);
    expect(all.reviewCount).toBe(1);

    const review = await listAdminOrders(parseAdminOrderFilters({ state: "review" }));
    expect(review.rows.map((o) => o.user.email)).toEqual(["bob@test.dev"]);

    expect((await listAdminOrders(parseAdminOrderFilters({ status: "completed" }))).total).toBe(5);
    // The status tabs count the other filters' matches whatever status is picked.
    const completed = await listAdminOrders(parseAdminOrderFilters({ status: "completed" }));
    expect(completed.counts.completed).toBe(5);
    expect(completed.counts.all).toBe(all.total);
    expect((await listAdminOrders(parseAdminOrderFilters({ user: "bob@" }))).total).toBe(2);
    expect((await listAdminOrders(parseAdminOrderFilters({ user: String(alice.id) }))).total).toBe(13);
    expect((await listAdminOrders(parseAdminOrderFilters({ service: String(serviceB) }))).total).toBe(1);
    expect(
      (await listAdminOrders(parseAdminOrderFilters({ provider: String(providerId), status: "PARTIAL" })))
        .total,
    ).toBe(1);
    expect(
      (await listAdminOrders(parseAdminOrderFilters({ q: "alice_fan" }))).rows.map((o) => o.user.email),
    ).toEqual(["bob@test.dev"]);
    // Unknown values are ignored rather than failing the page.
    expect(parseAdminOrderFilters({ status: "nonsense", service: "abc", state: "other" })).toEqual({
      status: undefined,
      user: undefined,
      serviceId: undefined,
      providerId: undefined,
      state: undefined,
      search: undefined,
    });

    const page2 = await listAdminOrders({}, 2, 10);
    expect(page2).toMatchObject({ page: 2, pageCount: 2 });
    expect(page2.rows).toHaveLength(5);
  });

  it("lists orders queued longer than the stuck threshold, as the dashboard counts them", async () => {
    const stuck = await seedOrder(bob.id, { dispatchState: DispatchState.QUEUED });
    const fresh = await seedOrder(bob.id, { dispatchState: DispatchState.QUEUED });
    await db.order.update({ where: { id: stuck }, data: { createdAt: new Date(Date.now() - 2 * 3600_000) } });
    const { rows } = await listAdminOrders(parseAdminOrderFilters({ state: "stuck" }));
    const ids = rows.map((r) => r.id);
    expect(ids).toContain(stuck);
    expect(ids).not.toContain(fresh);
    await db.order.deleteMany({ where: { id: { in: [stuck, fresh] } } });
  });

  it("shows an order's customer, exchange log and ledger rows", async () => {
    const orderId = aliceOrders[0];
    await db.providerExchange.create({
      data: {
        providerId,
        orderId,
        action: "add",
        outcome: "uncertain",
        reason: "timeout",
        durationMs: 30_000,
      },
    });
    await db.providerExchange.create({
      data: { providerId, orderId: aliceOrders[1], action: "add", outcome: "accepted", durationMs: 10 },
    });
    const detail = await getAdminOrderDetail(orderId);
    expect(detail?.user.email).toBe("alice@test.dev");
    expect(detail?.exchanges.map((e) => e.reason)).toEqual(["timeout"]);
    expect(detail?.ledger.map((l) => l.type)).toEqual([LedgerType.ORDER_CHARGE, LedgerType.REFUND]);
    expect(await getAdminOrderDetail(999_999)).toBeNull();
  });
});

describe("buttons only where allowed", () => {
  it("offers refill on a completed order of a refill service within its window, once at a time, and cancel on active orders", async () => {
    const completedAt = new Date();
    const done = await db.order.update({
      where: { id: await seedOrder(alice.id, { status: OrderStatus.COMPLETED }) },
      data: { providerOrderId: "9001", completedAt },
    });
    const noRefill = await db.order.update({
      where: { id: await seedOrder(alice.id, { status: OrderStatus.COMPLETED, serviceId: serviceB }) },
      data: { providerOrderId: "9002", completedAt },
    });
    const old = await db.order.update({
      where: { id: await seedOrder(alice.id, { status: OrderStatus.COMPLETED }) },
      data: { providerOrderId: "9003", completedAt: new Date(Date.now() - 365 * 86_400_000) },
    });
    const pending = await seedOrder(alice.id, { status: OrderStatus.PENDING });

    const view = async (id: number) => (await getCustomerOrdersByIds(alice.id, [id]))[0];
    expect(await view(done.id)).toMatchObject({ canRefill: true, canCancel: false });
    expect(await view(noRefill.id)).toMatchObject({ canRefill: false });
    expect(await view(old.id)).toMatchObject({ canRefill: false });
    expect(await view(pending)).toMatchObject({ canRefill: false, canCancel: true });

    await db.refill.create({ data: { orderId: done.id, userId: alice.id, status: RefillStatus.PENDING } });
    expect(await view(done.id)).toMatchObject({ canRefill: false });
    await db.refill.updateMany({ where: { orderId: done.id }, data: { status: RefillStatus.COMPLETED } });
    expect(await view(done.id)).toMatchObject({
      canRefill: true,
      lastRefill: { status: RefillStatus.COMPLETED },
    });
  });

  it("offers the admin only the actions that fit the order's state", () => {
    const review = adminActionsFor({
      status: OrderStatus.PENDING,
      dispatchState: DispatchState.REVIEW,
      refunded: 0n,
    });
    expect(review).toEqual({
      inReview: true,
      canResend: true,
      canAttach: true,
      canCancel: true,
      canPartial: true,
      canComplete: true,
      canEditStartCount: true,
      providerHasIt: false,
    });
    const completed = adminActionsFor({
      status: OrderStatus.COMPLETED,
      dispatchState: DispatchState.SENT,
      refunded: 0n,
    });
    expect(completed).toEqual({
      inReview: false,
      canResend: false,
      canAttach: false,
      canCancel: false,
      canPartial: true,
      canComplete: false,
      canEditStartCount: true,
      providerHasIt: false,
    });
    // A running order the provider accepted: the admin may ask the provider to cancel it first.
    expect(
      adminActionsFor({ status: OrderStatus.IN_PROGRESS, dispatchState: DispatchState.SENT, refunded: 0n }),
    ).toMatchObject({ providerHasIt: true });
    const refunded = adminActionsFor({
      status: OrderStatus.PARTIAL,
      dispatchState: DispatchState.SENT,
      refunded: 500n,
    });
    const { canEditStartCount, ...moneyActions } = refunded;
    expect(Object.entries(moneyActions).filter(([, allowed]) => allowed)).toEqual([]);
    expect(canEditStartCount).toBe(true); // the start count can be corrected on any order
    // A stuck order (still queued, never accepted) can be resent; a sent one never.
    expect(
      adminActionsFor({ status: OrderStatus.PENDING, dispatchState: DispatchState.QUEUED, refunded: 0n }),
    ).toMatchObject({ canResend: true });
    expect(
      adminActionsFor({ status: OrderStatus.PENDING, dispatchState: DispatchState.SENT, refunded: 0n }),
    ).toMatchObject({ canResend: false });
    expect(
      adminActionsFor({
        status: OrderStatus.IN_PROGRESS,
        dispatchState: DispatchState.SENDING,
        refunded: 0n,
      }),
    ).toMatchObject({ canCancel: false });
  });
});
