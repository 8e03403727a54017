// Times the admin dashboard's queries on a large panel: seeds 100k orders (with their ledger
// rows, refunds and partials spread over 60 days) into a temp SQLite database, then runs
// getDashboard + getNeedsAttention several times. `npm run bench:dashboard [-- orders]`.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";

const ORDERS = Number(process.argv[2] ?? 100_000);
const USERS = 1_000;
const RUNS = 7;
const dir = mkdtempSync(path.join(tmpdir(), "upline-bench-"));
const dbFile = path.join(dir, "bench.db");
process.env.DATABASE_URL = `file:${dbFile}`;
process.env.JOBS = "off";
process.env.LOG_LEVEL = "warn";
process.env.APP_SECRET ??= "bench-secret-0123456789abcdef0123456789";

const { migrateDatabase } = await import("../lib/db/migrate");
await migrateDatabase(process.env.DATABASE_URL);
const { db, OrderStatus, LedgerType, DispatchState } = await import("../lib/db");
const { getDashboard } = await import("../lib/dashboard/get-dashboard");
const { getNeedsAttention } = await import("../lib/dashboard/needs-attention");

const DAY = 86_400_000;
const now = Date.now();
const statuses = [
  OrderStatus.COMPLETED,
  OrderStatus.COMPLETED,
  OrderStatus.COMPLETED,
  OrderStatus.PARTIAL,
  OrderStatus.CANCELED,
  OrderStatus.IN_PROGRESS,
  OrderStatus.PENDING,
];

async function seed() {
  const provider = await db.provider.create({
    data: { name: "Bench", apiUrl: "http://127.0.0.1:9", apiKeyEncrypted: "x", balance: 10n ** 9n },
  });
  const category = await db.category.create({ data: { name: "Bench" } });
  const services: { id: number }[] = [];
  for (let i = 0; i < 10; i++) {
    const ps = await db.providerService.create({
      data: {
        providerId: provider.id,
        externalId: String(i),
        name: `S${i}`,
        type: "Default",
        category: "Bench",
        rate: 600n,
        min: 10,
        max: 100_000,
      },
    });
    services.push(
      await db.service.create({
        data: {
          providerServiceId: ps.id,
          categoryId: category.id,
          name: `S${i}`,
          type: "Default",
          min: 10,
          max: 100_000,
          rate: 1_000n,
        },
      }),
    );
  }
  await db.user.createMany({
    data: Array.from({ length: USERS }, (_, i) => ({
      email: `bench${i}@bench.test`,
      passwordHash: "x",
      createdAt: new Date(now - (i % 90) * DAY),
    })),
  });
  const users = await db.user.findMany({ select: { id: true } });

  // Bulk rows go straight through better-sqlite3 (Prisma's createMany costs minutes here), in
  // the text format Prisma's SQLite adapter stores DateTime in.
  const sqlite = new Database(dbFile);
  const iso = (d: Date) => d.toISOString().replace("Z", "+00:00");
  const insertOrder = sqlite.prepare(
    `INSERT INTO "Order" (id, userId, serviceId, providerId, link, quantity, charge, cost, refunded, remains, status, dispatchState, nextDispatchAt, createdAt, updatedAt)
     VALUES (@id, @userId, @serviceId, @providerId, @link, @quantity, @charge, @cost, @refunded, @remains, @status, @dispatchState, @createdAt, @createdAt, @createdAt)`,
  );
  const insertLedger = sqlite.prepare(
    `INSERT INTO "LedgerEntry" (userId, type, amount, balanceAfter, orderId, createdAt) VALUES (?, ?, ?, 0, ?, ?)`,
  );
  sqlite.transaction(() => {
    for (let i = 0; i < ORDERS; i++) {
      const status = statuses[i % statuses.length];
      const quantity = 1_000;
      const refunded = status === OrderStatus.PARTIAL ? 300 : status === OrderStatus.CANCELED ? 1_000 : 0;
      const createdAt = iso(new Date(now - (i % 60) * DAY - (i % 86_400) * 1000));
      const userId = users[i % users.length].id;
      insertOrder.run({
        id: i + 1,
        userId,
        serviceId: services[i % services.length].id,
        providerId: provider.id,
        link: `https://example.com/p/${i}`,
        quantity,
        charge: 1_000,
        cost: 600,
        refunded,
        remains: status === OrderStatus.PARTIAL ? 300 : status === OrderStatus.CANCELED ? quantity : 0,
        status,
        dispatchState: i % 500 === 0 ? DispatchState.REVIEW : DispatchState.SENT,
        createdAt,
      });
      insertLedger.run(userId, LedgerType.ORDER_CHARGE, -1_000, i + 1, createdAt);
      if (refunded > 0) insertLedger.run(userId, LedgerType.REFUND, refunded, i + 1, createdAt);
    }
  })();
  sqlite.close();
  // Balances equal to their ledger, as on a real panel (the reconciliation reads them all).
  const sums = await db.ledgerEntry.groupBy({ by: ["userId"], _sum: { amount: true } });
  await db.$transaction(
    sums.map((s) => db.user.update({ where: { id: s.userId }, data: { balance: s._sum.amount ?? 0n } })),
  );
}

try {
  let t = performance.now();
  await seed();
  const ledgerRows = await db.ledgerEntry.count();
  console.log(
    `seeded ${ORDERS.toLocaleString("en-US")} orders, ${ledgerRows.toLocaleString("en-US")} ledger rows, ${USERS} users in ${Math.round(performance.now() - t)} ms`,
  );
  await db.$executeRawUnsafe("ANALYZE");

  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    t = performance.now();
    const [dashboard, attention] = await Promise.all([getDashboard(), getNeedsAttention()]);
    times.push(performance.now() - t);
    if (run === 0) {
      const month = dashboard.periods[2];
      console.log(
        `30 days: ${month.orders} orders, revenue ${month.revenue} units, cost ${month.cost}, profit ${month.profit}; queues ${attention.queues.map((q) => `${q.key} ${q.count}`).join(", ")}`,
      );
    }
  }
  // Where the time goes: each building block alone, one after another.
  const { periodStart } = await import("../lib/dashboard/periods");
  const { ledgerByDay, ordersByDay, countServicesBelowCost } = await import("../lib/dashboard/sql");
  const { findLedgerDifferences } = await import("../lib/ledger/reconcile");
  const from = periodStart(new Date(), 30);
  const parts: [string, () => Promise<unknown>][] = [
    ["ledger by day and type (30d)", () => ledgerByDay(from)],
    ["orders by day and status, with cost (30d)", () => ordersByDay(from)],
    ["services below cost", () => countServicesBelowCost()],
    ["ledger differences (reconciliation)", () => findLedgerDifferences()],
  ];
  for (const [name, fn] of parts) {
    t = performance.now();
    await fn();
    console.log(`  ${name}: ${(performance.now() - t).toFixed(1)} ms`);
  }
  times.sort((a, b) => a - b);
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  console.log(
    `dashboard (getDashboard + getNeedsAttention), ${RUNS} runs: min ${ms(times[0])}, median ${ms(times[Math.floor(RUNS / 2)])}, max ${ms(times[RUNS - 1])}`,
  );
} finally {
  await db.$disconnect();
  rmSync(dir, { recursive: true, force: true });
}
