// Property: any sequence of place (per-item, drip-feed, package and Subscriptions orders) /
// dispatch (with odd `add` answers) / provider progress + sync (3-billion start counts, package
// partials, expiring subscriptions) / customer cancel / admin Partial, cancel-and-refund and
// mark-completed keeps every balance equal to its ledger, never refunds more than a charge nor
// more than the provider gave back, and refunds an order at most once.
import fc from "fast-check";
import { afterAll, beforeAll, expect, it } from "vitest";
import { db, DispatchState, LedgerType } from "@/lib/db";
import { isExpectedError } from "@/lib/errors";
import { cancelAndRefund, markCompleted, setPartial } from "@/lib/orders/admin-actions";
import { requestCancel } from "@/lib/orders/cancel";
import { dispatchDueOrders } from "@/lib/orders/dispatch";
import { placeOrder } from "@/lib/orders/place-order";
import { isFinalStatus } from "@/lib/orders/status-names";
import { syncStatuses } from "@/lib/orders/sync-statuses";
import { startSimulator, type SimulatorHandle } from "@/lib/providers/simulator";
import {
  checkMoneyInvariants,
  customerWith,
  HEAVY_PROOF_TIMEOUT_MS,
  LINK,
  seedCatalog,
  useFastSqlite,
} from "./support";

let sim: SimulatorHandle;
let services: number[];
let adminId: number;

beforeAll(async () => {
  await useFastSqlite();
  sim = await startSimulator({
    seed: 77,
    clock: "manual",
    timings: { pendingMs: 500, runMs: 3_000, cancelMs: 300, refillMs: 1_000 },
    partialShare: 0.4,
    hugeStartCountShare: 0.3,
  });
  const { serviceIds } = await seedCatalog(sim);
  // Followers (drip-feed, cancel), views (cancel), custom comments (cancel), a package, a subscription.
  services = [1, 3, 6, 5, 17].map((id) => serviceIds.get(id)!);
  adminId = (
    await db.user.create({ data: { email: "prop-admin@test.dev", passwordHash: "x", role: "ADMIN" } })
  ).id;
});

afterAll(async () => {
  await sim.close();
});

type Command =
  | { op: "place"; service: number; quantity: number; runs: number }
  | { op: "oddAdd"; fault: "answer_with_error_zero" | "answer_with_http_error" }
  | { op: "dispatch" }
  | { op: "progress"; ms: number }
  | { op: "cancel"; pick: number }
  | { op: "partial"; pick: number; remains: number }
  | { op: "refund"; pick: number }
  | { op: "complete"; pick: number };

// Weighted towards placing, sending and letting the provider finish, so most histories reach the
// provider's final answers (package partials, expired subscriptions) that the refund rules read.
const command: fc.Arbitrary<Command> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      op: fc.constant("place" as const),
      service: fc.nat(4),
      quantity: fc.integer({ min: 100, max: 1_500 }),
      runs: fc.constantFrom(0, 0, 2, 5),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant("oddAdd" as const),
      fault: fc.constantFrom("answer_with_error_zero" as const, "answer_with_http_error" as const),
    }),
  },
  { weight: 3, arbitrary: fc.constant({ op: "dispatch" as const }) },
  {
    weight: 4,
    arbitrary: fc.record({ op: fc.constant("progress" as const), ms: fc.integer({ min: 500, max: 4_000 }) }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("cancel" as const), pick: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant("partial" as const),
      pick: fc.nat(),
      remains: fc.integer({ min: -5, max: 2_000 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("refund" as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("complete" as const), pick: fc.nat() }) },
);

function orderFields(c: Extract<Command, { op: "place" }>): Record<string, unknown> {
  if (c.service === 2)
    return {
      link: LINK,
      comments: Array.from({ length: 10 + (c.quantity % 20) }, (_, i) => `c${i}`).join("\n"),
    };
  if (c.service === 3) return { link: LINK };
  if (c.service === 4)
    return {
      username: "shop",
      min: "50",
      max: String(50 + (c.quantity % 200)),
      posts: String(1 + (c.quantity % 7)),
    };
  if (c.service === 0 && c.runs > 0) return { link: LINK, quantity: c.quantity, runs: c.runs, interval: 10 };
  return { link: LINK, quantity: c.quantity };
}

async function expected<T>(work: Promise<T>): Promise<void> {
  try {
    await work;
  } catch (error) {
    if (!isExpectedError(error)) throw error;
  }
}

it(
  "random order histories never break the ledger or over-refund",
  async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 20 }), async (commands) => {
        const deposit = 10_000_000n;
        const userId = await customerWith(deposit);
        const admin = { id: adminId };
        const ids: number[] = [];
        const byAdmin = new Set<number>();
        const pick = (n: number) => ids[n % Math.max(1, ids.length)];
        sim.clearFaults();
        for (const c of commands) {
          if (c.op === "place") {
            await expected(
              placeOrder(
                { userId, serviceId: services[c.service], fields: orderFields(c), source: "web" },
                { dispatch: false },
              ).then((o) => ids.push(o.orderId)),
            );
          } else if (c.op === "oddAdd") sim.setFault("add", c.fault, { count: 1 });
          else if (c.op === "dispatch") await dispatchDueOrders();
          else if (c.op === "progress") {
            sim.advance(c.ms);
            await syncStatuses();
          } else if (ids.length === 0) continue;
          else if (c.op === "cancel") await requestCancel(userId, [pick(c.pick)]);
          else {
            byAdmin.add(pick(c.pick));
            if (c.op === "partial") await expected(setPartial(admin, pick(c.pick), c.remains));
            else if (c.op === "refund") await expected(cancelAndRefund(admin, pick(c.pick)));
            else await expected(markCompleted(admin, pick(c.pick)));
          }
        }
        // Let the provider finish whatever was sent, so every history ends on its final answers.
        sim.clearFaults();
        await dispatchDueOrders();
        for (let i = 0; i < 2; i++) {
          sim.advance(5_000);
          await syncStatuses();
        }
        const orders = await db.order.findMany({ where: { userId } });
        const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
        const charged = orders.reduce((sum, o) => sum + o.charge, 0n);
        const refunded = orders.reduce((sum, o) => sum + o.refunded, 0n);
        expect(orders.filter((o) => o.refunded < 0n || o.refunded > o.charge)).toEqual([]);
        // What the status sync refunded never exceeds the provider's own refund share (the panel's
        // charge equals the provider's here: services are priced at the provider's rate).
        for (const o of orders.filter((o) => o.providerOrderId && !byAdmin.has(o.id))) {
          const upstream = sim.order(o.providerOrderId!);
          if (!upstream) continue;
          expect(o.refunded * upstream.charge).toBeLessThanOrEqual(o.charge * upstream.refunded);
          // An order the provider has ended is settled or waits for an admin; none stays active forever.
          if (upstream.status !== "Pending" && upstream.status !== "In progress")
            expect(
              isFinalStatus(o.status) || o.dispatchState === DispatchState.REVIEW,
              `order ${o.id} is ${o.status}/${o.dispatchState}; the provider says ${upstream.status}`,
            ).toBe(true);
        }
        expect(user.balance).toBe(deposit - charged + refunded);
        expect(await db.ledgerEntry.count({ where: { userId, type: LedgerType.REFUND } })).toBe(
          orders.filter((o) => o.refunded > 0n).length,
        );
        await checkMoneyInvariants();
      }),
      { numRuns: 25 },
    );
  },
  HEAVY_PROOF_TIMEOUT_MS,
);
