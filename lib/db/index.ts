// The Prisma client for DATABASE_URL: SQLite through better-sqlite3 (the embedded default) or
// PostgreSQL through pg. Both clients are generated from identical models; the SQLite one's
// types stand for both, which keeps the code to what both engines support.
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { env } from "../env.mjs";
import { isSqliteUrl } from "./engine.mjs";
import { Prisma, PrismaClient } from "./generated/sqlite/client";
import { PrismaClient as PgPrismaClient } from "./generated/postgresql/client";
import { serializeStatements, sqliteWriteLock } from "./serialized-sqlite";

export type Db = PrismaClient;
/** A client or an open transaction: domain functions take one so callers can compose them. */
export type Tx = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

export function createDb(url: string): Db {
  if (isSqliteUrl(url)) {
    return new PrismaClient({
      adapter: serializeStatements(new PrismaBetterSqlite3({ url, timeout: 10_000 }), sqliteWriteLock(url)),
    });
  }
  const pg = new PgPrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 10 }) });
  return pg as unknown as Db;
}

/**
 * The isolation level that reads one consistent snapshot: REPEATABLE READ on PostgreSQL; on
 * SQLite every transaction is serializable (and its reads share one snapshot in WAL mode).
 */
export function snapshotIsolation(url: string = env.DATABASE_URL) {
  // Typed as the SQLite client's only level, since its types stand for both engines.
  return (isSqliteUrl(url) ? "Serializable" : "RepeatableRead") as "Serializable";
}

/** A unique constraint refused the write: the idempotency key (or other unique value) is taken. */
export function isUniqueViolation(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    // P2002 from a model query; P2010 from a raw statement (lib/db/sql.ts through Prisma).
    const cause = (error.meta?.driverAdapterError as { cause?: { kind?: string } } | undefined)?.cause;
    return error.code === "P2002" || (error.code === "P2010" && cause?.kind === "UniqueConstraintViolation");
  }
  // The drivers' own errors (lib/db/sql.ts): better-sqlite3 and node-postgres.
  const code = (error as { code?: unknown } | null)?.code;
  return code === "SQLITE_CONSTRAINT_UNIQUE" || code === "SQLITE_CONSTRAINT_PRIMARYKEY" || code === "23505";
}

const globalForDb = globalThis as unknown as { uplineDb?: Db };

export const db: Db = globalForDb.uplineDb ?? createDb(env.DATABASE_URL);
globalForDb.uplineDb = db;

export * from "./generated/sqlite/enums";
export { Prisma };
export type * from "./generated/sqlite/models";
