// Numbers from outside the panel: a provider's 64-bit start count is stored as sent and never
// blocks the other orders of its sync page; totals the panel charges for have a maximum with a
// field error, not a database failure.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, DispatchState, OrderStatus } from "@/lib/db";
import { dispatchDueOrders } from "@/lib/orders/dispatch";
import { placeOrder } from "@/lib/orders/place-order";
import { syncStatuses } from "@/lib/orders/sync-statuses";
import { flushExchangeLog } from "@/lib/providers/connect";
import { startScriptedProvider, statusBatch, type ScriptedProvider } from "./scripted-provider";
import { checkMoneyInvariants, customerWith, LINK, seedCatalog } from "./support";

let provider: ScriptedProvider;
let svc: Map<number, number>;
const answers = new Map<string, unknown>();
let nextProviderId = 7000;

beforeAll(async () => {
  provider = await startScriptedProvider();
  provider.on("add", () => ({ order: nextProviderId++ }));
  provider.on("status", (p) => statusBatch(p, (id) => answers.get(id) ?? { error: "Incorrect order ID" }));
  ({ serviceIds: svc } = await seedCatalog(provider));
});

afterAll(async () => {
  await flushExchangeLog();
  await provider.close();
});

const reload = (id: number) => db.order.findUniqueOrThrow({ where: { id } });

describe("a start count of 3 billion", () => {
  it("is stored whole, and the other orders of the page are updated and refunded", async () => {
    const userId = await customerWith(100_000_000n);
    const ids: number[] = [];
    for (let i = 0; i < 4; i++)
      ids.push(
        (
          await placeOrder(
            { userId, serviceId: svc.get(1)!, fields: { link: LINK, quantity: 1000 }, source: "api" },
            { dispatch: false },
          )
        ).orderId,
      );
    await dispatchDueOrders();
    const [running, partial, canceled, plain] = await Promise.all(ids.map(reload));
    expect([running, partial, canceled, plain].map((o) => o.dispatchState)).toEqual(
      Array(4).fill(DispatchState.SENT),
    );
    answers.set(running.providerOrderId!, {
      status: "In progress",
      start_count: "3000000000",
      remains: "400",
      charge: "0.90",
      currency: "USD",
    });
    answers.set(partial.providerOrderId!, {
      status: "Partial",
      start_count: 3_000_000_000,
      remains: "250",
      charge: "0.675",
      currency: "USD",
    });
    answers.set(canceled.providerOrderId!, {
      status: "Canceled",
      start_count: "0",
      remains: "1000",
      charge: "0",
      currency: "USD",
    });
    answers.set(plain.providerOrderId!, {
      status: "In progress",
      start_count: "120",
      remains: "900",
      charge: "0.90",
      currency: "USD",
    });

    await syncStatuses();

    expect(await reload(running.id)).toMatchObject({
      status: OrderStatus.IN_PROGRESS,
      startCount: 3_000_000_000n,
      remains: 400,
    });
    expect(await reload(partial.id)).toMatchObject({
      status: OrderStatus.PARTIAL,
      startCount: 3_000_000_000n,
      refunded: 22_500n,
    });
    expect(await reload(canceled.id)).toMatchObject({ status: OrderStatus.CANCELED, refunded: 90_000n });
    expect(await reload(plain.id)).toMatchObject({
      status: OrderStatus.IN_PROGRESS,
      startCount: 120n,
      remains: 900,
    });
    await checkMoneyInvariants();
  });
});

describe("totals the panel charges for", () => {
  it("refuse drip-feed quantity x runs past the maximum with a field error", async () => {
    const userId = await customerWith(10n ** 15n);
    await db.service.update({ where: { id: svc.get(1)! }, data: { max: 5_000_000 } });
    const placing = placeOrder(
      {
        userId,
        serviceId: svc.get(1)!,
        fields: { link: LINK, quantity: "3000000", runs: "1000", interval: "10" },
        source: "web",
      },
      { dispatch: false },
    );
    await expect(placing).rejects.toMatchObject({
      field: "runs",
      message: expect.stringMatching(/more than maximum/),
    });
    expect(await db.order.count({ where: { userId } })).toBe(0);
  });

  it("refuse Subscriptions max x posts past the maximum with a field error", async () => {
    const userId = await customerWith(10n ** 15n);
    await db.service.update({ where: { id: svc.get(17)! }, data: { max: 5_000_000 } });
    const placing = placeOrder(
      {
        userId,
        serviceId: svc.get(17)!,
        fields: { username: "shop", min: "100", max: "3000000", posts: "1000" },
        source: "web",
      },
      { dispatch: false },
    );
    await expect(placing).rejects.toMatchObject({
      field: "posts",
      message: expect.stringMatching(/more than maximum/),
    });
    expect(await db.order.count({ where: { userId } })).toBe(0);
  });
});
