// The refund rule per service type (docs/refund-rules.md) against a provider whose status
// answers the test writes: flat-price packages, drip-feed and Subscriptions never get back more
// than the provider's undelivered share, and what cannot be read goes to the review queue.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setExchangeRate } from "@/lib/currency/set-exchange-rate";
import { db, DispatchState, OrderStatus } from "@/lib/db";
import { dispatchDueOrders } from "@/lib/orders/dispatch";
import { placeOrder } from "@/lib/orders/place-order";
import { syncStatuses } from "@/lib/orders/sync-statuses";
import { flushExchangeLog } from "@/lib/providers/connect";
import { updateSettings } from "@/lib/settings/settings";
import { startScriptedProvider, statusBatch, type ScriptedProvider } from "./scripted-provider";
import { checkMoneyInvariants, customerWith, LINK, seedCatalog } from "./support";

let provider: ScriptedProvider;
let svc: Map<number, number>;
/** What the scripted provider answers for each of its order ids. */
const answers = new Map<string, unknown>();
let nextProviderId = 5000;

beforeAll(async () => {
  provider = await startScriptedProvider();
  provider.on("add", () => ({ order: nextProviderId++ }));
  provider.on("status", (p) => statusBatch(p, (id) => answers.get(id) ?? { error: "Incorrect order ID" }));
  const seeded = await seedCatalog(provider);
  svc = seeded.serviceIds;
  // As a balance read records it: the currency the provider's charges are in.
  await db.provider.update({ where: { id: seeded.providerId }, data: { currency: "USD" } });
});

afterAll(async () => {
  await flushExchangeLog();
  await provider.close();
});

/** Places and sends one order; returns it with its provider id. */
async function sentOrder(simService: number, fields: Record<string, unknown>, balance = 100_000_000n) {
  const userId = await customerWith(balance);
  const { orderId } = await placeOrder(
    { userId, serviceId: svc.get(simService)!, fields, source: "web" },
    { dispatch: false },
  );
  await dispatchDueOrders();
  const order = await db.order.findUniqueOrThrow({ where: { id: orderId } });
  expect(order.dispatchState).toBe(DispatchState.SENT);
  return order;
}

async function settle(providerOrderId: string, answer: unknown) {
  answers.set(providerOrderId, answer);
  await syncStatuses();
}

const reload = (id: number) => db.order.findUniqueOrThrow({ where: { id } });

describe("flat-price types (Package, Custom Comments Package)", () => {
  it("a Partial without the provider's charge refunds nothing and goes to review", async () => {
    const order = await sentOrder(5, { link: LINK });
    expect(order.charge).toBe(150_000n);
    await settle(order.providerOrderId!, {
      status: "Partial",
      remains: "100",
      start_count: "10",
      charge: null,
      currency: "USD",
    });
    const after = await reload(order.id);
    expect(after).toMatchObject({
      refunded: 0n,
      dispatchState: DispatchState.REVIEW,
      status: OrderStatus.PENDING,
    });
    expect(after.reviewReason).toMatch(/Partial/);
    await checkMoneyInvariants();
  });

  it("a Partial with the provider's charge refunds in proportion to what the provider gave back", async () => {
    const order = await sentOrder(7, { link: LINK, comments: "great\nlove it" });
    expect(order).toMatchObject({ charge: 200_000n, cost: 200_000n });
    // The provider kept 0.50 of its 2.00: three quarters were not delivered.
    await settle(order.providerOrderId!, {
      status: "Partial",
      remains: "7",
      start_count: "0",
      charge: "0.50",
      currency: "USD",
    });
    expect(await reload(order.id)).toMatchObject({ status: OrderStatus.PARTIAL, refunded: 150_000n });
    await checkMoneyInvariants();
  });

  it("a Canceled package is refunded whole; a Completed one not at all", async () => {
    const canceled = await sentOrder(5, { link: LINK });
    await settle(canceled.providerOrderId!, {
      status: "Canceled",
      remains: "1",
      charge: "0",
      currency: "USD",
    });
    expect(await reload(canceled.id)).toMatchObject({ status: OrderStatus.CANCELED, refunded: 150_000n });
    const done = await sentOrder(5, { link: LINK });
    await settle(done.providerOrderId!, {
      status: "Completed",
      remains: "0",
      charge: "1.50",
      currency: "USD",
    });
    expect(await reload(done.id)).toMatchObject({ status: OrderStatus.COMPLETED, refunded: 0n });
  });
});

