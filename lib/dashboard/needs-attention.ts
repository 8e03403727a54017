// What an owner must act on, each with the filtered list it links to: every admin queue
// (admin-queues.ts: payments, review, stuck orders...), providers short of funds or failing,
// services sold below cost and balances that differ from their ledger (as of the last check).
import { db, ProviderStatus, type Tx } from "../db";
import { parseMoney } from "../money";
import { isLowBalance } from "../providers/list-providers";
import { getSettings } from "../settings/settings";
import { countAdminQueues, type QueueCount } from "./admin-queues";
import { lastLedgerCheck } from "./ledger-check";
import { countServicesBelowCost } from "./sql";

/** Why a provider is listed; the page words it. A failing check carries the provider's own error. */
export type ProviderAlert = { id: number; name: string } & (
  { reason: "checkFailing"; error: string } | { reason: "lowBalance" }
);

export type NeedsAttention = {
  queues: QueueCount[];
  stuckMinutes: number;
  providers: ProviderAlert[];
  servicesBelowCost: number;
  ledgerDifferences: number;
  /** When the balances were last checked against the ledger (the ledger.check job). */
  ledgerCheckedAt: Date;
};

async function providerAlerts(defaultThreshold: bigint | null, tx: Tx): Promise<ProviderAlert[]> {
  const providers = await tx.provider.findMany({
    where: { status: ProviderStatus.ACTIVE },
    orderBy: { id: "asc" },
    select: {
      id: true,
      name: true,
      balance: true,
      currency: true,
      lowBalanceThreshold: true,
      lastError: true,
    },
  });
  const alerts: ProviderAlert[] = [];
  for (const p of providers) {
    if (p.lastError) alerts.push({ id: p.id, name: p.name, reason: "checkFailing", error: p.lastError });
    else if (
      isLowBalance({ balance: p.balance, lowBalanceThreshold: p.lowBalanceThreshold ?? defaultThreshold })
    ) {
      alerts.push({ id: p.id, name: p.name, reason: "lowBalance" });
    }
  }
  return alerts;
}

export async function getNeedsAttention(now = new Date(), tx: Tx = db): Promise<NeedsAttention> {
  const settings = await getSettings(tx);
  const threshold = settings.lowBalanceThreshold ? parseMoney(settings.lowBalanceThreshold) : null;
  const [queues, providers, servicesBelowCost, ledger] = await Promise.all([
    countAdminQueues(now, tx, settings),
    providerAlerts(threshold, tx),
    countServicesBelowCost(tx),
    lastLedgerCheck(tx),
  ]);
  return {
    queues,
    stuckMinutes: settings.stuckOrderMinutes,
    providers,
    servicesBelowCost,
    ledgerDifferences: ledger.differences,
    ledgerCheckedAt: ledger.checkedAt,
  };
}
