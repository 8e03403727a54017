// A stand-alone order worker process, for the scale-out and crash proofs (and for running the
// order jobs outside the web server): `tsx scripts/order-worker.ts <mode>` with DATABASE_URL set.
//   loop               runs the dispatcher and the status sync back to back until "stop" on stdin
//                      (no job lease on purpose: the row claims and guarded transitions must hold alone)
//   place <user> <service> <count>   places orders one after another, each sent right after its
//                      commit like the web does; prints "placed <id>" per order
import "./load-dotenv";
import { createInterface } from "node:readline";
import { db } from "../lib/db";
import { dispatchDueOrders, waitForDispatches } from "../lib/orders/dispatch";
import { placeOrder } from "../lib/orders/place-order";
import { syncStatuses } from "../lib/orders/sync-statuses";
import { flushExchangeLog } from "../lib/providers/connect";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function loop(): Promise<void> {
  let stopping = false;
  createInterface({ input: process.stdin }).on("line", (line) => {
    if (line.trim() === "stop") stopping = true;
  });
  const totals = { sent: 0, rejected: 0, temporary: 0, uncertain: 0, skipped: 0, finalized: 0, refunds: 0 };
  while (!stopping) {
    const dispatched = await dispatchDueOrders({ limit: 100, concurrency: 4 });
    const synced = await syncStatuses({ pageSize: 100 });
    for (const key of ["sent", "rejected", "temporary", "uncertain", "skipped"] as const)
      totals[key] += dispatched[key];
    totals.finalized += synced.finalized;
    totals.refunds += synced.refunds;
    await sleep(50);
  }
  console.log(`totals ${JSON.stringify(totals)}`);
}

async function place(userId: number, serviceId: number, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    const { orderId } = await placeOrder({
      userId,
      serviceId,
      fields: { link: `https://example.com/burst/${process.pid}/${i}`, quantity: 100 },
      source: "api",
    });
    console.log(`placed ${orderId}`);
    // Like separate web requests: let network I/O in between. (better-sqlite3 answers through
    // microtasks only, so a tight loop of placements would hold back the sends' sockets.)
    await new Promise((resolve) => setImmediate(resolve));
  }
  await waitForDispatches();
}

async function main(): Promise<void> {
  const [mode, ...args] = process.argv.slice(2);
  if (mode === "loop") await loop();
  else if (mode === "place") await place(Number(args[0]), Number(args[1]), Number(args[2]));
  else throw new Error("usage: order-worker.ts loop | place <userId> <serviceId> <count>");
  await flushExchangeLog();
  await db.$disconnect();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
