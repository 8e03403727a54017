// What an owner must act on, each with the filtered list it links to: orders waiting for review,
// orders queued too long, providers short of funds or failing, services sold below cost and
// balances that differ from their ledger.
import { db, DispatchState, ProviderStatus, type Tx } from "../db";
import { findLedgerDifferences } from "../ledger/reconcile";
import { parseMoney } from "../money";
import { isLowBalance } from "../providers/list-providers";
import { getSettings } from "../settings/settings";
import { stuckOrderWhere } from "../orders/stuck-orders";
import { countServicesBelowCost } from "./sql";


export type ProviderAlert = { id: number; name: string; reason: string };

export type NeedsAttention = {
  review: number;
  stuck: number;
  stuckMinutes: number;
  providers: ProviderAlert[];
  servicesBelowCost: number;
  ledgerDifferences: number;
};

async function providerAlerts(defaultThreshold: bigint | null, tx: Tx): Promise<ProviderAlert[]> {
  const providers = await tx.provider.findMany({
    where: { status: ProviderStatus.ACTIVE },
    orderBy: { id: "asc" },
    select: { id: true, name: true, balance: true, currency: true, lowBalanceThreshold: true, lastError: true },
  });
  const alerts: ProviderAlert[] = [];
  for (const p of providers) {
    if (p.lastError) alerts.push({ id: p.id, name: p.name, reason: `Check failing: ${p.lastError}` });
    else if (isLowBalance({ balance: p.balance, lowBalanceThreshold: p.lowBalanceThreshold ?? defaultThreshold })) {
      alerts.push({ id: p.id, name: p.name, reason: "Low balance" });
    }
  }
  return alerts;
}

export async function getNeedsAttention(now = new Date(), tx: Tx = db): Promise<NeedsAttention> {
  const settings = await getSettings(tx);
  const threshold = settings.lowBalanceThreshold ? parseMoney(settings.lowBalanceThreshold) : null;
  const [review, stuck, providers, servicesBelowCost, differences] = await Promise.all([
    tx.order.count({ where: { dispatchState: DispatchState.REVIEW } }),
    tx.order.count({ where: stuckOrderWhere(settings, now) }),
    providerAlerts(threshold, tx),
    countServicesBelowCost(tx),
    findLedgerDifferences(tx),
  ]);
  return { review, stuck, stuckMinutes: settings.stuckOrderMinutes, providers, servicesBelowCost, ledgerDifferences: differences.length };
}
