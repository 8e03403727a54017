// `npm run bench:api` (a benchmark, not a test): requests/s and p50/p99 latency of the reseller
// API's `balance`, `status` with 100 ids and `add`, against the production build on SQLite (or
// PostgreSQL), side by side with two baselines: a bare Next route handler with no database work
// (what the framework costs) and a bare node:http handler on the database's own driver
// (better-sqlite3 or node-postgres) doing the same queries on the same database. The three are
// measured in turns, so outside load falls on all alike. Upline's /api/v2 is answered by the
// node server in front of Next (lib/reseller-api/direct-route.ts), so it can beat the bare Next
// route. Loopback only, bounded request counts; the temp data folder or database is removed after.
//
//   npm run bench:api [-- --requests 2000 --concurrency 16 --port 3250] [-- --pg postgresql://...]
//
// PostgreSQL: `--pg URL` or TEST_DATABASE_URL names a server; a throw-away database is made on it.
//
// The app is started like the e2e server (BUILD_DIR/PORT/DATA_DIR/DATABASE_URL + scripts/start.ts;
// it builds first when sources changed), seeded through the domain functions, with the API rate
// limits raised through their env variables for this run only. Its provider is the simulator in
// a process of its own (scripts/simulator.ts), as a real provider is another company's server:
// Upline's add pays for sending each order, not for the provider's side of it.
import { spawn, type ChildProcess } from "node:child_process";
import { createHash, timingSafeEqual } from "node:crypto";
import { mkdirSync, rmSync } from "node:fs";
import { createServer, type IncomingMessage } from "node:http";
import path from "node:path";
import Database from "better-sqlite3";
import { createScratchDatabase } from "./db/scratch-postgres";
import pg from "pg";

const root = path.resolve(import.meta.dirname, "..");
const argText = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const arg = (name: string, fallback: number) => Number(argText(name) ?? fallback);

if (process.argv[2] === "--bare-server") {
  runBareServer(process.argv[3], Number(process.argv[4]));
} else {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}

// ---------------------------------------------------------------------------------------------
// The bare baseline: the same key lookup, reads and conditional debit, with nothing around them,
// on better-sqlite3 or node-postgres (the drivers under Prisma's adapters).

type Row = Record<string, unknown>;
type PlaceInput = { userId: bigint; svc: Row; link: string; quantity: number; charge: bigint; cost: bigint };
type BareStore = {
  findKey(hash: string): Promise<Row | undefined>;
  settings(): Promise<Array<{ key: string; value: string }>>;
  orders(userId: bigint, ids: number[]): Promise<Row[]>;
  service(id: number): Promise<Row | undefined>;
  prices(userId: bigint): Promise<Row[]>;
  place(input: PlaceInput): Promise<{ id: bigint; balance: bigint }>;
};

function sqliteStore(file: string): BareStore {
  const sqlite = new Database(file, { timeout: 10_000 });
  sqlite.pragma("journal_mode = WAL");
  sqlite.defaultSafeIntegers(true);
  const findKey = sqlite.prepare(
    `SELECT k.id AS keyId, k.hash, u.id AS userId, u.balance, u.status, u.apiAccess FROM "ApiKey" k JOIN "User" u ON u.id = k.userId WHERE k.hash = ?`,
  );
  const settings = sqlite.prepare(`SELECT key, value FROM "Setting"`);
  const service = sqlite.prepare(
    `SELECT s.id, s.type, s.min, s.max, s.rate, s.enabled, ps.rate AS cost, ps.available, p.status AS providerStatus, p.id AS providerId
     FROM "Service" s JOIN "ProviderService" ps ON ps.id = s.providerServiceId JOIN "Provider" p ON p.id = ps.providerId WHERE s.id = ?`,
  );
  const prices = sqlite.prepare(
    `SELECT serviceId, rate, discountBps FROM "UserServicePrice" WHERE userId = ?`,
  );
  const insertOrder = sqlite.prepare(
    `INSERT INTO "Order" (userId, serviceId, providerId, link, quantity, params, charge, cost, source, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'api', ?) RETURNING id`,
  );
  const debit = sqlite.prepare(
    `UPDATE "User" SET balance = balance - ?, spent = spent + ? WHERE id = ? AND balance >= ?`,
  );
  const readBalance = sqlite.prepare(`SELECT balance FROM "User" WHERE id = ?`);
  const insertLedger = sqlite.prepare(
    `INSERT INTO "LedgerEntry" (userId, type, amount, balanceAfter, orderId, idempotencyKey) VALUES (?, 'ORDER_CHARGE', ?, ?, ?, ?)`,
  );
  const place = sqlite.transaction(({ userId, svc, link, quantity, charge, cost }: PlaceInput) => {
    const now = new Date().toISOString();
    const { id } = insertOrder.get(
      userId,
      svc.id,
      svc.providerId,
      link,
      quantity,
      JSON.stringify({ link, quantity }),
      charge,
      cost,
      now,
    ) as { id: bigint };
    if (debit.run(charge, charge, userId, charge).changes === 0)
      throw new Error("Not enough funds on balance");
    const { balance } = readBalance.get(userId) as { balance: bigint };
    insertLedger.run(userId, -charge, balance, id, `order:${id}:charge`);
    return { id, balance };
  });
  return {
    findKey: async (hash) => findKey.get(hash) as Row | undefined,
    settings: async () => settings.all() as Array<{ key: string; value: string }>,
    orders: async (userId, ids) =>
      sqlite
        .prepare(
          `SELECT id, charge, startCount, status, remains FROM "Order" WHERE userId = ? AND id IN (${ids.map(() => "?").join(",")})`,
        )
        .all(userId, ...ids) as Row[],
    service: async (id) => service.get(id) as Row | undefined,
    prices: async (userId) => prices.all(userId) as Row[],
    place: async (input) => place(input),
  };
}

