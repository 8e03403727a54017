// Reads the reseller API runs on nearly every call (the key's user, order statuses), through the
// database's own driver with statements prepared once. Prisma builds, prepares and maps each
// query anew, and on these reads that cost more than the read itself (`npm run bench:api`).
// Only committed data is seen, and nothing is cached:
// - SQLite: a read-only connection of its own. In WAL mode a read sees every committed write at
//   once, never waits behind the writer (lib/db/serialized-sqlite.ts) and never sees the inside
//   of a transaction that is still open.
// - PostgreSQL: a small pool of its own, with named (server-prepared) statements.
// Integers come back as bigint (SQLite), number (int4) or string (int8, PostgreSQL): callers read
// them through Number()/BigInt().
import Database, { type Statement } from "better-sqlite3";
import pg from "pg";
import { env } from "../env.mjs";
import { log } from "../log";

/**
 * One statement in each engine's words: SQLite's `?` placeholders, PostgreSQL's `$1`. An array
 * parameter reaches SQLite as JSON text (read it with json_each) and PostgreSQL as an array.
 */
export type DirectStatement = {
  name: string;
  sqlite: string;
  postgresql: string;
  /** The text around its placeholders, for Prisma's raw statements (lib/db/sql.ts); directStatement() sets it. */
  parts?: readonly string[];
};

/**
 * A statement whose text both engines read alike: PostgreSQL's words ("quoted" names, `$1`
 * placeholders used once each, in order), which SQLite takes with `?` in their place.
 */
export function directStatement(name: string, postgresql: string): DirectStatement {
  const numbers = [...postgresql.matchAll(/\$(\d+)/g)].map((match) => Number(match[1]));
  if (numbers.some((n, i) => n !== i + 1)) throw new Error(`directStatement ${name}: placeholders must be $1, $2, ... in order, once each`);
  return { name, postgresql, sqlite: postgresql.replace(/\$\d+/g, "?"), parts: postgresql.split(/\$\d+/) };
}

/** A boolean as either engine answers it (SQLite 0/1, PostgreSQL true/false). */
export function rowFlag(value: unknown): boolean {
  return value === true || Number(value) === 1;
}

type Reader = { all(statement: DirectStatement, params: unknown[]): Promise<Record<string, unknown>[]> };

function sqliteReader(url: string): Reader {
  const connection = new Database(url.replace(/^file:/, ""), { readonly: true, fileMustExist: true, timeout: 10_000 });
  connection.defaultSafeIntegers(true);
  const prepared = new Map<string, Statement>();
  return {
    async all(statement, params) {
      let prepare = prepared.get(statement.name);
      if (!prepare) prepared.set(statement.name, (prepare = connection.prepare(statement.sqlite)));
      return prepare.all(...params.map((p) => (Array.isArray(p) ? JSON.stringify(p) : p))) as Record<string, unknown>[];
    },
  };
}

function postgresReader(url: string): Reader {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  // An idle connection the server closed (restart, failover) must not crash the process.
  pool.on("error", (error) => log.warn("direct-read connection lost", { error }));
  return {
    async all(statement, params) {
      return (await pool.query({ name: statement.name, text: statement.postgresql, values: params })).rows as Record<string, unknown>[];
    },
  };
}

// By URL: a test process moves from one database to the next; Next may load this module twice.
const shared = globalThis as unknown as { uplineDirectReaders?: Map<string, Reader> };

/** The rows of a read-only statement on DATABASE_URL's database. */
export function directRead(statement: DirectStatement, params: unknown[]): Promise<Record<string, unknown>[]> {
  const url = env.DATABASE_URL;
  const readers = (shared.uplineDirectReaders ??= new Map());
  let reader = readers.get(url);
  if (!reader) readers.set(url, (reader = url.startsWith("file:") ? sqliteReader(url) : postgresReader(url)));
  return reader.all(statement, params);
}
