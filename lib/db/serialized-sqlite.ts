// SQLite runs every statement on one shared connection. The better-sqlite3 adapter orders
// transactions against each other, but a statement outside a transaction would run inside
// whichever transaction is open on the connection at that moment, and be rolled back with it
// (a claim that "succeeded" and then vanished). This wrapper puts every statement behind one
// lock: a transaction holds it from BEGIN to COMMIT or ROLLBACK, a lone statement for its run.
// The driver's own transactions (lib/db/sql.ts) take the same lock, so in one process writes
// never meet on the database's lock (a busy wait in better-sqlite3 would stall the process).
import type { SqlDriverAdapter, SqlDriverAdapterFactory, Transaction } from "@prisma/driver-adapter-utils";

/** A first-come, first-served lock. */
export class Lock {
  private tail: Promise<void> = Promise.resolve();

  acquire(): Promise<() => void> {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const ready = this.tail.then(() => release);
    this.tail = this.tail.then(() => held);
    return ready;
  }
}

function lockedTransaction(tx: Transaction, release: () => void): Transaction {
  let open = true;
  const end = async (finish: () => Promise<void>) => {
    try {
      await finish();
    } finally {
      if (open) release();
      open = false;
    }
  };
  return {
    provider: tx.provider,
    adapterName: tx.adapterName,
    options: tx.options,
    queryRaw: (query) => tx.queryRaw(query),
    executeRaw: (query) => tx.executeRaw(query),
    commit: () => end(() => tx.commit()),
    rollback: () => end(() => tx.rollback()),
    createSavepoint: tx.createSavepoint && ((name) => tx.createSavepoint!(name)),
    rollbackToSavepoint: tx.rollbackToSavepoint && ((name) => tx.rollbackToSavepoint!(name)),
    releaseSavepoint: tx.releaseSavepoint && ((name) => tx.releaseSavepoint!(name)),
  };
}

// One lock per database file for the whole process (Next may load this module twice).
const shared = globalThis as unknown as { uplineSqliteLocks?: Map<string, Lock> };

/** The lock every write to this SQLite database in this process goes through. */
export function sqliteWriteLock(url: string): Lock {
  const locks = (shared.uplineSqliteLocks ??= new Map());
  let lock = locks.get(url);
  if (!lock) locks.set(url, (lock = new Lock()));
  return lock;
}

function lockedAdapter(adapter: SqlDriverAdapter, lock: Lock): SqlDriverAdapter {
  const alone = async <T>(work: () => Promise<T>): Promise<T> => {
    const release = await lock.acquire();
    try {
      return await work();
    } finally {
      release();
    }
  };
  return {
    provider: adapter.provider,
    adapterName: adapter.adapterName,
    queryRaw: (query) => alone(() => adapter.queryRaw(query)),
    executeRaw: (query) => alone(() => adapter.executeRaw(query)),
    executeScript: (script) => alone(() => adapter.executeScript(script)),
    getConnectionInfo: adapter.getConnectionInfo && (() => adapter.getConnectionInfo!()),
    dispose: () => adapter.dispose(),
    async startTransaction(isolationLevel) {
      const release = await lock.acquire();
      try {
        return lockedTransaction(await adapter.startTransaction(isolationLevel), release);
      } catch (error) {
        release();
        throw error;
      }
    },
  };
}

export function serializeStatements(factory: SqlDriverAdapterFactory, lock: Lock): SqlDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => lockedAdapter(await factory.connect(), lock),
  };
}