describe("drip-feed", () => {
  it("reads remains as the undelivered total of all runs, never more than quantity x runs", async () => {
    const order = await sentOrder(1, { link: LINK, quantity: 100, runs: 5, interval: 10 });
    expect(order).toMatchObject({ quantity: 500, charge: 45_000n });
    await settle(order.providerOrderId!, {
      status: "Partial",
      remains: "200",
      charge: "0.27",
      currency: "USD",
    });
    expect(await reload(order.id)).toMatchObject({
      status: OrderStatus.PARTIAL,
      remains: 200,
      refunded: 18_000n,
    });
    const over = await sentOrder(1, { link: LINK, quantity: 100, runs: 5, interval: 10 });
    await settle(over.providerOrderId!, { status: "Partial", remains: "9000", currency: "USD" });
    expect(await reload(over.id)).toMatchObject({
      status: OrderStatus.PARTIAL,
      remains: 500,
      refunded: 45_000n,
    });
    await checkMoneyInvariants();
  });
});

describe("Subscriptions", () => {
  const subscription = { username: "shop", min: "50", max: "100", posts: "10" };

  it("Active and Paused keep it running; Expired refunds the share the provider gave back", async () => {
    const order = await sentOrder(17, subscription);
    expect(order).toMatchObject({ quantity: 1000, charge: 15_000n });
    await settle(order.providerOrderId!, { status: "Paused", charge: "0.15", currency: "USD" });
    expect(await reload(order.id)).toMatchObject({
      status: OrderStatus.IN_PROGRESS,
      dispatchState: DispatchState.SENT,
      refunded: 0n,
    });
    await settle(order.providerOrderId!, { status: "Expired", charge: "0.06", currency: "USD" });
    expect(await reload(order.id)).toMatchObject({ status: OrderStatus.PARTIAL, refunded: 9_000n });
    await checkMoneyInvariants();
  });

  it("Completed keeps the charge; Canceled with the provider's charge refunds the rest", async () => {
    const done = await sentOrder(17, subscription);
    await settle(done.providerOrderId!, { status: "Completed", charge: "0.15", currency: "USD" });
    expect(await reload(done.id)).toMatchObject({ status: OrderStatus.COMPLETED, refunded: 0n });
    const canceled = await sentOrder(17, subscription);
    await settle(canceled.providerOrderId!, { status: "Canceled", charge: "0.03", currency: "USD" });
    expect(await reload(canceled.id)).toMatchObject({ status: OrderStatus.CANCELED, refunded: 12_000n });
    await checkMoneyInvariants();
  });

  it("an Expired or Canceled subscription without the provider's charge goes to review, unrefunded", async () => {
    const order = await sentOrder(17, subscription);
    await settle(order.providerOrderId!, { status: "Canceled", currency: "USD" });
    expect(await reload(order.id)).toMatchObject({ dispatchState: DispatchState.REVIEW, refunded: 0n });
  });
});

describe("a provider charge in another currency", () => {
  it("is not compared with the order's cost: the order goes to review", async () => {
    const order = await sentOrder(5, { link: LINK });
    await settle(order.providerOrderId!, {
      status: "Partial",
      remains: "1",
      charge: "10000",
      currency: "VND",
    });
    expect(await reload(order.id)).toMatchObject({ dispatchState: DispatchState.REVIEW, refunded: 0n });
  });
});

describe("a panel selling in another currency than its provider's", () => {
  it("compares the provider's charge with the cost in the provider's currency, not the converted one", async () => {
    await updateSettings({ currencyCode: "VND", currencySymbol: "₫", displayDecimals: 0, pricePrecision: 0 });
    await setExchangeRate({ currency: "USD", rate: "26000" }, { id: null });
    const order = await sentOrder(7, { link: LINK, comments: "great\nlove it" }, 100_000_000_000n);
    expect(order).toMatchObject({ providerCost: 200_000n, providerCurrency: "USD", cost: 5_200_000_000n });
    // The provider kept 0.50 USD of its 2.00 USD: three quarters of the VND charge go back.
    await settle(order.providerOrderId!, {
      status: "Partial",
      remains: "7",
      start_count: "0",
      charge: "0.50",
      currency: "USD",
    });
    expect(await reload(order.id)).toMatchObject({
      status: OrderStatus.PARTIAL,
      refunded: (order.charge * 3n) / 4n,
    });
    await checkMoneyInvariants();
  });
});
