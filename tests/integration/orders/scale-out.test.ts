// Two worker processes (scripts/order-worker.ts) run the dispatcher and the status sync at the
// same time on this file's database, with no job lease: the row claims alone must make the
// simulator receive each of the 500 orders exactly once, and the guarded transitions must make
// every refund happen once. Runs on SQLite (WAL, two processes on one file) and on PostgreSQL.
import { afterAll, beforeAll, expect, it } from "vitest";
import { db, OrderStatus } from "@/lib/db";
import { requestCancel } from "@/lib/orders/cancel";
import { placeOrder } from "@/lib/orders/place-order";
import { startSimulator, type SimulatorHandle } from "@/lib/providers/simulator";
import {
  checkMoneyInvariants,
  customerWith,
  HEAVY_PROOF_TIMEOUT_MS,
  seedCatalog,
  useFastSqlite,
} from "./support";
import { startWorker, waitFor, type Worker } from "./workers";

const ORDERS = 500;
let sim: SimulatorHandle;
const workers: Worker[] = [];

beforeAll(async () => {
  await useFastSqlite();
  sim = await startSimulator({
    seed: 99,
    clock: "manual",
    timings: { pendingMs: 1_000, runMs: 4_000, cancelMs: 500, refillMs: 1_000 },
    partialShare: 0.3,
  });
});

afterAll(async () => {
  for (const w of workers) w.child.kill("SIGKILL");
  await sim.close();
});

it(
  "two worker processes dispatch and sync 500 orders: 500 provider orders, every refund once",
  async () => {
    const { serviceIds } = await seedCatalog(sim);
    const userIds = await Promise.all(Array.from({ length: 5 }, () => customerWith(1_000_000_000n)));
    const ids: number[] = [];
    await Promise.all(
      userIds.map(async (userId, u) => {
        for (let i = u; i < ORDERS; i += userIds.length) {
          const serviceId = serviceIds.get(i % 2 ? 1 : 3)!; // both allow cancel
          ids.push(
            (
              await placeOrder(
                {
                  userId,
                  serviceId,
                  fields: { link: `https://example.com/scale/${i}`, quantity: 100 + i },
                  source: "api",
                },
                { dispatch: false },
              )
            ).orderId,
          );
        }
      }),
    );

    workers.push(startWorker(["loop"]), startWorker(["loop"]));
    const active = () =>
      db.order.count({
        where: { status: { notIn: [OrderStatus.COMPLETED, OrderStatus.PARTIAL, OrderStatus.CANCELED] } },
      });
    await waitFor(async () => sim.orders().length >= 100, 90_000, "dispatch to start");
    // Cancel a share of the orders while both workers run, so Canceled refunds race with the sync too.
    const toCancel = await db.order.findMany({
      where: { dispatchState: "SENT" },
      select: { id: true, userId: true },
      take: 60,
    });
    for (const order of toCancel) await requestCancel(order.userId, [order.id]);
    await waitFor(
      async () => {
        sim.advance(1_000);
        return (await active()) === 0;
      },
      150_000,
      "every order to end",
    );
    for (const w of workers) w.child.stdin!.write("stop\n");
    expect(await Promise.all(workers.map((w) => w.exited))).toEqual([0, 0]);

    const truth = sim.orders();
    expect(truth).toHaveLength(ORDERS);
    expect(sim.stats().acceptedAdds).toBe(ORDERS);
    expect(new Set(truth.map((t) => t.link)).size).toBe(ORDERS);
    const byId = new Map(truth.map((t) => [String(t.id), t]));
    const orders = await db.order.findMany({ where: { id: { in: ids } } });
    for (const order of orders) {
      const t = byId.get(order.providerOrderId!)!;
      expect([order.status, order.refunded]).toEqual([t.status.toUpperCase(), t.refunded]);
    }
    expect(orders.filter((o) => o.status === OrderStatus.CANCELED).length).toBeGreaterThan(0);
    expect(orders.filter((o) => o.status === OrderStatus.PARTIAL).length).toBeGreaterThan(0);
    // Both processes did part of the work.
    const totals = workers.map(
      (w) =>
        JSON.parse(w.output.find((l) => l.startsWith("totals "))!.slice(7)) as {
          sent: number;
          refunds: number;
        },
    );
    expect(totals.filter((t) => !(t.sent > 0))).toEqual([]);
    expect(totals[0].sent + totals[1].sent).toBe(ORDERS);
    await checkMoneyInvariants();
  },
  HEAVY_PROOF_TIMEOUT_MS,
);
