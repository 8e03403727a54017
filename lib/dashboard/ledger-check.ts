// The balance-versus-ledger check the dashboard reports. It reads the whole ledger, so it runs in
// the ledger.check job (every LEDGER_CHECK_INTERVAL_MS) and whenever an admin opens the list of
// differences, not on every dashboard load; the dashboard shows the stored count and its time.
import { db, type Tx } from "../db";
import { findLedgerDifferences, type LedgerDifference } from "../ledger/reconcile";

export const LEDGER_CHECK_INTERVAL_MS = 5 * 60_000;

export type LedgerCheckResult = { differences: number; checkedAt: Date };

/** Runs the check now and stores its result, stamped with the time it started. */
async function runLedgerCheck(tx: Tx): Promise<{ differences: LedgerDifference[]; checkedAt: Date }> {
  const checkedAt = new Date();
  const differences = await findLedgerDifferences(tx);
  const data = { differences: differences.length, checkedAt };
  await tx.ledgerCheck.upsert({ where: { id: 1 }, create: { id: 1, ...data }, update: data });
  return { differences, checkedAt };
}

/** Runs the check now and stores its result; returns the differences themselves. */
export async function checkLedger(tx: Tx = db): Promise<LedgerDifference[]> {
  return (await runLedgerCheck(tx)).differences;
}

/** The last stored result; a panel that never ran the check runs it once now. */
export async function lastLedgerCheck(tx: Tx = db): Promise<LedgerCheckResult> {
  const stored = await tx.ledgerCheck.findUnique({ where: { id: 1 } });
  if (stored) return { differences: stored.differences, checkedAt: stored.checkedAt };
  // The time shown is the stored one: the page and the next load agree to the millisecond.
  const { differences, checkedAt } = await runLedgerCheck(tx);
  return { differences: differences.length, checkedAt };
}
