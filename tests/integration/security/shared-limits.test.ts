// Limits shared across instances: two processes, each with its own limiter on one PostgreSQL
// database, together allow exactly the limit. Runs on the PostgreSQL server of TEST_DATABASE_URL,
// or on a throw-away local cluster when the suite runs on SQLite.
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { afterAll, beforeAll, expect, it } from "vitest";
import { migrateDatabase } from "@/lib/db/migrate";
import { createApiLimits } from "@/lib/reseller-api/limits";
import { createScratchDatabase, type ScratchDatabase } from "@/scripts/db/scratch-postgres";
import { testServerUrl } from "../../support/test-db";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const cluster = path.join(ROOT, "scripts/pg-cluster.sh");
let clusterDir: string | undefined;
let database: ScratchDatabase;

beforeAll(async () => {
  let server = testServerUrl;
  if (!server) {
    clusterDir = mkdtempSync(path.join(tmpdir(), "upline-limits-pg-"));
    server = execFileSync("bash", [cluster, "start", clusterDir], { encoding: "utf8" }).trim();
  }
  database = await createScratchDatabase(server, "upline_limits");
  await migrateDatabase(database.url);
});

afterAll(async () => {
  await database?.drop();
  if (clusterDir) execFileSync("bash", [cluster, "stop", clusterDir]);
});

/** `name` keeps each test's counts apart in the shared table. */
function startInstance(name: string, limit: number, hits: number, parallel = false) {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", path.join(import.meta.dirname, "limit-worker.ts")],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: database.url,
        LIMIT: String(limit),
        HITS: String(hits),
        NAME: name,
        PARALLEL: parallel ? "1" : "0",
        LOG_LEVEL: "error",
      },
      stdio: ["pipe", "pipe", "inherit"],
    },
  );
  const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
  const next = async () => String((await lines.next()).value);
  return { child, next };
}

it("two instances on one PostgreSQL together refuse past the limit", async () => {
  const instances = [startInstance("sequential", 40, 30), startInstance("sequential", 40, 30)];
  expect(await Promise.all(instances.map((i) => i.next()))).toEqual(["ready", "ready"]);
  for (const instance of instances) instance.child.stdin!.write("go\n");
  const answers = await Promise.all(
    instances.map(async (i) => JSON.parse(await i.next()) as { allowed: number }),
  );
  // 60 hits against a limit of 40: in memory each instance would allow its 30.
  expect(answers[0].allowed + answers[1].allowed).toBe(40);
}, 120_000);

it("two instances on one PostgreSQL, 120 parallel hits at 60 a minute: exactly 60 allowed", async () => {
  const instances = [startInstance("burst", 60, 60, true), startInstance("burst", 60, 60, true)];
  expect(await Promise.all(instances.map((i) => i.next()))).toEqual(["ready", "ready"]);
  for (const instance of instances) instance.child.stdin!.write("go\n");
  const answers = await Promise.all(
    instances.map(async (i) => JSON.parse(await i.next()) as { allowed: number }),
  );
  expect(answers[0].allowed + answers[1].allowed).toBe(60);
}, 120_000);

it("one instance in memory, 120 parallel hits at 60 a minute: exactly 60 allowed", async () => {
  const limits = createApiLimits(
    { addPerMin: 60, readPerMin: 1, ipPerMin: 1, badKeyPerMin: 1 },
    "memory-burst",
    { kind: "memory" },
  );
  const allowed = await Promise.all(
    Array.from({ length: 120 }, () =>
      limits.checkKey(1, "add").then(
        () => true,
        () => false,
      ),
    ),
  );
  expect(allowed.filter(Boolean)).toHaveLength(60);
});