function postgresStore(url: string): BareStore {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const query = async (text: string, values: unknown[] = []) =>
    (await pool.query(text, values)).rows as Row[];
  return {
    findKey: async (hash) =>
      (
        await query(
          `SELECT k.id AS "keyId", k.hash, u.id AS "userId", u.balance, u.status, u."apiAccess" FROM "ApiKey" k JOIN "User" u ON u.id = k."userId" WHERE k.hash = $1`,
          [hash],
        )
      )[0],
    settings: () =>
      query(`SELECT key, value FROM "Setting"`) as Promise<Array<{ key: string; value: string }>>,
    orders: (userId, ids) =>
      query(
        `SELECT id, charge, "startCount", status, remains FROM "Order" WHERE "userId" = $1 AND id = ANY($2::int[])`,
        [userId, ids],
      ),
    service: async (id) =>
      (
        await query(
          `SELECT s.id, s.type, s.min, s.max, s.rate, s.enabled, ps.rate AS cost, ps.available, p.status AS "providerStatus", p.id AS "providerId"
           FROM "Service" s JOIN "ProviderService" ps ON ps.id = s."providerServiceId" JOIN "Provider" p ON p.id = ps."providerId" WHERE s.id = $1`,
          [id],
        )
      )[0],
    prices: (userId) =>
      query(`SELECT "serviceId", rate, "discountBps" FROM "UserServicePrice" WHERE "userId" = $1`, [userId]),
    async place({ userId, svc, link, quantity, charge, cost }) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const { rows } = await client.query(
          `INSERT INTO "Order" ("userId", "serviceId", "providerId", link, quantity, params, charge, cost, source, "updatedAt") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'api', now()) RETURNING id`,
          [userId, svc.id, svc.providerId, link, quantity, JSON.stringify({ link, quantity }), charge, cost],
        );
        const id = BigInt(rows[0].id);
        const debit = await client.query(
          `UPDATE "User" SET balance = balance - $1, spent = spent + $1 WHERE id = $2 AND balance >= $1 RETURNING balance`,
          [charge, userId],
        );
        if (debit.rowCount === 0) throw new Error("Not enough funds on balance");
        const balance = BigInt(debit.rows[0].balance);
        await client.query(
          `INSERT INTO "LedgerEntry" ("userId", type, amount, "balanceAfter", "orderId", "idempotencyKey") VALUES ($1, 'ORDER_CHARGE', $2, $3, $4, $5)`,
          [userId, -charge, balance, id, `order:${id}:charge`],
        );
        await client.query("COMMIT");
        return { id, balance };
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      } finally {
        client.release();
      }
    },
  };
}

