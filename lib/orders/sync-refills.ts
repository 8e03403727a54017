// The refill sync job: open refills the provider took are polled per provider, up to 100 ids per
// call, oldest-checked first. Failed lookups change nothing but the check time.
import { db, RefillStatus } from "../db";
import { connectProvider } from "../providers/connect";

const OPEN: RefillStatus[] = [RefillStatus.PENDING, RefillStatus.IN_PROGRESS];

export type RefillSyncRun = { checked: number; updated: number; failed: number };

export async function syncRefills(
  options: { now?: Date; limitPerProvider?: number } = {},
): Promise<RefillSyncRun> {
  const now = options.now ?? new Date();
  const run: RefillSyncRun = { checked: 0, updated: 0, failed: 0 };
  const open = { status: { in: OPEN }, providerRefillId: { not: null } };
  const providers = await db.provider.findMany({
    where: { status: "ACTIVE", orders: { some: { refills: { some: open } } } },
    select: { id: true, apiUrl: true, apiKeyEncrypted: true },
  });
  for (const provider of providers) {
    const refills = await db.refill.findMany({
      where: { ...open, order: { providerId: provider.id } },
      orderBy: [{ checkedAt: { sort: "asc", nulls: "first" } }, { id: "asc" }],
      take: options.limitPerProvider ?? 5_000,
      select: { id: true, providerRefillId: true, status: true },
    });
    if (refills.length === 0) continue;
    const answers = await connectProvider(provider).refillStatusMany(
      refills.map((r) => r.providerRefillId as string),
    );
    const unchanged: number[] = [];
    for (const refill of refills) {
      run.checked += 1;
      const answer = answers.get(refill.providerRefillId as string);
      if (answer?.kind !== "ok" || answer.value === refill.status) {
        if (answer?.kind !== "ok") run.failed += 1;
        unchanged.push(refill.id);
        continue;
      }
      const updated = await db.refill.updateMany({
        where: { id: refill.id, status: { in: OPEN } },
        data: { status: answer.value, checkedAt: now },
      });
      run.updated += updated.count;
    }
    if (unchanged.length)
      await db.refill.updateMany({ where: { id: { in: unchanged } }, data: { checkedAt: now } });
  }
  return run;
}
