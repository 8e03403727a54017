// A cancel the provider accepted stands until the order ends: asking again (20 API calls, a
// double click) answers from the record and never calls the provider again meanwhile, so the
// panel's provider key is not throttled for everyone.
import { afterAll, beforeAll, expect, it } from "vitest";
import { db, DispatchState } from "@/lib/db";
import { requestCancel } from "@/lib/orders/cancel";
import { dispatchDueOrders } from "@/lib/orders/dispatch";
import { placeOrder } from "@/lib/orders/place-order";
import { flushExchangeLog } from "@/lib/providers/connect";
import { startScriptedProvider, type ScriptedProvider } from "./scripted-provider";
import { customerWith, LINK, seedCatalog } from "./support";

let provider: ScriptedProvider;
let svc: Map<number, number>;
let nextProviderId = 8000;
let refuseCancels = false;

beforeAll(async () => {
  provider = await startScriptedProvider();
  provider.on("add", () => ({ order: nextProviderId++ }));
  provider.on("cancel", (p) =>
    (p.orders ?? "").split(",").map((id) => ({
      order: Number(id),
      cancel: refuseCancels ? { error: "Order cannot be canceled now" } : 1,
    })),
  );
  ({ serviceIds: svc } = await seedCatalog(provider));
});

afterAll(async () => {
  await flushExchangeLog();
  await provider.close();
});

const cancelCalls = () => provider.requests.filter((r) => r.action === "cancel").length;

async function sentOrder(userId: number) {
  const { orderId } = await placeOrder(
    { userId, serviceId: svc.get(1)!, fields: { link: LINK, quantity: 100 }, source: "api" },
    { dispatch: false },
  );
  await dispatchDueOrders();
  expect((await db.order.findUniqueOrThrow({ where: { id: orderId } })).dispatchState).toBe(
    DispatchState.SENT,
  );
  return orderId;
}

it("20 cancels of one sent order, at once and after, make one upstream call", async () => {
  const userId = await customerWith(1_000_000n);
  const orderId = await sentOrder(userId);
  const before = cancelCalls();
  const answers = await Promise.all(Array.from({ length: 20 }, () => requestCancel(userId, [orderId])));
  expect(answers.map((a) => a.get(orderId))).toMatchObject(Array(20).fill({ ok: true }));
  expect((await requestCancel(userId, [orderId])).get(orderId)).toEqual({ ok: true });
  expect(cancelCalls() - before).toBe(1);
  expect((await db.order.findUniqueOrThrow({ where: { id: orderId } })).cancelRequestedAt).not.toBeNull();
});

it("a refused cancel leaves nothing pending: the next request asks the provider again", async () => {
  const userId = await customerWith(1_000_000n);
  const orderId = await sentOrder(userId);
  const before = cancelCalls();
  refuseCancels = true;
  expect((await requestCancel(userId, [orderId])).get(orderId)).toMatchObject({ ok: false });
  refuseCancels = false;
  expect((await requestCancel(userId, [orderId])).get(orderId)).toEqual({ ok: true });
  expect(cancelCalls() - before).toBe(2);
});