function runBareServer(database: string, port: number) {
  const store = database.startsWith("postgresql://") ? postgresStore(database) : sqliteStore(database);
  const money = (units: bigint) => `${units / 100000n}.${(units % 100000n).toString().padStart(5, "0")}`;

  const handle = async (params: URLSearchParams): Promise<unknown> => {
    const key = params.get("key") ?? "";
    const hash = createHash("sha256").update(key).digest("hex");
    const row = await store.findKey(hash);
    if (
      !row ||
      !timingSafeEqual(Buffer.from(String(row.hash)), Buffer.from(hash)) ||
      row.status !== "ACTIVE" ||
      !row.apiAccess
    ) {
      return { error: "Invalid API key" };
    }
    const userId = BigInt(row.userId as bigint);
    const currency = async () => {
      const found = (await store.settings()).find((s) => s.key === "currencyCode");
      return found ? JSON.parse(found.value) : "USD";
    };
    switch (params.get("action")) {
      case "balance":
        return { balance: money(BigInt(row.balance as bigint)), currency: await currency() };
      case "status": {
        const ids = (params.get("orders") ?? "")
          .split(",")
          .map(Number)
          .filter((n) => n > 0)
          .slice(0, 100);
        const [rows, code] = await Promise.all([store.orders(userId, ids), currency()]);
        const byId = new Map(rows.map((r) => [Number(r.id), r]));
        return Object.fromEntries(
          ids.map((id) => {
            const r = byId.get(id);
            return [
              id,
              r
                ? {
                    charge: money(BigInt(r.charge as bigint)),
                    start_count: String(r.startCount ?? 0),
                    status: r.status,
                    remains: String(r.remains ?? 0),
                    currency: code,
                  }
                : { error: "Incorrect order ID" },
            ];
          }),
        );
      }
      case "add": {
        const svc = await store.service(Number(params.get("service")));
        if (!svc || !svc.enabled || !svc.available || svc.providerStatus !== "ACTIVE")
          return { error: "Incorrect service ID" };
        await store.prices(userId);
        const quantity = Number(params.get("quantity"));
        if (quantity < Number(svc.min)) return { error: `Quantity less than minimal ${svc.min}` };
        const charge = (BigInt(svc.rate as bigint) * BigInt(quantity) + 999n) / 1000n;
        const cost = (BigInt(svc.cost as bigint) * BigInt(quantity) + 999n) / 1000n;
        const placed = await store.place({
          userId,
          svc,
          link: params.get("link") ?? "",
          quantity,
          charge,
          cost,
        });
        return { order: Number(placed.id), newBalance: money(placed.balance) };
      }
      default:
        return { error: "Incorrect request" };
    }
  };

  const readBody = async (req: IncomingMessage) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8");
  };
  createServer(async (req, res) => {
    let body: unknown;
    try {
      body = await handle(
        new URLSearchParams(req.method === "POST" ? await readBody(req) : (req.url ?? "").split("?")[1]),
      );
    } catch (error) {
      body = { error: error instanceof Error ? error.message : "Internal error" };
    }
    res.writeHead(200, { "content-type": "application/json; charset=utf-8" });
    res.end(JSON.stringify(body));
  }).listen(port, "127.0.0.1", () => process.send?.("ready"));
}

// ---------------------------------------------------------------------------------------------
// The run: start the app, seed it, measure both servers with the same load.

type Scenario = { name: string; requests: number; body: () => string };
type Result = { rps: number; p50: number; p99: number; errors: number };

type Sample = { latencies: number[]; seconds: number; errors: number };

async function sample(
  url: string,
  scenario: Scenario,
  requests: number,
  concurrency: number,
): Promise<Sample> {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const worker = async () => {
    while (next < requests) {
      next += 1;
      const started = performance.now();
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: scenario.body(),
      });
      const json = (await response.json()) as Record<string, unknown>;
      latencies.push(performance.now() - started);
      if (response.status !== 200 || "error" in json) errors += 1;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { latencies, seconds: (performance.now() - started) / 1000, errors };
}

/**
 * Measures the servers in turns (ROUNDS rounds, each server a share of the requests per round),
 * so load from elsewhere on a shared machine falls on all of them alike.
 */
