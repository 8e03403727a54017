// Brings one panel service in line with its provider mirror and the markup rules: selling rate,
// below-cost disabling, min/max within the provider's, gone upstream -> disabled. Returns what
// changed so the caller can log it (the price sync) or audit it (admin edits).
import type { CategoryModel, ProviderServiceModel, ServiceModel, Tx } from "../db";
import { formatMoney } from "../money";
import type { RateTable } from "../currency/exchange-rate";
import { priceChange, recordCatalogUpdates } from "./catalog-updates";
import { priceService } from "./markup";
import type { Pricing } from "./load-pricing";

export type ServiceWithCost = ServiceModel & {
  providerService: ProviderServiceModel & { provider: { currency: string | null } };
  category: CategoryModel;
};
export type ServiceChange = {
  field: "rate" | "enabled" | "min" | "max" | "type";
  oldValue: string;
  newValue: string;
  note: string;
};

/** The provider's rate in the panel currency, rounded up. */
export function panelCost(service: ServiceWithCost, rates: RateTable): bigint {
  return rates.toPanel(service.providerService.rate, service.providerService.provider.currency);
}

export function pricingInput(service: ServiceWithCost, rates: RateTable) {
  return {
    cost: panelCost(service, rates),
    manualRate: service.manualRate,
    markupPercent: service.markupPercent,
    markupFixed: service.markupFixed,
    allowBelowCost: service.allowBelowCost,
    category: service.category,
  };
}

/** The changes `service` needs; pure. */
export function planReprice(service: ServiceWithCost, pricing: Pricing): ServiceChange[] {
  const upstream = service.providerService;
  const changes: ServiceChange[] = [];
  const cost = panelCost(service, pricing.rates);
  const decision = priceService(pricingInput(service, pricing.rates), pricing);
  // A provider currency without an exchange rate keeps its prices: 1:1 across currencies is nonsense.
  const priced = !pricing.rates.isMissing(upstream.provider.currency);
  if (priced && decision.rate !== service.rate) {
    const note =
      decision.source === "manual"
        ? "manual price"
        : `markup (${decision.source}) on provider rate ${describeCost(service, cost, pricing.rates)}`;
    changes.push({
      field: "rate",
      oldValue: formatMoney(service.rate),
      newValue: formatMoney(decision.rate),
      note,
    });
  }
  if (service.enabled && !upstream.available) {
    changes.push({
      field: "enabled",
      oldValue: "true",
      newValue: "false",
      note: "gone from the provider's list",
    });
  } else if (priced && service.enabled && decision.disable) {
    changes.push({
      field: "enabled",
      oldValue: "true",
      newValue: "false",
      note: `manual price ${formatMoney(service.manualRate ?? 0n)} is below the provider rate ${describeCost(service, cost, pricing.rates)}`,
    });
  }
  if (upstream.available) {
    let min = Math.max(service.min, upstream.min);
    let max = Math.min(service.max, upstream.max);
    if (min > max) [min, max] = [upstream.min, upstream.max]; // the panel's range no longer overlaps: take the provider's
    if (min !== service.min)
      changes.push({
        field: "min",
        oldValue: String(service.min),
        newValue: String(min),
        note: `provider min ${upstream.min}`,
      });
    if (max !== service.max)
      changes.push({
        field: "max",
        oldValue: String(service.max),
        newValue: String(max),
        note: `provider max ${upstream.max}`,
      });
    if (upstream.type !== service.type)
      changes.push({
        field: "type",
        oldValue: service.type,
        newValue: upstream.type,
        note: "type changed upstream",
      });
  }
  return changes;
}

/** Applies planned changes to the row; returns them. */
export async function repriceService(
  tx: Tx,
  service: ServiceWithCost,
  pricing: Pricing,
): Promise<ServiceChange[]> {
  const changes = planReprice(service, pricing);
  if (changes.length === 0) return changes;
  const data: { rate?: bigint; enabled?: boolean; min?: number; max?: number; type?: string } = {};
  for (const change of changes) {
    if (change.field === "rate") data.rate = priceService(pricingInput(service, pricing.rates), pricing).rate;
    if (change.field === "enabled") data.enabled = false;
    if (change.field === "min") data.min = Number(change.newValue);
    if (change.field === "max") data.max = Number(change.newValue);
    if (change.field === "type") data.type = change.newValue;
  }
  await tx.service.update({ where: { id: service.id }, data });
  // Customers only ever saw it while enabled: a disabled service's price moves are not news.
  if (service.enabled) {
    await recordCatalogUpdates(
      [
        ...(data.rate === undefined ? [] : priceChange(service.id, service.rate, data.rate)),
        ...(data.enabled === false ? [{ serviceId: service.id, change: "DISABLED" as const }] : []),
      ],
      tx,
    );
  }
  return changes;
}

/** Re-prices services and writes each change to the price sync log; returns how many services changed. */
export async function repriceAndLog(tx: Tx, services: ServiceWithCost[], pricing: Pricing): Promise<number> {
  let repriced = 0;
  for (const service of services) {
    const changes = await repriceService(tx, service, pricing);
    for (const change of changes)
      await tx.priceSyncLog.create({ data: { serviceId: service.id, ...change } });
    if (changes.length > 0) repriced++;
  }
  return repriced;
}

/** "0.90000", or "0.90000 USD = 23400.00000" when converted: the sync log shows the rate's effect. */
function describeCost(service: ServiceWithCost, cost: bigint, rates: RateTable): string {
  const currency = service.providerService.provider.currency;
  const raw = formatMoney(service.providerService.rate);
  return rates.rateFor(currency) === null ? raw : `${raw} ${currency} = ${formatMoney(cost)}`;
}

export const WITH_COST = {
  providerService: { include: { provider: { select: { id: true, name: true, currency: true } } } },
  category: true,
} as const;
