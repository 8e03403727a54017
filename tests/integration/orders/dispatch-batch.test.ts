// Orders of one moment go out together, a few at a time: one read and one claim per group
// (claimOrders answers exactly which ids this worker took), then the group's requests at once,
// each order sent once.
import { afterAll, beforeAll, expect, it } from "vitest";
import { db, DispatchState } from "@/lib/db";
import { claimOrders, dispatchOrders, waitForDispatches } from "@/lib/orders/dispatch";
import { placeOrder } from "@/lib/orders/place-order";
import { flushExchangeLog } from "@/lib/providers/connect";
import { startSimulator, type SimulatorHandle } from "@/lib/providers/simulator";
import { customerWith, seedCatalog } from "./support";

let sim: SimulatorHandle;
let serviceId: number;
let userId: number;

beforeAll(async () => {
  sim = await startSimulator({ seed: 7, clock: "manual" });
  serviceId = (await seedCatalog(sim)).serviceIds.get(1)!;
  userId = await customerWith(1_000_000_000n);
});

afterAll(async () => {
  await waitForDispatches();
  await sim.close();
});

const place = (i: number, dispatch: boolean) =>
  placeOrder(
    { userId, serviceId, fields: { link: `https://example.com/batch/${i}`, quantity: 100 }, source: "api" },
    { dispatch },
  );

it("a burst of placements is sent once each, with one provider order per panel order", async () => {
  const before = sim.stats().acceptedAdds;
  const placed = await Promise.all(Array.from({ length: 12 }, (_, i) => place(i, true)));
  await waitForDispatches();
  const orders = await db.order.findMany({ where: { id: { in: placed.map((p) => p.orderId) } } });
  expect(orders.map((o) => o.dispatchState)).toEqual(Array(12).fill(DispatchState.SENT));
  expect(new Set(orders.map((o) => o.providerOrderId)).size).toBe(12);
  expect(sim.stats().acceptedAdds - before).toBe(12);

  // Each request is in the provider's exchange log (written in batches), with its order.
  await flushExchangeLog();
  const exchanges = await db.providerExchange.findMany({
    where: { orderId: { in: placed.map((p) => p.orderId) } },
  });
  expect(exchanges.map((e) => e.orderId).sort((x, y) => x! - y!)).toEqual(
    placed.map((p) => p.orderId).sort((x, y) => x - y),
  );
  for (const exchange of exchanges) {
    expect(exchange).toMatchObject({
      providerId: orders[0].providerId,
      action: "add",
      outcome: "ok",
      reason: null,
    });
    expect(exchange.durationMs).toSatisfy(Number.isInteger);
    expect(Math.abs(exchange.createdAt.getTime() - Date.now())).toBeLessThan(60_000);
  }
});

it("claims exactly the due, queued ids in one write, and a second claim of them gets none", async () => {
  const [due, later, taken] = await Promise.all([place(100, false), place(101, false), place(102, false)]);
  await db.order.update({
    where: { id: later.orderId },
    data: { nextDispatchAt: new Date(Date.now() + 60_000) },
  });
  expect(await claimOrders([taken.orderId], { workerId: "other-worker" })).toEqual(new Set([taken.orderId]));

  const ids = [due.orderId, later.orderId, taken.orderId, 987_654];
  expect(await claimOrders(ids, { workerId: "this-worker" })).toEqual(new Set([due.orderId]));
  expect(await claimOrders(ids, { workerId: "third-worker" })).toEqual(new Set());
  expect(await db.order.findUniqueOrThrow({ where: { id: taken.orderId } })).toMatchObject({
    dispatchState: DispatchState.SENDING,
    claimedBy: "other-worker",
  });
});

it("a batch counts what it sent and skips what it could not take", async () => {
  const [a, b, c] = await Promise.all([place(200, false), place(201, false), place(202, false)]);
  await claimOrders([c.orderId], { workerId: "other-worker" });
  const run = await dispatchOrders([a.orderId, b.orderId, c.orderId, a.orderId]);
  expect(run).toMatchObject({ sent: 2, skipped: 1 });
});
