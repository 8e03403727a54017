// Rate limits that every app instance shares (rate-limiter-flexible): counted in Redis when
// REDIS_URL is set, in the database's rate_limits table when DATABASE_URL is PostgreSQL (no
// extra service to run), else in this process's memory (one SQLite instance). Each limiter is a
// fixed window of `windowSeconds` per key.
import { Redis } from "ioredis";
import { Pool } from "pg";
import {
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from "rate-limiter-flexible";
import { dbProvider, env } from "./env.mjs";
import { log } from "./log";

export type LimitState = {
  /** Hits counted in the key's current window. */
  count: number;
  /** hit: this hit is within the limit; peek: one more hit would be. */
  ok: boolean;
  /** Seconds until the key's window ends (at least 1). */
  retryAfterSeconds: number;
};

export type RateLimiter = {
  /** Counts one hit for key (its window lasts `windowSeconds`, unless the key's first hit says otherwise). */
  hit(key: string, options?: { windowSeconds?: number }): Promise<LimitState>;
  /** The key's state without counting. */
  peek(key: string): Promise<LimitState>;
  /** Takes back one hit (an attempt counted up front that turned out not to count). */
  unhit(key: string): Promise<void>;
  /** Forgets a key (e.g. after a successful sign-in). */
  reset(key: string): Promise<void>;
};

export type LimitStore =
  { kind: "memory" } | { kind: "postgresql"; pool: Pool } | { kind: "redis"; client: Redis };

const shared = globalThis as unknown as { uplineLimitStore?: LimitStore };

function postgresPool(): Pool {
  const pool = new Pool({ connectionString: env.DATABASE_URL, max: 4 });
  // An idle connection the server closed (restart, failover) must not crash the process; the
  // pool opens a new one for the next query.
  pool.on("error", (error) => log.warn("rate-limit store connection lost", { error }));
  return pool;
}

/** The store named by the environment, created once per process. */
export function defaultLimitStore(): LimitStore {
  shared.uplineLimitStore ??= env.REDIS_URL
    ? {
        kind: "redis",
        client: new Redis(env.REDIS_URL, { enableOfflineQueue: true, maxRetriesPerRequest: 2 }),
      }
    : dbProvider === "postgresql"
      ? { kind: "postgresql", pool: postgresPool() }
      : { kind: "memory" };
  return shared.uplineLimitStore;
}

function createStoreLimiter(
  store: LimitStore,
  options: { keyPrefix: string; points: number; duration: number },
): RateLimiterAbstract {
  switch (store.kind) {
    case "redis":
      return new RateLimiterRedis({ ...options, storeClient: store.client });
    case "postgresql":
      // The table comes with the migrations (model RateLimit), so the library need not create it.
      return new RateLimiterPostgres({
        ...options,
        storeClient: store.pool,
        storeType: "pool",
        tableName: "rate_limits",
        tableCreated: true,
      });
    case "memory":
      return new RateLimiterMemory(options);
  }
}

function toState(res: RateLimiterRes | null, allowed: number): LimitState {
  const count = res && res.msBeforeNext > 0 ? res.consumedPoints : 0;
  const retryAfterSeconds = Math.max(1, Math.ceil((res?.msBeforeNext ?? 0) / 1000));
  return { count, ok: count <= allowed, retryAfterSeconds };
}

/** A limiter named `name` (its keys' prefix in the shared store): `limit` hits per key per window. */
export function createRateLimiter(
  name: string,
  limit: number,
  windowSeconds: number,
  store: LimitStore = defaultLimitStore(),
): RateLimiter {
  // Counting never rejects here (points are the store's maximum); `ok` compares with the limit,
  // so callers decide what a refusal means.
  const limiter = createStoreLimiter(store, {
    keyPrefix: `upline:${name}`,
    points: 2_000_000_000,
    duration: windowSeconds,
  });
  return {
    async hit(key, options) {
      const res = await limiter.consume(
        key,
        1,
        options?.windowSeconds ? { customDuration: options.windowSeconds } : undefined,
      );
      return toState(res, limit);
    },
    async peek(key) {
      return toState(await limiter.get(key), limit - 1);
    },
    async unhit(key) {
      await limiter.reward(key, 1);
    },
    async reset(key) {
      await limiter.delete(key);
    },
  };
}
