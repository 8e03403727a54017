// A lease in the database makes one instance at a time run a job, also with several app
// instances on one PostgreSQL. Taking it is one conditional write; a crashed holder's lease
// simply expires.
import { hostname } from "node:os";
import { randomBytes } from "node:crypto";
import { db, isUniqueViolation, type Tx } from "../db";

/** This process's name in leases and order claims. */
export const INSTANCE_ID = `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;

export async function acquireLease(
  name: string,
  ttlMs: number,
  holder = INSTANCE_ID,
  tx: Tx = db,
): Promise<boolean> {
  const now = new Date();
  const expiresAt = new Date(now.getTime() + ttlMs);
  const taken = await tx.jobLease.updateMany({
    where: { name, OR: [{ expiresAt: { lt: now } }, { holder }] },
    data: { holder, expiresAt },
  });
  if (taken.count > 0) return true;
  try {
    await tx.jobLease.create({ data: { name, holder, expiresAt } });
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

export async function releaseLease(name: string, holder = INSTANCE_ID, tx: Tx = db): Promise<void> {
  await tx.jobLease.deleteMany({ where: { name, holder } });
}
