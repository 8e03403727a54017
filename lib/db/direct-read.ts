// Reads the reseller API runs on nearly every call (the key's user, order statuses), through the
// database's own driver with statements prepared once. Prisma builds, prepares and maps each
// query anew, and on these reads that cost more than the read itself (`npm run bench:api`).
// Only committed data is seen, and nothing is cached:
// - SQLite: a read-only connection of its own. In WAL mode a read sees every committed write at
//   once, never waits behind the writer (lib/db/serialized-sqlite.ts) and never sees the inside
//   of a transaction that is still open.
// - PostgreSQL: a small pool of its own, with named (server-prepared) statements.
// Integers come back as bigint (SQLite), number (int4) or string (int8, PostgreSQL): callers read
// them through Number()/BigInt(). Statements and their parameters: lib/db/statement.ts.
import Database, { type Statement } from "better-sqlite3";
import pg from "pg";
import { env } from "../env.mjs";
import { isSqliteUrl } from "./engine.mjs";
import { log } from "../log";
import { bindValue, type DirectStatement } from "./statement";

type Reader = { all(statement: DirectStatement, params: unknown[]): Promise<Record<string, unknown>[]> };

function sqliteReader(url: string): Reader {
  const connection = new Database(url.replace(/^file:/, ""), {
    readonly: true,
    fileMustExist: true,
    timeout: 10_000,
  });
  connection.defaultSafeIntegers(true);
  const prepared = new Map<string, Statement>();
  return {
    async all(statement, params) {
      let prepare = prepared.get(statement.name);
      if (!prepare) prepared.set(statement.name, (prepare = connection.prepare(statement.sqlite)));
      return prepare.all(...params.map((p) => bindValue("sqlite", p))) as Record<string, unknown>[];
    },
  };
}

function postgresReader(url: string): Reader {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  // An idle connection the server closed (restart, failover) must not crash the process.
  pool.on("error", (error) => log.warn("direct-read connection lost", { error }));
  return {
    async all(statement, params) {
      return (
        await pool.query({
          name: statement.name,
          text: statement.postgresql,
          values: params.map((p) => bindValue("postgresql", p)),
        })
      ).rows as Record<string, unknown>[];
    },
  };
}

// By URL: a test process moves from one database to the next; Next may load this module twice.
const shared = globalThis as unknown as { uplineDirectReaders?: Map<string, Reader> };

/** The rows of a read-only statement on DATABASE_URL's database. */
export function directRead(
  statement: DirectStatement,
  params: unknown[],
): Promise<Record<string, unknown>[]> {
  const url = env.DATABASE_URL;
  const readers = (shared.uplineDirectReaders ??= new Map());
  let reader = readers.get(url);
  if (!reader) readers.set(url, (reader = isSqliteUrl(url) ? sqliteReader(url) : postgresReader(url)));
  return reader.all(statement, params);
}
