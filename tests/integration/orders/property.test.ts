// Property: any sequence of place / dispatch / provider progress + sync / customer cancel / admin
// Partial, cancel-and-refund and mark-completed keeps every balance equal to its ledger, never
// refunds more than a charge, and refunds an order at most once.
import fc from "fast-check";
import { afterAll, beforeAll, expect, it } from "vitest";
import { db, LedgerType } from "@/lib/db";
import { isExpectedError } from "@/lib/errors";
import { cancelAndRefund, markCompleted, setPartial } from "@/lib/orders/admin-actions";
import { requestCancel } from "@/lib/orders/cancel";
import { dispatchDueOrders } from "@/lib/orders/dispatch";
import { placeOrder } from "@/lib/orders/place-order";
import { syncStatuses } from "@/lib/orders/sync-statuses";
import { startSimulator, type SimulatorHandle } from "@/lib/providers/simulator";
import { checkMoneyInvariants, customerWith, HEAVY_PROOF_TIMEOUT_MS, LINK, seedCatalog, useFastSqlite } from "./support";

let sim: SimulatorHandle;
let services: number[];
let adminId: number;

beforeAll(async () => {
  await useFastSqlite();
  sim = await startSimulator({ seed: 77, clock: "manual", timings: { pendingMs: 500, runMs: 3_000, cancelMs: 300, refillMs: 1_000 }, partialShare: 0.4 });
  const { serviceIds } = await seedCatalog(sim);
  services = [serviceIds.get(1)!, serviceIds.get(3)!, serviceIds.get(6)!];
  adminId = (await db.user.create({ data: { email: "prop-admin@test.dev", passwordHash: "x", role: "ADMIN" } })).id;
});

afterAll(async () => {
  await sim.close();
});

type Command =
  | { op: "place"; service: number; quantity: number }
  | { op: "dispatch" }
  | { op: "progress"; ms: number }
  | { op: "cancel"; pick: number }
  | { op: "partial"; pick: number; remains: number }
  | { op: "refund"; pick: number }
  | { op: "complete"; pick: number };

const command: fc.Arbitrary<Command> = fc.oneof(
  fc.record({ op: fc.constant("place" as const), service: fc.nat(2), quantity: fc.integer({ min: 100, max: 1_500 }) }),
  fc.constant({ op: "dispatch" as const }),
  fc.record({ op: fc.constant("progress" as const), ms: fc.integer({ min: 100, max: 4_000 }) }),
  fc.record({ op: fc.constant("cancel" as const), pick: fc.nat() }),
  fc.record({ op: fc.constant("partial" as const), pick: fc.nat(), remains: fc.integer({ min: -5, max: 2_000 }) }),
  fc.record({ op: fc.constant("refund" as const), pick: fc.nat() }),
  fc.record({ op: fc.constant("complete" as const), pick: fc.nat() }),
);

async function expected<T>(work: Promise<T>): Promise<void> {
  try {
    await work;
  } catch (error) {
    if (!isExpectedError(error)) throw error;
  }
}

it("random order histories never break the ledger or over-refund", async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 14 }), async (commands) => {
      const deposit = 200_000n;
      const userId = await customerWith(deposit);
      const admin = { id: adminId };
      const ids: number[] = [];
      const pick = (n: number) => ids[n % Math.max(1, ids.length)];
      for (const c of commands) {
        if (c.op === "place") {
          const fields = c.service === 2 ? { link: LINK, comments: Array.from({ length: 10 + (c.quantity % 20) }, (_, i) => `c${i}`).join("\n") } : { link: LINK, quantity: c.quantity };
          await expected(placeOrder({ userId, serviceId: services[c.service], fields, source: "web" }, { dispatch: false }).then((o) => ids.push(o.orderId)));
        } else if (c.op === "dispatch") await dispatchDueOrders();
        else if (c.op === "progress") {
          sim.advance(c.ms);
          await syncStatuses();
        } else if (ids.length === 0) continue;
        else if (c.op === "cancel") await requestCancel(userId, [pick(c.pick)]);
        else if (c.op === "partial") await expected(setPartial(admin, pick(c.pick), c.remains));
        else if (c.op === "refund") await expected(cancelAndRefund(admin, pick(c.pick)));
        else await expected(markCompleted(admin, pick(c.pick)));
      }
      const orders = await db.order.findMany({ where: { userId } });
      const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
      const charged = orders.reduce((sum, o) => sum + o.charge, 0n);
      const refunded = orders.reduce((sum, o) => sum + o.refunded, 0n);
      expect(orders.every((o) => o.refunded >= 0n && o.refunded <= o.charge)).toBe(true);
      expect(user.balance).toBe(deposit - charged + refunded);
      expect(await db.ledgerEntry.count({ where: { userId, type: LedgerType.REFUND } })).toBe(orders.filter((o) => o.refunded > 0n).length);
      await checkMoneyInvariants();
    }),
    { numRuns: 25 },
  );
}, HEAVY_PROOF_TIMEOUT_MS);
