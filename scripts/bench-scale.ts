// A million orders: seeds a large panel (scripts/bench-scale/seed.ts) and times the domain calls
// the pages make, p50/p95 over several runs after one warm-up, against the targets of issue 16;
// then one status-sync cycle over the active orders (a tenth of all: 100,000 by default) against
// the simulator over HTTP. SQLite in a temp file by default; PostgreSQL in a throw-away database
// when `--pg URL` or TEST_DATABASE_URL names a server.
//   npm run bench:scale [-- --orders 1000000] [--runs 20] [--pg postgresql://...] [--keep]
// --keep leaves the seeded database in place (its path or URL is printed) for EXPLAIN.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { createScratchDatabase, type ScratchDatabase } from "./db/scratch-postgres";
import { postgresWriter, seedOrders, sqliteWriter } from "./bench-scale/seed";

const { values: args } = parseArgs({
  options: {
    orders: { type: "string" },
    runs: { type: "string" },
    pg: { type: "string" },
    keep: { type: "boolean" },
  },
});
const ORDERS = Number(args.orders ?? 1_000_000);
const RUNS = Number(args.runs ?? 20);
const CUSTOMERS = 10_000;
const SERVICES = 40;
const FIRST_PROVIDER_ORDER_ID = 5_000_001;
const pgServer = args.pg ?? process.env.TEST_DATABASE_URL;

const dir = mkdtempSync(path.join(tmpdir(), "upline-bench-scale-"));
const dbFile = path.join(dir, "bench.db");
let scratch: ScratchDatabase | null = null;
if (pgServer) scratch = await createScratchDatabase(pgServer, "upline_bench_scale");
process.env.DATABASE_URL = scratch?.url ?? `file:${dbFile}`;
process.env.JOBS = "off";
process.env.LOG_LEVEL = "warn";
process.env.APP_SECRET ??= "bench-secret-0123456789abcdef0123456789";
const engine = scratch ? "PostgreSQL" : "SQLite";

const { migrateDatabase } = await import("../lib/db/migrate");
await migrateDatabase(process.env.DATABASE_URL);
const { db, OrderStatus, Role } = await import("../lib/db");
const { encryptSecret } = await import("../lib/crypto/secret-box");
const { appSecret } = await import("../lib/env.mjs");
const { startSimulator } = await import("../lib/providers/simulator");
const { syncStatuses } = await import("../lib/orders/sync-statuses");
const { flushExchangeLog } = await import("../lib/providers/connect");
const { listCustomerOrders, listAdminOrders, listOrderFilterOptions, ORDER_TABS } =
  await import("../lib/orders/list-orders");
const { listLedger } = await import("../lib/ledger/list-ledger");
const { getDashboard } = await import("../lib/dashboard/get-dashboard");
const { getNeedsAttention } = await import("../lib/dashboard/needs-attention");

const now = Date.now();
const fmt = (n: number) => n.toLocaleString("en-US");

async function seedCatalog() {
  const provider = await db.provider.create({
    data: { name: "Bench sim", apiUrl: "http://127.0.0.1:9", apiKeyEncrypted: "x", balance: 10n ** 12n },
  });
  const category = await db.category.create({ data: { name: "Bench" } });
  const services: { id: number; rate: bigint }[] = [];
  for (let i = 0; i < SERVICES; i++) {
    const rate = BigInt(20_000 + i * 7_500); // units per 1000: 0.20 to 3.13
    const ps = await db.providerService.create({
      data: {
        providerId: provider.id,
        externalId: String(i + 1),
        name: `S${i}`,
        type: "Default",
        category: "Bench",
        rate: (rate * 6n) / 10n,
        min: 10,
        max: 100_000,
        cancel: true,
        refill: true,
      },
    });
    const service = await db.service.create({
      data: {
        providerServiceId: ps.id,
        categoryId: category.id,
        name: `Service ${i}`,
        type: "Default",
        min: 10,
        max: 100_000,
        rate,
      },
    });
    services.push({ id: service.id, rate });
  }
  await db.user.create({ data: { email: "admin@bench.test", passwordHash: "x", role: Role.ADMIN } });
  for (let start = 0; start < CUSTOMERS; start += 2_000) {
    await db.user.createMany({
      data: Array.from({ length: Math.min(2_000, CUSTOMERS - start) }, (_, k) => ({
        email: `customer${start + k}@bench.test`,
        passwordHash: "x",
        createdAt: new Date(now - Math.floor(((start + k) / CUSTOMERS) * 120 * 86_400_000)),
      })),
    });
  }
  const userIds = (
    await db.user.findMany({ where: { role: Role.CUSTOMER }, select: { id: true }, orderBy: { id: "asc" } })
  ).map((u) => u.id);
  return { provider, services, userIds };
}

/** The simulator's books: the active orders, 1% of them already ended so the cycle refunds too. */
function writeSimulatorState(
  file: string,
  active: { providerOrderId: number; link: string; quantity: number; startCount: number }[],
) {
  const orders = active.map((o, i) => {
    const ended = i % 100 === 0;
    return {
      id: o.providerOrderId,
      service: 1,
      link: o.link,
      quantity: o.quantity,
      fields: {},
      charge: { $bigint: "1000" },
      refunded: { $bigint: "0" },
      startCount: o.startCount,
      createdAt: now - 60_000,
      startAt: now - 30_000,
      naturalEndAt: ended ? now - 1_000 : now + 86_400_000,
      plannedRemains: ended && i % 3 === 0 ? Math.floor(o.quantity / 4) : 0,
      cancelAt: null,
      final: null,
    };
  });
  writeFileSync(
    file,
    JSON.stringify({
      apiKey: "bench-key",
      controlToken: "bench-control-token",
      balance: { $bigint: "100000000000" },
      nextOrderId: FIRST_PROVIDER_ORDER_ID + ORDERS,
      nextRefillId: 1,
      acceptedAdds: ORDERS,
      orders,
      refills: [],
    }),
  );
}