async function measureInTurns(urls: string[], scenario: Scenario, concurrency: number): Promise<Result[]> {
  const ROUNDS = 5;
  const totals = urls.map((): Sample => ({ latencies: [], seconds: 0, errors: 0 }));
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, url] of urls.entries()) {
      const part = await sample(url, scenario, Math.ceil(scenario.requests / ROUNDS), concurrency);
      totals[i].latencies.push(...part.latencies);
      totals[i].seconds += part.seconds;
      totals[i].errors += part.errors;
    }
  }
  return totals.map(({ latencies, seconds, errors }) => {
    latencies.sort((a, b) => a - b);
    const pct = (p: number) =>
      latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))];
    return { rps: latencies.length / seconds, p50: pct(50), p99: pct(99), errors };
  });
}

async function waitFor(url: string, child: ChildProcess, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  throw new Error(`server not up at ${url} after ${timeoutMs / 1000}s`);
}

async function main() {
  const requests = arg("requests", 2000);
  const concurrency = arg("concurrency", 16);
  const port = arg("port", 3250);
  const barePort = port + 2;
  const dataDir = path.join(root, "tmp", `bench-api-${process.pid}`);
  const dbFile = path.join(dataDir, "upline.db");
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const pgServer = argText("pg") ?? process.env.TEST_DATABASE_URL;
  const scratch = pgServer ? await createScratchDatabase(pgServer, "upline_bench_api") : null;
  const databaseUrl = scratch?.url ?? `file:${dbFile}`;
  const engine = scratch ? "PostgreSQL" : "SQLite";

  // The upstream provider, in its own process.
  const providerPort = port + 1;
  const providerKey = "bench-provider-key-0123456789";
  const provider = spawn(
    path.join(root, "node_modules/.bin/tsx"),
    ["scripts/simulator.ts", "--port", String(providerPort), "--key", providerKey, "--fast"],
    {
      cwd: root,
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  const providerUrl = await new Promise<string>((resolve, reject) => {
    let text = "";
    provider.stdout!.on("data", (chunk: Buffer) => {
      text += chunk.toString();
      const url = /url:\s+(http\S+)/.exec(text)?.[1];
      if (url) resolve(url);
    });
    provider.once("exit", (code) => reject(new Error(`provider simulator exited with ${code}`)));
  });
  provider.stdout!.resume();

  const serverEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl,
    BUILD_DIR: process.env.BUILD_DIR ?? ".next-api",
    PORT: String(port),
    HOSTNAME: "127.0.0.1",
    DEMO_PROVIDER: "off",
    UPSTREAM_URL: providerUrl,
    UPSTREAM_KEY: providerKey,
    JOBS: "off",
    LOG_LEVEL: "error",
    ADMIN_EMAIL: "bench-admin@bench.test",
    ADMIN_PASSWORD: "bench-admin-pass-1",
    API_LIMIT_ADD_PER_MIN: "1000000",
    API_LIMIT_READ_PER_MIN: "1000000",
    API_LIMIT_IP_PER_MIN: "1000000",
    BENCH_BARE_ROUTE: "on",
  };
  console.log(
    `bench:api: starting the production build on 127.0.0.1:${port} (builds first if sources changed) ...`,
  );
  const app = spawn(path.join(root, "node_modules/.bin/tsx"), ["scripts/start.ts"], {
    cwd: root,
    env: serverEnv,
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  let bare: ChildProcess | undefined;
  const stop = () => {
    if (app.pid && app.exitCode === null) process.kill(-app.pid, "SIGTERM");
    bare?.kill("SIGTERM");
    provider.kill("SIGTERM");
  };
  process.on("SIGINT", () => {
    stop();
    process.exit(130);
  });

  try {
    const appUrl = `http://127.0.0.1:${port}/api/v2`;
    await waitFor(`http://127.0.0.1:${port}/login`, app, 600_000);

    // Seed through the domain functions, on the server's database file.
    process.env.DATABASE_URL = serverEnv.DATABASE_URL!;
    process.env.DATA_DIR = dataDir;
    process.env.JOBS = "off";
    process.env.LOG_LEVEL = "error";
    const { createUser } = await import("../lib/users/create-user");
    const { adjustBalance } = await import("../lib/ledger/adjust-balance");
    const { issueApiKey } = await import("../lib/reseller-api/api-keys");
    const { listCatalogServices } = await import("../lib/catalog/list-catalog");
    const { placeOrder } = await import("../lib/orders/place-order");
    const { importWholeCatalog } = await import("../lib/catalog/import-services");
    const { db, LedgerType } = await import("../lib/db");

    const upstream = await db.provider.findFirstOrThrow({
      where: { apiUrl: providerUrl },
      select: { id: true },
    });
    await importWholeCatalog(upstream.id, { id: null });

    const user = await createUser({ email: "reseller@bench.test", password: "bench-pass-1" });
    await adjustBalance({
      userId: user.id,
      amount: 100_000_000_000n,
      reason: "bench",
      type: LedgerType.DEPOSIT,
    });
    const { key } = await issueApiKey(user.id);
    const service =
      (await listCatalogServices({ userId: user.id })).find((s) => s.type === "Default" && !s.dripfeed) ??
      (await listCatalogServices({ userId: user.id })).find((s) => s.type === "Default");
    if (!service) throw new Error("no Default service in the provider's catalog");
    const orderIds: number[] = [];
    for (let i = 0; i < 100; i++) {
      const placed = await placeOrder(
        {
          userId: user.id,
          serviceId: service.id,
          fields: { link: `https://instagram.com/seed${i}`, quantity: String(service.min) },
          source: "api",
        },
        { dispatch: false },
      );
      orderIds.push(placed.orderId);
    }
    await db.$disconnect();

    const form = (params: Record<string, string | number>) =>
      new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString();
    let n = 0;
    const scenarios: Scenario[] = [
      { name: "balance", requests, body: () => form({ key, action: "balance" }) },
      {
        name: "status (100 ids)",
        requests: Math.ceil(requests / 2),
        body: () => form({ key, action: "status", orders: orderIds.join(",") }),
      },
      {
        name: "add",
        requests: Math.ceil(requests / 4),
        body: () =>
          form({
            key,
            action: "add",
            service: service.id,
            link: `https://instagram.com/b${++n}`,
            quantity: service.min,
          }),
      },
    ];

    bare = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        path.join(root, "scripts/bench-api.ts"),
        "--bare-server",
        scratch?.url ?? dbFile,
        String(barePort),
      ],
      { cwd: root, stdio: ["ignore", "inherit", "inherit", "ipc"] },
    );
    await new Promise<void>((resolve) => bare!.once("message", () => resolve()));
    const bareUrl = `http://127.0.0.1:${barePort}/api/v2`;
    const nextUrl = `http://127.0.0.1:${port}/api/bench-bare`;

    const rows: string[][] = [];
    for (const scenario of scenarios) {
      // Warm all three (route compiled/loaded, statements prepared), then measure them in turns.
      for (const url of [appUrl, nextUrl, bareUrl]) await sample(url, scenario, 50, 4);
      const [upline, nextBare, baseline] = await measureInTurns(
        [appUrl, nextUrl, bareUrl],
        scenario,
        concurrency,
      );
      if (upline.errors || baseline.errors)
        console.warn(`bench:api: ${scenario.name}: errors upline=${upline.errors} bare=${baseline.errors}`);
      const cells = (r: Result) => [r.rps.toFixed(0), r.p50.toFixed(1), r.p99.toFixed(1)];
      rows.push([
        scenario.name,
        String(scenario.requests),
        ...cells(upline),
        ...cells(nextBare),
        ...cells(baseline),
        `${(upline.rps / nextBare.rps).toFixed(2)}x`,
        `${(upline.rps / baseline.rps).toFixed(2)}x`,
      ]);
    }

    const header = [
      "action",
      "requests",
      "upline req/s",
      "p50 ms",
      "p99 ms",
      "bare Next req/s",
      "p50 ms",
      "p99 ms",
      "bare node req/s",
      "p50 ms",
      "p99 ms",
      "upline/Next",
      "upline/node",
    ];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i])).join("  ");
    console.log(
      `\nbench:api: ${concurrency} concurrent clients over loopback, ${engine}, NODE_ENV=production`,
    );
    console.log(line(header));
    for (const row of rows) console.log(line(row));
    console.log(
      "\nbare Next: a Next route handler that reads the form and answers JSON, no database (framework cost).",
    );
    console.log(
      `bare node: node:http + ${scratch ? "node-postgres" : "better-sqlite3"} doing the same queries as Upline on the same database.`,
    );
    console.log("upline/X is Upline's throughput as a share of X's (1.00x = no overhead over X).");
    console.log(
      "Upline's add also sends each order to the provider (the simulator, in its own process); the bare handler does not.",
    );
  } finally {
    stop();
    rmSync(dataDir, { recursive: true, force: true });
    await scratch?.drop().catch(() => undefined); // the app may still be letting go of its connections
  }
}
