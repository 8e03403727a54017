// A process placing orders in a burst (each sent right after its commit) is killed with SIGKILL.
// After the restart's recovery pass, every charged order is sent, queued or in review (never
// lost, never sent twice), and every balance still equals its ledger.
import { afterAll, beforeAll, expect, it } from "vitest";
import { db, DispatchState } from "@/lib/db";
import { CLAIM_MS, dispatchDueOrders } from "@/lib/orders/dispatch";
import { startSimulator, type SimulatorHandle } from "@/lib/providers/simulator";
import {
  checkMoneyInvariants,
  customerWith,
  HEAVY_PROOF_TIMEOUT_MS,
  seedCatalog,
  useFastSqlite,
} from "./support";
import { startWorker, waitFor, type Worker } from "./workers";

let sim: SimulatorHandle;
let worker: Worker | undefined;

beforeAll(async () => {
  await useFastSqlite();
  sim = await startSimulator({ seed: 5, clock: "manual" });
});

afterAll(async () => {
  worker?.child.kill("SIGKILL");
  await sim.close();
});

it(
  "SIGKILL during a burst of placements: every charged order is dispatched, queued or in review; the ledger reconciles",
  async () => {
    const { serviceIds } = await seedCatalog(sim);
    const userId = await customerWith(1_000_000_000n);
    // Slow answers keep sends in flight when the kill lands.
    sim.setFault("add", "timeout", { probability: 0.5, delayMs: 150 });

    worker = startWorker(["place", String(userId), String(serviceIds.get(1)), "1000"]);
    const placedLines = () => worker!.output.filter((line) => line.startsWith("placed ")).length;
    await waitFor(() => placedLines() >= 60, 60_000, "the burst to get going");
    worker.child.kill("SIGKILL");
    await worker.exited;
    const printed = placedLines();

    const beforeRecovery = await db.order.groupBy({ by: ["dispatchState"], _count: true });
    // The restart: claims of the dead process expire, the dispatcher runs.
    const run = await dispatchDueOrders({ now: new Date(Date.now() + CLAIM_MS + 1_000), limit: 2_000 });

    const orders = await db.order.findMany({ where: { userId } });
    expect(orders.length).toBeGreaterThanOrEqual(printed);
    expect(orders.length).toBeLessThan(1000);
    const states = new Set(orders.map((o) => o.dispatchState));
    expect(
      [...states].filter(
        (s) => s !== DispatchState.SENT && s !== DispatchState.QUEUED && s !== DispatchState.REVIEW,
      ),
    ).toEqual([]);
    expect(orders.filter((o) => o.dispatchState === DispatchState.SENT).length).toBeGreaterThan(0);
    // What the dead process left SENDING went to review, not back to the provider.
    const sending = beforeRecovery.find((g) => g.dispatchState === DispatchState.SENDING)?._count ?? 0;
    expect(run.recovered).toBe(sending);
    expect(orders.filter((o) => o.dispatchState === DispatchState.REVIEW).length).toBeGreaterThanOrEqual(
      sending,
    );

    // Never sent twice: one provider order per link at most, and every SENT order has its own.
    const links = sim.orders().map((o) => o.link);
    expect(new Set(links).size).toBe(links.length);
    const sentIds = orders
      .filter((o) => o.dispatchState === DispatchState.SENT)
      .map((o) => o.providerOrderId);
    expect(new Set(sentIds).size).toBe(sentIds.length);
    await checkMoneyInvariants();
  },
  HEAVY_PROOF_TIMEOUT_MS,
);