type Line = { name: string; group: "customer" | "admin" | "dashboard"; run: () => Promise<unknown> };
const TARGET_MS = { customer: 150, admin: 300, dashboard: 300 } as const;

/** Nearest rank: with 20 runs, p95 is the second slowest. */
function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function measure(line: Line): Promise<{ p50: number; p95: number }> {
  await line.run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await line.run();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

let sim: Awaited<ReturnType<typeof startSimulator>> | null = null;
try {
  console.log(
    `bench:scale on ${engine}: ${fmt(ORDERS)} orders, ${fmt(CUSTOMERS)} customers, ${RUNS} runs after a warm-up; load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}`,
  );
  let t = performance.now();
  const { provider, services, userIds } = await seedCatalog();
  const writer = scratch ? await postgresWriter(scratch.url) : sqliteWriter(dbFile);
  const seeded = await seedOrders(
    {
      orders: ORDERS,
      userIds,
      services,
      providerId: provider.id,
      now,
      firstProviderOrderId: FIRST_PROVIDER_ORDER_ID,
    },
    writer,
  );
  await db.$executeRawUnsafe(scratch ? "VACUUM ANALYZE" : "ANALYZE");
  console.log(
    `seeded ${fmt(ORDERS)} orders, ${fmt(seeded.ledgerRows)} ledger rows in ${((performance.now() - t) / 1000).toFixed(0)} s; busiest customer #${seeded.busiest.userId} has ${fmt(seeded.busiest.orders)} orders`,
  );

  const stateFile = path.join(dir, "sim-state.json");
  writeSimulatorState(stateFile, seeded.active);
  sim = await startSimulator({ stateFile, clock: "manual" });
  await db.provider.update({
    where: { id: provider.id },
    data: { apiUrl: sim.url, apiKeyEncrypted: encryptSecret(sim.key, appSecret()) },
  });

  const userId = seeded.busiest.userId;
  // A part of the link a customer would paste: the post code or the video number.
  const customerSearch = seeded.busiest.link.replace(/\/$/, "").split("/").pop()!;
  const adminPage = (filters: Parameters<typeof listAdminOrders>[0]) => () =>
    Promise.all([listAdminOrders(filters), listOrderFilterOptions()]);
  const lines: Line[] = [
    ...ORDER_TABS.map((tab): Line => ({
      name: `customer orders, tab ${tab}`,
      group: "customer",
      run: () => listCustomerOrders({ userId, tab }),
    })),
    {
      name: `customer orders, search "${customerSearch}"`,
      group: "customer",
      run: () => listCustomerOrders({ userId, search: customerSearch }),
    },
    { name: "customer transactions", group: "customer", run: () => listLedger({ userId }) },
    { name: "admin orders, all", group: "admin", run: adminPage({}) },
    { name: "admin orders, status partial", group: "admin", run: adminPage({ status: OrderStatus.PARTIAL }) },
    {
      name: "admin orders, status in progress",
      group: "admin",
      run: adminPage({ status: OrderStatus.IN_PROGRESS }),
    },
    { name: "admin orders, search by link", group: "admin", run: adminPage({ search: seeded.sample.link }) },
    {
      name: `admin orders, search by id #${seeded.sample.id}`,
      group: "admin",
      run: adminPage({ search: `#${seeded.sample.id}` }),
    },
    {
      name: "admin dashboard",
      group: "dashboard",
      run: () => Promise.all([getDashboard(), getNeedsAttention()]),
    },
  ];

  const results: string[] = [];
  let failed = false;
  for (const line of lines) {
    const { p50, p95 } = await measure(line);
    const target = TARGET_MS[line.group];
    const pass = p95 < target;
    failed ||= !pass;
    results.push(
      `| ${line.name} | ${p50.toFixed(1)} | ${p95.toFixed(1)} | < ${target} | ${pass ? "PASS" : "FAIL"} |`,
    );
    console.log(`  ${line.name}: p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms`);
  }

  const before = sim.stats().requestsByAction.status ?? 0;
  t = performance.now();
  const run = await syncStatuses({ limitPerProvider: seeded.active.length });
  const syncSeconds = (performance.now() - t) / 1000;
  const calls = (sim.stats().requestsByAction.status ?? 0) - before;
  await flushExchangeLog();
  const expected = Math.ceil(run.checked / 100);
  const syncPass = calls === expected && run.checked === seeded.active.length;
  failed ||= !syncPass;
  results.push(
    `| status sync, ${fmt(run.checked)} active orders | ${syncSeconds.toFixed(1)} s | | ${fmt(expected)} provider calls | ${syncPass ? "PASS" : "FAIL"} (${fmt(calls)} calls) |`,
  );
  console.log(
    `  status sync: ${fmt(run.checked)} polled, ${fmt(calls)} provider calls (ceil(n/100) = ${fmt(expected)}), ${syncSeconds.toFixed(1)} s, ${run.finalized} finalized, ${run.refunds} refunds, ${run.failed} failed`,
  );

  console.log(
    `\n${engine}, ${fmt(ORDERS)} orders, ${new Date().toISOString().slice(0, 10)}, load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}\n`,
  );
  console.log("| measurement | p50 ms | p95 ms | target | result |\n|---|---|---|---|---|");
  console.log(results.join("\n"));
  if (failed) process.exitCode = 1;
} finally {
  await sim?.close();
  await db.$disconnect();
  if (args.keep) console.log(`kept the database: ${process.env.DATABASE_URL}`);
  else {
    await scratch?.drop();
    rmSync(dir, { recursive: true, force: true });
  }
}
