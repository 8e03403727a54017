// Brings one panel service in line with its provider mirror and the markup rules: selling rate,
// below-cost disabling, min/max within the provider's, gone upstream -> disabled. Returns what
// changed so the caller can log it (the price sync) or audit it (admin edits).
import type { CategoryModel, ProviderServiceModel, ServiceModel, Tx } from "../db";
import { formatMoney } from "../money";
import { priceChange, recordCatalogUpdates } from "./catalog-updates";
import { priceService, type PricingDefaults } from "./markup";

export type ServiceWithCost = ServiceModel & { providerService: ProviderServiceModel; category: CategoryModel };
export type ServiceChange = { field: "rate" | "enabled" | "min" | "max" | "type"; oldValue: string; newValue: string; note: string };

export function pricingInput(service: ServiceWithCost) {
  return {
    cost: service.providerService.rate,
    manualRate: service.manualRate,
    markupPercent: service.markupPercent,
    markupFixed: service.markupFixed,
    allowBelowCost: service.allowBelowCost,
    category: service.category,
  };
}

/** The changes `service` needs; pure. */
export function planReprice(service: ServiceWithCost, defaults: PricingDefaults): ServiceChange[] {
  const upstream = service.providerService;
  const changes: ServiceChange[] = [];
  const decision = priceService(pricingInput(service), defaults);
  if (decision.rate !== service.rate) {
    const note = decision.source === "manual" ? "manual price" : `markup (${decision.source}) on provider rate ${formatMoney(upstream.rate)}`;
    changes.push({ field: "rate", oldValue: formatMoney(service.rate), newValue: formatMoney(decision.rate), note });
  }
  if (service.enabled && !upstream.available) {
    changes.push({ field: "enabled", oldValue: "true", newValue: "false", note: "gone from the provider's list" });
  } else if (service.enabled && decision.disable) {
    changes.push({ field: "enabled", oldValue: "true", newValue: "false", note: `manual price ${formatMoney(service.manualRate ?? 0n)} is below the provider rate ${formatMoney(upstream.rate)}` });
  }
  if (upstream.available) {
    let min = Math.max(service.min, upstream.min);
    let max = Math.min(service.max, upstream.max);
    if (min > max) [min, max] = [upstream.min, upstream.max]; // the panel's range no longer overlaps: take the provider's
    if (min !== service.min) changes.push({ field: "min", oldValue: String(service.min), newValue: String(min), note: `provider min ${upstream.min}` });
    if (max !== service.max) changes.push({ field: "max", oldValue: String(service.max), newValue: String(max), note: `provider max ${upstream.max}` });
    if (upstream.type !== service.type) changes.push({ field: "type", oldValue: service.type, newValue: upstream.type, note: "type changed upstream" });
  }
  return changes;
}

/** Applies planned changes to the row; returns them. */
export async function repriceService(tx: Tx, service: ServiceWithCost, defaults: PricingDefaults): Promise<ServiceChange[]> {
  const changes = planReprice(service, defaults);
  if (changes.length === 0) return changes;
  const data: { rate?: bigint; enabled?: boolean; min?: number; max?: number; type?: string } = {};
  for (const change of changes) {
    if (change.field === "rate") data.rate = priceService(pricingInput(service), defaults).rate;
    if (change.field === "enabled") data.enabled = false;
    if (change.field === "min") data.min = Number(change.newValue);
    if (change.field === "max") data.max = Number(change.newValue);
    if (change.field === "type") data.type = change.newValue;
  }
  await tx.service.update({ where: { id: service.id }, data });
  // Customers only ever saw it while enabled: a disabled service's price moves are not news.
  if (service.enabled) {
    await recordCatalogUpdates([...(data.rate === undefined ? [] : priceChange(service.id, service.rate, data.rate)), ...(data.enabled === false ? [{ serviceId: service.id, change: "DISABLED" as const }] : [])], tx);
  }
  return changes;
}

export const WITH_COST = { providerService: true, category: true } as const;
