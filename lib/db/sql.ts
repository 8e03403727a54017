// Money statements written once in SQL (lib/ledger/change-balance.ts and what it calls), run
// either inside a caller's Prisma transaction or in a transaction on the database's own driver.
// The driver's transaction is what an order placement uses: Prisma builds and maps each query
// anew and holds an interactive transaction across several event-loop turns, which cost far more
// than the statements themselves (`npm run bench:api`).
// - SQLite: a connection of its own that writes under the process's one write lock
//   (lib/db/serialized-sqlite.ts), BEGIN IMMEDIATE to COMMIT. Its statements answer at once, so
//   a transaction is over before any other request gets a turn, and the transactions of one
//   moment share one commit (group commit, below).
// - PostgreSQL: a small pool of its own, with named (server-prepared) statements.
// Integers come back as bigint (SQLite), number (int4) or string (int8, PostgreSQL) from the
// driver, and as number/bigint through Prisma: read them through Number()/BigInt().
import Database, { type Statement } from "better-sqlite3";
import pg from "pg";
import { env } from "../env.mjs";
import { isSqliteUrl } from "./engine.mjs";
import { log } from "../log";
import { Prisma, type Tx } from "./index";
import { sqliteWriteLock } from "./serialized-sqlite";
import { bindValue, type DirectStatement } from "./statement";

export type Row = Record<string, unknown>;

/** Runs statements in one open transaction; a statement without RETURNING answers no rows. */
export type Sql = { all(statement: DirectStatement, params: readonly unknown[]): Promise<Row[]> };

/**
 * A caller's Prisma transaction as `Sql`: raw statements, which skip Prisma's query compiler,
 * written in the placeholders of whichever engine that client talks to.
 */
export function sqlOf(tx: Tx | Sql): Sql {
  if ("all" in tx) return tx;
  return {
    all(statement, params) {
      if (!statement.parts)
        throw new Error(`statement ${statement.name} holds a list: it runs on the driver only`);
      return tx.$queryRaw<Row[]>(Prisma.sql(statement.parts, ...params));
    },
  };
}

type Writer = {
  transaction<T>(work: (sql: Sql) => Promise<T>): Promise<T>;
  /** One statement alone: autocommit on PostgreSQL, a member of the group commit on SQLite. */
  write(statement: DirectStatement, params: readonly unknown[]): Promise<Row[]>;
};

function sqliteWriter(url: string): Writer {
  const connection = new Database(url.replace(/^file:/, ""), { fileMustExist: true, timeout: 10_000 });
  connection.defaultSafeIntegers(true);
  const lock = sqliteWriteLock(url);
  const prepared = new Map<string, Statement>();
  const prepare = (name: string, text: string) => {
    let statement = prepared.get(name);
    if (!statement) prepared.set(name, (statement = connection.prepare(text)));
    return statement;
  };
  const sql: Sql = {
    async all(statement, params) {
      const prepared = prepare(statement.name, statement.sqlite);
      const values = params.map((p) => bindValue("sqlite", p));
      if (prepared.reader) return prepared.all(...values) as Row[];
      prepared.run(...values);
      return [];
    },
  };
  // Group commit: the transactions of one moment run one after another inside one BEGIN ...
  // COMMIT, each in a savepoint of its own, so a failing one is undone alone and the rest share
  // one commit (one sync to disk). Each promise settles only after that commit.
  type Queued = {
    work: (sql: Sql) => Promise<unknown>;
    resolve: (value: unknown) => void;
    reject: (error: unknown) => void;
  };
  let queued: Queued[] = [];
  const step = (name: string) => prepare(name, name).run();

  async function runQueued(): Promise<void> {
    const release = await lock.acquire();
    const batch = queued;
    queued = [];
    const outcomes: Array<{ value: unknown } | { error: unknown }> = [];
    try {
      if (batch.length === 0) return;
      step("BEGIN IMMEDIATE");
      for (const { work } of batch) {
        step("SAVEPOINT work");
        try {
          outcomes.push({ value: await work(sql) });
        } catch (error) {
          step("ROLLBACK TO work");
          outcomes.push({ error });
        }
        step("RELEASE work");
      }
      step("COMMIT");
    } catch (error) {
      // Nothing of the batch was committed: every transaction in it fails.
      if (connection.inTransaction) step("ROLLBACK");
      for (const { reject } of batch) reject(error);
      return;
    } finally {
      release();
    }
    batch.forEach(({ resolve, reject }, i) => {
      const outcome = outcomes[i];
      if ("error" in outcome) reject(outcome.error);
      else resolve(outcome.value);
    });
  }

  const transaction = <T>(work: (sql: Sql) => Promise<T>) =>
    new Promise<T>((resolve, reject) => {
      queued.push({ work, resolve: resolve as (value: unknown) => void, reject });
      if (queued.length === 1) setImmediate(runQueued);
    });
  return { transaction, write: (statement, params) => transaction((sql) => sql.all(statement, params)) };
}

function postgresWriter(url: string): Writer {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  // An idle connection the server closed (restart, failover) must not crash the process.
  pool.on("error", (error) => log.warn("direct-write connection lost", { error }));
  const query = (client: pg.Pool | pg.PoolClient, statement: DirectStatement, params: readonly unknown[]) =>
    client
      .query({
        name: statement.name,
        text: statement.postgresql,
        values: params.map((p) => bindValue("postgresql", p)),
      })
      .then((result) => result.rows as Row[]);
  return {
    write: (statement, params) => query(pool, statement, params),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await work({ all: (statement, params) => query(client, statement, params) });
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
  };
}

// By URL: a test process moves from one database to the next; Next may load this module twice.
const shared = globalThis as unknown as { uplineDirectWriters?: Map<string, Writer> };

/**
 * Runs `work` in one transaction on DATABASE_URL's database, on the driver. `work` must only use
 * the `sql` it is given: a Prisma call inside it would wait for the write lock this holds.
 */
export function directTransaction<T>(work: (sql: Sql) => Promise<T>): Promise<T> {
  return writer().transaction(work);
}

/** One write statement on its own, on the driver (autocommit): the rows it RETURNs. */
export function directWrite(statement: DirectStatement, params: readonly unknown[]): Promise<Row[]> {
  return writer().write(statement, params);
}

function writer(): Writer {
  const url = env.DATABASE_URL;
  const writers = (shared.uplineDirectWriters ??= new Map());
  let found = writers.get(url);
  if (!found) writers.set(url, (found = isSqliteUrl(url) ? sqliteWriter(url) : postgresWriter(url)));
  return found;
}
