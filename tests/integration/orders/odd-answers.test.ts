// Provider answers that used to be misread: an `add` that names an order id beside an error or a
// failing HTTP status, status batches that call an id unknown (per id, or by failing the whole
// call), and one provider order id given to two panel orders.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db, DispatchState, OrderStatus } from "@/lib/db";
import { dispatchDueOrders } from "@/lib/orders/dispatch";
import { placeOrder } from "@/lib/orders/place-order";
import { MAX_STATUS_REFUSALS, syncStatuses } from "@/lib/orders/sync-statuses";
import { flushExchangeLog } from "@/lib/providers/connect";
import {
  startScriptedProvider,
  statusBatch,
  type ScriptedAnswer,
  type ScriptedProvider,
} from "./scripted-provider";
import { checkMoneyInvariants, customerWith, LINK, seedCatalog } from "./support";

let provider: ScriptedProvider;
let svc: Map<number, number>;
let addAnswers: ScriptedAnswer[] = [];
const statusAnswers = new Map<string, unknown>();
/** Ids whose presence makes the provider refuse the whole status call. */
const poison = new Set<string>();

beforeAll(async () => {
  provider = await startScriptedProvider();
  provider.on("add", () => addAnswers.shift() ?? { status: 500, body: "no more scripted adds" });
  provider.on("status", (p) => {
    const ids = (p.orders ?? "").split(",");
    if (ids.some((id) => poison.has(id))) return { error: "Incorrect order ID" };
    return statusBatch(p, (id) => statusAnswers.get(id) ?? { error: "Incorrect order ID" });
  });
  ({ serviceIds: svc } = await seedCatalog(provider));
});

afterAll(async () => {
  await flushExchangeLog();
  await provider.close();
});

beforeEach(() => {
  addAnswers = [];
  provider.requests.length = 0;
});

const reload = (id: number) => db.order.findUniqueOrThrow({ where: { id } });
const later = (minutes: number) => new Date(Date.now() + minutes * 60_000);
const addCalls = () => provider.requests.filter((r) => r.action === "add").length;

async function placed(userId: number) {
  return (
    await placeOrder(
      { userId, serviceId: svc.get(1)!, fields: { link: LINK, quantity: 100 }, source: "api" },
      { dispatch: false },
    )
  ).orderId;
}

describe("add answers that name an order id", () => {
  it("with HTTP 500 go to review and are never sent again", async () => {
    const userId = await customerWith(1_000_000n);
    const id = await placed(userId);
    addAnswers = [{ status: 500, body: { order: 9001 } }];
    await dispatchDueOrders();
    await dispatchDueOrders({ now: later(60) });
    expect(await reload(id)).toMatchObject({
      dispatchState: DispatchState.REVIEW,
      refunded: 0n,
      status: OrderStatus.PENDING,
    });
    expect((await reload(id)).reviewReason).toMatch(/9001/);
    expect(addCalls()).toBe(1);
  });

  it('with "error": 0 are accepted, not refunded', async () => {
    const userId = await customerWith(1_000_000n);
    const id = await placed(userId);
    addAnswers = [{ body: { order: 9002, error: 0 } }];
    await dispatchDueOrders();
    expect(await reload(id)).toMatchObject({
      dispatchState: DispatchState.SENT,
      providerOrderId: "9002",
      refunded: 0n,
    });
  });

  it("beside an error text go to review: neither resent nor refunded", async () => {
    const userId = await customerWith(1_000_000n);
    const [a, b] = [await placed(userId), await placed(userId)];
    addAnswers = [
      { body: { order: 9003, error: "Not enough funds on balance" } },
      { body: { order: 9004, error: "Incorrect link" } },
    ];
    await dispatchDueOrders();
    await dispatchDueOrders({ now: later(60) });
    expect(await reload(a)).toMatchObject({ dispatchState: DispatchState.REVIEW, refunded: 0n });
    expect(await reload(b)).toMatchObject({
      dispatchState: DispatchState.REVIEW,
      refunded: 0n,
      status: OrderStatus.PENDING,
    });
    expect(addCalls()).toBe(2);
    await checkMoneyInvariants();
  });
});

describe("status answers of Incorrect order ID", () => {
  it(`send an order to review after ${MAX_STATUS_REFUSALS} answers in a row`, async () => {
    const userId = await customerWith(1_000_000n);
    const id = await placed(userId);
    addAnswers = [{ body: { order: 9100 } }];
    await dispatchDueOrders();
    for (let i = 1; i < MAX_STATUS_REFUSALS; i++) {
      await syncStatuses();
      expect(await reload(id)).toMatchObject({ dispatchState: DispatchState.SENT, statusErrors: i });
    }
    await syncStatuses();
    const order = await reload(id);
    expect(order.dispatchState).toBe(DispatchState.REVIEW);
    expect(order.reviewReason).toMatch(/Incorrect order ID/);
  });

  it("a whole call refused for one bad id still settles the other orders", async () => {
    const userId = await customerWith(10_000_000n);
    const ids: number[] = [];
    for (let i = 0; i < 10; i++) ids.push(await placed(userId));
    addAnswers = ids.map((_, i) => ({ body: { order: 9200 + i } }));
    await dispatchDueOrders();
    poison.add("9203");
    for (let i = 0; i < 10; i++)
      if (i !== 3)
        statusAnswers.set(String(9200 + i), {
          status: "Completed",
          start_count: "5",
          remains: "0",
          charge: "0.09",
          currency: "USD",
        });
    await syncStatuses();
    const orders = await Promise.all(ids.map(reload));
    expect(orders.filter((o) => o.status === OrderStatus.COMPLETED)).toHaveLength(9);
    expect(orders.find((o) => o.providerOrderId === "9203")).toMatchObject({
      status: OrderStatus.PENDING,
      dispatchState: DispatchState.SENT,
      statusErrors: 1,
    });
    poison.clear();
  });
});

describe("one provider order id for two orders", () => {
  it("sends a holder to review at dispatch: never two sent orders on one provider id", async () => {
    const userId = await customerWith(1_000_000n);
    const [a, b] = [await placed(userId), await placed(userId)];
    addAnswers = [{ body: { order: 9300 } }, { body: { order: 9300 } }];
    await dispatchDueOrders();
    const holders = await Promise.all([reload(a), reload(b)]);
    expect(holders.map((o) => o.providerOrderId)).toEqual(["9300", "9300"]);
    const inReview = holders.filter((o) => o.dispatchState === DispatchState.REVIEW);
    expect(holders.filter((o) => o.dispatchState === DispatchState.SENT).length).toBeLessThanOrEqual(1);
    expect(inReview.length).toBeGreaterThanOrEqual(1);
    for (const o of inReview) expect(o.reviewReason).toMatch(/9300/);
  });

  it("flags every holder found by the status sync for review, refunding none", async () => {
    const userId = await customerWith(1_000_000n);
    const [a, b] = [await placed(userId), await placed(userId)];
    await db.order.updateMany({
      where: { id: { in: [a, b] } },
      data: { dispatchState: DispatchState.SENT, providerOrderId: "9400" },
    });
    statusAnswers.set("9400", { status: "Canceled", remains: "100", charge: "0", currency: "USD" });
    await syncStatuses();
    for (const id of [a, b])
      expect(await reload(id)).toMatchObject({
        dispatchState: DispatchState.REVIEW,
        refunded: 0n,
        status: OrderStatus.PENDING,
      });
    await checkMoneyInvariants();
  });
});
