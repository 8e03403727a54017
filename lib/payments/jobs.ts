// Payment jobs: deposits past their expiry stop waiting (a transfer that still arrives is
// credited all the same: lib/payments/sepay/handle-webhook.ts).
import { db, DepositStatus } from "../db";
import type { Job } from "../jobs/job";

export async function expireDeposits(now = new Date()): Promise<number> {
  const { count } = await db.deposit.updateMany({
    where: { status: DepositStatus.PENDING, expiresAt: { lte: now } },
    data: { status: DepositStatus.EXPIRED },
  });
  return count;
}

export const paymentJobs: Job[] = [
  { name: "payments.expire-deposits", intervalMs: () => 60_000, run: () => expireDeposits() },
];
