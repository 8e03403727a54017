// One status sync cycle over many active orders against the simulator over real HTTP:
// `npm run bench:sync [-- orders]` (default 100,000). Seeds a temp SQLite database (or
// BENCH_DATABASE_URL, a PostgreSQL database it may fill) and a simulator state file with the same
// orders in progress (1% already ended, so refunds are part of the cycle), runs syncStatuses once
// and prints the provider calls made (must equal ceil(n/100)), the duration and the DB writes.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const ORDERS = Number(process.argv[2] ?? 100_000);
const ENDED_SHARE = 0.01;
const dir = mkdtempSync(path.join(tmpdir(), "upline-bench-sync-"));
process.env.DATABASE_URL = process.env.BENCH_DATABASE_URL ?? `file:${path.join(dir, "bench.db")}`;
process.env.JOBS = "off";
process.env.LOG_LEVEL = "warn";
process.env.APP_SECRET ??= "bench-secret-0123456789abcdef0123456789";

const { migrateDatabase } = await import("../lib/db/migrate");
await migrateDatabase(process.env.DATABASE_URL);
const { db, DispatchState, OrderStatus } = await import("../lib/db");
const { encryptSecret } = await import("../lib/crypto/secret-box");
const { appSecret, dbProvider } = await import("../lib/env.mjs");
const { startSimulator } = await import("../lib/providers/simulator");
const { syncStatuses } = await import("../lib/orders/sync-statuses");
const { flushExchangeLog } = await import("../lib/providers/connect");

const FIRST_SIM_ID = 1001;
const QUANTITY = 1000;
const CHARGE = 90_000n; // 0.90 per 1000 x 1000
const now = Date.now();

// The simulator's own books: the same orders, mostly in progress, some already ended.
const stateFile = path.join(dir, "sim-state.json");
const simOrders = Array.from({ length: ORDERS }, (_, i) => {
  const ended = i % Math.round(1 / ENDED_SHARE) === 0;
  return {
    id: FIRST_SIM_ID + i,
    service: 1,
    link: `https://example.com/bench/${i}`,
    quantity: QUANTITY,
    fields: {},
    charge: { $bigint: CHARGE.toString() },
    refunded: { $bigint: "0" },
    startCount: 1000 + (i % 5000),
    createdAt: now - 60_000,
    startAt: now - 30_000,
    naturalEndAt: ended ? now - 1_000 : now + 86_400_000,
    plannedRemains: ended && i % 3 === 0 ? 250 : 0,
    cancelAt: null,
    final: null,
  };
});
writeFileSync(
  stateFile,
  JSON.stringify({
    apiKey: "bench-key",
    controlToken: "bench-control-token",
    balance: { $bigint: "100000000000" },
    nextOrderId: FIRST_SIM_ID + ORDERS,
    nextRefillId: 1,
    acceptedAdds: ORDERS,
    orders: simOrders,
    refills: [],
  }),
);
const sim = await startSimulator({ stateFile, clock: "manual" });

async function seedPanel() {
  const provider = await db.provider.create({
    data: { name: "Bench sim", apiUrl: sim.url, apiKeyEncrypted: encryptSecret(sim.key, appSecret()) },
  });
  const category = await db.category.create({ data: { name: "Bench" } });
  const ps = await db.providerService.create({
    data: {
      providerId: provider.id,
      externalId: "1",
      name: "Followers",
      type: "Default",
      category: "Bench",
      rate: 90_000n,
      min: 50,
      max: 10_000,
      cancel: true,
      refill: true,
    },
  });
  const service = await db.service.create({
    data: {
      providerServiceId: ps.id,
      categoryId: category.id,
      name: "Followers",
      type: "Default",
      min: 50,
      max: 10_000,
      rate: 90_000n,
    },
  });
  const user = await db.user.create({ data: { email: "bench@bench.test", passwordHash: "x" } });
  for (let start = 0; start < ORDERS; start += 5_000) {
    await db.order.createMany({
      data: Array.from({ length: Math.min(5_000, ORDERS - start) }, (_, k) => {
        const i = start + k;
        return {
          userId: user.id,
          serviceId: service.id,
          providerId: provider.id,
          link: `https://example.com/bench/${i}`,
          quantity: QUANTITY,
          charge: CHARGE,
          cost: CHARGE,
          status: OrderStatus.IN_PROGRESS,
          dispatchState: DispatchState.SENT,
          providerOrderId: String(FIRST_SIM_ID + i),
          remains: QUANTITY,
          startCount: 1000 + (i % 5000),
        };
      }),
    });
  }
}

try {
  console.log(`seeding ${ORDERS} active orders (${dbProvider === "sqlite" ? "SQLite" : "PostgreSQL"})...`);
  await seedPanel();
  const before = sim.stats().requestsByAction.status ?? 0;
  const started = performance.now();
  const run = await syncStatuses({ limitPerProvider: ORDERS });
  const seconds = (performance.now() - started) / 1000;
  const statusCalls = (sim.stats().requestsByAction.status ?? 0) - before;
  await flushExchangeLog();
  const expected = Math.ceil(ORDERS / 100);
  console.log(`orders polled:        ${run.checked}`);
  console.log(
    `provider calls:       ${statusCalls} (counted by the sync: ${run.providerCalls}; ceil(n/100) = ${expected}) ${statusCalls === expected ? "OK" : "MISMATCH"}`,
  );
  console.log(
    `duration:             ${seconds.toFixed(1)} s (${Math.round(run.checked / seconds)} orders/s)`,
  );
  console.log(
    `DB writes:            ${run.dbWrites} statements (${run.updated} orders changed, ${run.finalized} finalized, ${run.refunds} refunds)`,
  );
  console.log(`failed lookups:       ${run.failed}`);
  if (statusCalls !== expected) process.exitCode = 1;
} finally {
  await sim.close();
  await db.$disconnect();
  rmSync(dir, { recursive: true, force: true });
}
