// What a load balancer asks before sending traffic: is the database reachable, are all of this
// build's migrations applied, and is background work keeping up (the oldest order due for
// dispatch has waited less than READY_MAX_JOB_LAG_SECONDS). Also feeds the queue gauges.
import { readdirSync } from "node:fs";
import path from "node:path";
import { db, DispatchState } from "../db";
import { sqlOf } from "../db/sql";
import { directStatement } from "../db/statement";
import { dbProvider, env } from "../env.mjs";
import { metrics } from "../metrics/metrics";

export type Readiness = {
  ready: boolean;
  database: "ok" | "unreachable";
  pendingMigrations: string[];
  jobLagSeconds: number | null;
  queueDepth: number | null;
};

/** Migration folders this build ships for the engine in use (the server runs from the project root). */
function shippedMigrations(): string[] {
  const dir = path.join(process.cwd(), "prisma", dbProvider, "migrations");
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
}

const PING = directStatement("ping", "SELECT 1");
const APPLIED_MIGRATIONS = directStatement(
  "applied-migrations",
  `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
);

async function appliedMigrations(): Promise<Set<string>> {
  const rows = await sqlOf(db).all(APPLIED_MIGRATIONS, []);
  return new Set(rows.map((r) => String(r.migration_name)));
}

/** Queue depth and the lag of the oldest due order; also sets the Prometheus gauges. */
export async function readDispatchQueue(
  now = new Date(),
): Promise<{ jobLagSeconds: number; queueDepth: number }> {
  const [queueDepth, oldestDue] = await Promise.all([
    db.order.count({ where: { dispatchState: DispatchState.QUEUED } }),
    db.order.findFirst({
      where: { dispatchState: DispatchState.QUEUED, nextDispatchAt: { lte: now } },
      orderBy: { nextDispatchAt: "asc" },
      select: { nextDispatchAt: true },
    }),
  ]);
  const jobLagSeconds = oldestDue
    ? Math.max(0, Math.round((now.getTime() - oldestDue.nextDispatchAt.getTime()) / 1000))
    : 0;
  metrics.queueDepth.set(queueDepth);
  metrics.jobLag.set(jobLagSeconds);
  return { jobLagSeconds, queueDepth };
}

export async function checkReadiness(now = new Date()): Promise<Readiness> {
  try {
    await sqlOf(db).all(PING, []);
  } catch {
    return {
      ready: false,
      database: "unreachable",
      pendingMigrations: [],
      jobLagSeconds: null,
      queueDepth: null,
    };
  }
  const applied = await appliedMigrations();
  const pendingMigrations = shippedMigrations()
    .filter((name) => !applied.has(name))
    .sort();
  // Without the latest migrations the queue query itself may not run: report them first.
  if (pendingMigrations.length)
    return { ready: false, database: "ok", pendingMigrations, jobLagSeconds: null, queueDepth: null };
  const { jobLagSeconds, queueDepth } = await readDispatchQueue(now);
  return {
    ready: jobLagSeconds <= env.READY_MAX_JOB_LAG_SECONDS,
    database: "ok",
    pendingMigrations,
    jobLagSeconds,
    queueDepth,
  };
}
