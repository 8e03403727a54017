// The admin's view of the catalog: every service with its cost, price, margin and the rule that
// made the price, filtered by provider, category, enabled state and below-cost.
import { db, type Prisma } from "../db";
import { loadPricing } from "./load-pricing";
import { marginOf, priceService, roundingDistorts, type PriceDecision } from "./markup";
import { panelCost, pricingInput, WITH_COST } from "./reprice";

export type AdminServiceFilters = {
  providerId?: number;
  categoryId?: number;
  enabled?: "yes" | "no";
  belowCost?: boolean;
  q?: string;
};

export type AdminServiceRow = {
  id: number;
  name: string;
  type: string;
  enabled: boolean;
  sortOrder: number;
  categoryId: number;
  categoryName: string;
  providerId: number;
  providerName: string;
  externalId: string;
  available: boolean;
  min: number;
  max: number;
  cost: bigint; // in the panel currency
  /** The provider's own rate and currency, when it prices in another currency than the panel. */
  providerCost: { units: bigint; currency: string } | null;
  /** Its provider's currency has no exchange rate: the cost is taken 1:1. */
  rateMissing: boolean;
  rate: bigint;
  margin: { units: bigint; bps: number | null };
  rule: Pick<PriceDecision, "source" | "rule">;
  /** Sells under cost, or is held back because its manual price is under cost. */
  belowCost: boolean;
  allowBelowCost: boolean;
  /** Priced by a rule, but rounding took the price further above the rule than the tolerance. */
  roundingDistorts: boolean;
};

export async function listAdminServices(filters: AdminServiceFilters = {}): Promise<AdminServiceRow[]> {
  const defaults = await loadPricing();
  const where: Prisma.ServiceWhereInput = {};
  if (filters.providerId) where.providerService = { providerId: filters.providerId };
  if (filters.categoryId) where.categoryId = filters.categoryId;
  if (filters.enabled) where.enabled = filters.enabled === "yes";

  const services = await db.service.findMany({
    where,
    include: WITH_COST,
    orderBy: [{ category: { sortOrder: "asc" } }, { categoryId: "asc" }, { sortOrder: "asc" }, { id: "asc" }],
  });
  const rows = services.map((service): AdminServiceRow => {
    const decision = priceService(pricingInput(service, defaults.rates), defaults);
    const cost = panelCost(service, defaults.rates);
    const currency = service.providerService.provider.currency;
    return {
      id: service.id,
      name: service.name,
      type: service.type,
      enabled: service.enabled,
      sortOrder: service.sortOrder,
      categoryId: service.categoryId,
      categoryName: service.category.name,
      providerId: service.providerService.provider.id,
      providerName: service.providerService.provider.name,
      externalId: service.providerService.externalId,
      available: service.providerService.available,
      min: service.min,
      max: service.max,
      cost,
      providerCost:
        currency !== null && defaults.rates.rateFor(currency) !== null
          ? { units: service.providerService.rate, currency }
          : null,
      rateMissing: defaults.rates.isMissing(currency),
      rate: service.rate,
      margin: marginOf(service.rate, cost),
      rule: decision,
      belowCost: service.rate < cost,
      allowBelowCost: service.allowBelowCost,
      roundingDistorts:
        decision.rule !== null &&
        service.rate === decision.rate &&
        roundingDistorts(service.rate, cost, decision.rule, defaults.toleranceBps),
    };
  });
  // Name search in JS: case-insensitive alike on SQLite and PostgreSQL.
  // "#12" is the id only; "12" the id or a name containing it.
  const q = filters.q?.trim().toLowerCase();
  const matches = (row: AdminServiceRow) =>
    !q ||
    (q.startsWith("#") ? `#${row.id}` === q : String(row.id) === q || row.name.toLowerCase().includes(q));
  return rows.filter((row) => (!filters.belowCost || row.belowCost) && matches(row));
}

/** Services priced under their provider's cost without permission: the dashboard flags them. */
export async function listBelowCostServices(): Promise<AdminServiceRow[]> {
  return (await listAdminServices({ belowCost: true })).filter((row) => !row.allowBelowCost);
}

export async function getAdminService(id: number) {
  const defaults = await loadPricing();
  const service = await db.service.findUnique({ where: { id }, include: WITH_COST });
  if (!service) return null;
  const decision = priceService(pricingInput(service, defaults.rates), defaults);
  const cost = panelCost(service, defaults.rates);
  const syncLog = await db.priceSyncLog.findMany({
    where: { serviceId: id },
    orderBy: { id: "desc" },
    take: 20,
  });
  return {
    service,
    cost,
    decision,
    margin: marginOf(service.rate, cost),
    syncLog,
    precision: defaults.precision,
  };
}
