// `npm run cli -- reconcile`: every kind of difference is found and named, and nothing is
// reported while 200 orders are placed, sent, synced and refunded around it (one snapshot).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "@/tests/support/cli";
import { db, LedgerType } from "@/lib/db";
import { reconcileMoney } from "@/lib/ledger/reconcile";
import { requestCancel } from "@/lib/orders/cancel";
import { dispatchDueOrders } from "@/lib/orders/dispatch";
import { placeOrder } from "@/lib/orders/place-order";
import { syncStatuses } from "@/lib/orders/sync-statuses";
import { flushExchangeLog } from "@/lib/providers/connect";
import { startSimulator, type SimulatorHandle } from "@/lib/providers/simulator";
import { customerWith, HEAVY_PROOF_TIMEOUT_MS, LINK, seedCatalog, useFastSqlite } from "./support";

let sim: SimulatorHandle;
let svc: Map<number, number>;

beforeAll(async () => {
  await useFastSqlite();
  sim = await startSimulator({
    seed: 5,
    clock: "manual",
    timings: { pendingMs: 200, runMs: 1_500, cancelMs: 100, refillMs: 500 },
    partialShare: 0.3,
  });
  ({ serviceIds: svc } = await seedCatalog(sim));
});

afterAll(async () => {
  await flushExchangeLog();
  await sim.close();
});

describe("reconcile", () => {
  it(
    "reports 0 differences, run 100 times in process and by the CLI, during a 200-order burst",
    async () => {
      const users = await Promise.all(Array.from({ length: 10 }, () => customerWith(100_000_000n)));
      let placing = true;
      const burst = (async () => {
        await Promise.all(
          users.map(async (userId, u) => {
            for (let i = 0; i < 20; i++) {
              const { orderId } = await placeOrder(
                {
                  userId,
                  serviceId: svc.get(i % 2 ? 1 : 3)!,
                  fields: { link: LINK, quantity: 100 + ((u * 20 + i) % 9) * 100 },
                  source: "api",
                },
                { dispatch: false },
              );
              if (i % 5 === 4) await requestCancel(userId, [orderId]);
            }
          }),
        );
        placing = false;
      })();
      const jobs = (async () => {
        while (placing) {
          await dispatchDueOrders();
          sim.advance(400);
          await syncStatuses();
          // Like the jobs' timers: give the event loop a turn (SQLite's statements answer through
          // microtasks only, so this loop alone would never let the placements' commits run).
          await new Promise((resolve) => setImmediate(resolve));
        }
      })();
      const found: number[] = [];
      const inProcess = (async () => {
        for (let i = 0; i < 100; i++) found.push((await reconcileMoney()).length);
      })();
      const cli: Array<{ code: number; out: string }> = [];
      const byCli = (async () => {
        while (placing) cli.push(await runCli("reconcile"));
      })();
      await Promise.all([burst, jobs, inProcess, byCli]);

      expect(await db.order.count()).toBeGreaterThanOrEqual(200);
      expect(found).toHaveLength(100);
      expect(found.filter((n) => n !== 0)).toEqual([]);
      expect(cli.length).toBeGreaterThan(0);
      expect(cli.filter((c) => !(c.code === 0 && c.out.includes("0 differences")))).toEqual([]);
    },
    HEAVY_PROOF_TIMEOUT_MS,
  );

  it("names each kind of difference and exits non-zero", async () => {
    const userId = await customerWith(10_000_000n);
    const other = await customerWith(1_000_000n);
    const { orderId } = await placeOrder(
      { userId, serviceId: svc.get(1)!, fields: { link: LINK, quantity: 1000 }, source: "web" },
      { dispatch: false },
    );
    const { orderId: refundedId } = await placeOrder(
      { userId, serviceId: svc.get(1)!, fields: { link: LINK, quantity: 1000 }, source: "web" },
      { dispatch: false },
    );
    const payment = await db.paymentRequest.create({
      data: { userId, amount: 500n, method: "bank", reference: "T1", status: "APPROVED" },
    });
    await db.$transaction(async (tx) => {
      // Each corruption keeps balance = ledger, so only its own kind shows.
      await tx.ledgerEntry.create({
        data: { userId, type: LedgerType.ORDER_CHARGE, amount: -7n, balanceAfter: 0n, orderId },
      });
      await tx.ledgerEntry.create({
        data: { userId, type: LedgerType.ORDER_CHARGE, amount: 7n, balanceAfter: 0n },
      });
      await tx.ledgerEntry.create({
        data: { userId, type: LedgerType.REFUND, amount: 5n, balanceAfter: 0n, orderId: refundedId },
      });
      await tx.ledgerEntry.create({
        data: { userId, type: LedgerType.ADJUSTMENT, amount: -5n, balanceAfter: 0n },
      });
      await tx.ledgerEntry.create({
        data: { userId, type: LedgerType.DEPOSIT, amount: 500n, balanceAfter: 0n, paymentId: payment.id },
      });
      await tx.ledgerEntry.create({
        data: { userId, type: LedgerType.DEPOSIT, amount: 500n, balanceAfter: 0n, paymentId: payment.id },
      });
      await tx.user.update({ where: { id: userId }, data: { balance: { increment: 1000n } } });
      await tx.user.update({
        where: { id: other },
        data: { balance: { increment: 1n }, spent: { increment: 3n } },
      });
    });

    const kinds = (await reconcileMoney()).map((d) => d.kind);
    expect(new Set(kinds)).toEqual(new Set(["balance", "spent", "order-charge", "order-refund", "payment"]));
    const cli = await runCli("reconcile");
    expect(cli.code).toBe(1);
    for (const kind of ["balance:", "spent:", "order-charge:", "order-refund:", "payment:"])
      expect(cli.out).toContain(kind);
  });
});
