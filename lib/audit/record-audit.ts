// Every admin action that changes money, orders, users, providers, services or settings writes
// one entry, in the same transaction as the change. Entries are never edited or deleted.
import { db, type Tx } from "../db";

/** Who made a change: an admin's id and address. */
export type Actor = { id: number; ip?: string };
/** The same, where the panel itself may act (a job, the CLI, the first run): no admin id. */
export type ActorOrPanel = { id: number | null; ip?: string };

export type AuditInput = {
  actorId: number | null;
  action: string; // e.g. "user.suspend", "balance.adjust", "provider.update"
  targetType: string;
  targetId?: string | number;
  before?: unknown;
  after?: unknown;
  ip?: string;
};

const toJson = (value: unknown) =>
  value === undefined
    ? undefined
    : JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? v.toString() : v));

export async function recordAudit(entry: AuditInput, tx: Tx = db): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId === undefined ? undefined : String(entry.targetId),
      before: toJson(entry.before),
      after: toJson(entry.after),
      ip: entry.ip,
    },
  });
}
