// An admin's "cancel and refund" on an order the provider accepted (issue 23, item 11): the admin
// can ask the provider to cancel first (API v2 `cancel`; the refund follows the provider's
// Canceled, with no cost), and a refund without it keeps the provider's cost booked, since the
// provider may still deliver. The simulator over real HTTP is the provider.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, DispatchState, OrderStatus } from "@/lib/db";
import { askProviderCancel, cancelAndRefund } from "@/lib/orders/admin-actions";
import { dispatchOrder, waitForDispatches } from "@/lib/orders/dispatch";
import { placeOrder } from "@/lib/orders/place-order";
import { orderProfit, providerCost } from "@/lib/orders/profit";
import { syncStatuses } from "@/lib/orders/sync-statuses";
import { flushExchangeLog } from "@/lib/providers/connect";
import { startSimulator, type SimulatorHandle } from "@/lib/providers/simulator";
import { checkMoneyInvariants, customerWith, LINK, seedCatalog } from "./support";

let sim: SimulatorHandle;
let svc: Map<number, number>;
const admin = { id: 0, ip: "10.0.0.3" };
const order = (id: number) => db.order.findUniqueOrThrow({ where: { id } });

beforeAll(async () => {
  sim = await startSimulator({
    seed: 23,
    clock: "manual",
    partialShare: 0,
    timings: { pendingMs: 60_000, runMs: 600_000, cancelMs: 100, refillMs: 500 },
  });
  ({ serviceIds: svc } = await seedCatalog(sim));
  admin.id = (
    await db.user.create({ data: { email: "cancel-admin@test.dev", passwordHash: "x", role: "ADMIN" } })
  ).id;
});

afterAll(async () => {
  await waitForDispatches();
  await flushExchangeLog();
  await sim.close();
});

async function sentOrder(link: string) {
  const userId = await customerWith(1_000_000n);
  const { orderId } = await placeOrder(
    { userId, serviceId: svc.get(1)!, fields: { link, quantity: 1000 }, source: "web" },
    { dispatch: false },
  );
  expect(await dispatchOrder(orderId)).toBe("sent");
  return { userId, orderId };
}

describe("admin cancel of an order the provider accepted", () => {
  it("refunded anyway: the provider's cost stays booked, so profit is not overstated", async () => {
    const { orderId } = await sentOrder(`${LINK}?refund-anyway`);
    const { refund } = await cancelAndRefund(admin, orderId);
    const ended = await order(orderId);
    expect(refund).toBe(ended.charge);
    expect({ status: ended.status, cost: providerCost(ended), profit: orderProfit(ended) }).toEqual({
      status: OrderStatus.CANCELED,
      cost: ended.cost,
      profit: -ended.cost,
    });
    await checkMoneyInvariants();
  });

  it("asks the provider to cancel first: the refund follows its Canceled, with no cost booked", async () => {
    const { orderId } = await sentOrder(`${LINK}?ask-first`);
    await askProviderCancel(admin, orderId);
    expect(await order(orderId)).toMatchObject({
      status: OrderStatus.PENDING,
      dispatchState: DispatchState.SENT,
      refunded: 0n,
    });
    expect(
      await db.auditLog.count({ where: { action: "order.ask_provider_cancel", targetId: String(orderId) } }),
    ).toBe(1);
    // Asked again while the first request stands: answered from that request (lib/orders/cancel.ts).
    await expect(askProviderCancel(admin, orderId)).resolves.toBeUndefined();
    expect((await order(orderId)).refunded).toBe(0n);

    sim.advance(1_000);
    await syncStatuses();
    const ended = await order(orderId);
    expect({ status: ended.status, refunded: ended.refunded, cost: providerCost(ended) }).toEqual({
      status: OrderStatus.CANCELED,
      refunded: ended.charge,
      cost: 0n,
    });
    await checkMoneyInvariants();
  });
});
