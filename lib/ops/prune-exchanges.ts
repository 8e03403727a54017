// Exchange logs grow with every provider call and gateway webhook: rows older than the owner's
// retention (Settings > Operations) are deleted by a job, under its lease like the others.
// Deposits, transfers, orders and the ledger keep their own records.
import { db } from "../db";
import type { Job } from "../jobs/job";
import { getSettings } from "../settings/settings";

const DAY_MS = 86_400_000;

export async function pruneExchanges(now = new Date()): Promise<{ provider: number; gateway: number }> {
  const { providerExchangeRetentionDays, gatewayExchangeRetentionDays } = await getSettings();
  const before = (days: number) => new Date(now.getTime() - days * DAY_MS);
  const provider = await db.providerExchange.deleteMany({
    where: { createdAt: { lt: before(providerExchangeRetentionDays) } },
  });
  const gateway = await db.gatewayExchange.deleteMany({
    where: { createdAt: { lt: before(gatewayExchangeRetentionDays) } },
  });
  return { provider: provider.count, gateway: gateway.count };
}

export const pruneExchangesJob: Job = {
  name: "exchanges.prune",
  intervalMs: () => 60 * 60_000,
  run: () => pruneExchanges(),
};
