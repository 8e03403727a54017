// Runs order work in one transaction, or inside the caller's when it passes one. The waits are
// generous: a burst of placements for one user queues on that user's row (PostgreSQL) or on the
// single writer (SQLite), and a wait there is normal, not a failure.
import { db, type Tx } from "../db";

export const ORDER_TX_OPTIONS = { maxWait: 30_000, timeout: 30_000 } as const;

export function inTransaction<T>(work: (tx: Tx) => Promise<T>, tx?: Tx): Promise<T> {
  return tx ? work(tx) : db.$transaction((inner) => work(inner), ORDER_TX_OPTIONS);
}
