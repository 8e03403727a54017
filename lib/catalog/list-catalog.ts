// The catalog customers see, in one query module: the services page, the public catalog, the
// new-order form and the reseller API `services` action all read it from here.
import { db, ProviderStatus, type Tx } from "../db";
import { sqlOf } from "../db/sql";
import { directStatement } from "../db/statement";
import { loadRateTable } from "../currency/load-rates";
import { panelCost } from "./reprice";
import { applyUserPrice, getUserPrices } from "./user-rate";

export type CatalogService = {
  id: number;
  name: string;
  type: string;
  categoryId: number;
  categoryName: string;
  /** What this user pays, in units per 1000 (Package types: per order). */
  rate: bigint;
  min: number;
  max: number;
  refill: boolean;
  cancel: boolean;
  dripfeed: boolean;
  description: string | null;
  /** Mean of (completedAt - createdAt) over the service's recent completed orders; null until data. */
  averageSeconds: number | null;
};

export type CatalogCategory = { id: number; name: string; services: CatalogService[] };

/** A service as it crosses to the browser (the new-order form): the rate as text, since a bigint does not cross to JSON. */
export type ClientService = Omit<CatalogService, "rate" | "categoryId" | "categoryName"> & { rate: string };
export type ClientCategory = { id: number; name: string; services: ClientService[] };

export function toClientCatalog(catalog: CatalogCategory[]): ClientCategory[] {
  return catalog.map(({ id, name, services }) => ({
    id,
    name,
    services: services.map(({ categoryId, categoryName, rate, ...service }) => ({
      ...service,
      rate: rate.toString(),
    })),
  }));
}

/** Recent completed orders per service that the average completion time is taken over. */
const AVERAGE_SAMPLE = 10;
const AVERAGE_WINDOW_MS = 30 * 24 * 3600_000;

export async function listCatalog(
  options: { userId?: number | null } = {},
  tx: Tx = db,
): Promise<CatalogCategory[]> {
  const services = await tx.service.findMany({
    where: {
      enabled: true,
      providerService: { available: true, provider: { status: ProviderStatus.ACTIVE } },
    },
    include: { category: true, providerService: { include: { provider: { select: { currency: true } } } } },
    orderBy: [
      { category: { sortOrder: "asc" } },
      { category: { id: "asc" } },
      { sortOrder: "asc" },
      { id: "asc" },
    ],
  });
  const prices = options.userId ? await getUserPrices(options.userId) : [];
  // Costs (the floor of a per-user price) only matter to a user with own prices.
  const rates = prices.length > 0 ? await loadRateTable(tx) : null;
  const averages = await averageCompletionSeconds(
    services.map((s) => s.id),
    tx,
  );

  const categories: CatalogCategory[] = [];
  for (const service of services) {
    let category = categories.at(-1);
    if (!category || category.id !== service.categoryId) {
      category = { id: service.categoryId, name: service.category.name, services: [] };
      categories.push(category);
    }
    const cost = rates ? panelCost(service, rates) : 0n;
    category.services.push({
      id: service.id,
      name: service.name,
      type: service.type,
      categoryId: service.categoryId,
      categoryName: service.category.name,
      rate: applyUserPrice(
        { id: service.id, rate: service.rate, allowBelowCost: service.allowBelowCost, cost },
        prices,
      ),
      min: service.min,
      max: service.max,
      refill: service.providerService.refill,
      cancel: service.providerService.cancel,
      dripfeed: service.providerService.dripfeed,
      description: service.description,
      averageSeconds: averages.get(service.id) ?? null,
    });
  }
  return categories;
}

/** Flattened catalog: every service the user can order, in catalog order. */
export async function listCatalogServices(
  options: { userId?: number | null } = {},
  tx: Tx = db,
): Promise<CatalogService[]> {
  return (await listCatalog(options, tx)).flatMap((category) => category.services);
}

// The newest AVERAGE_SAMPLE completed orders of each service (a window per service, so one busy
// service cannot crowd out the rest), read in one query that both engines run alike.
const RECENT_COMPLETIONS = directStatement(
  "recent-completions",
  `SELECT "serviceId", "createdAt", "completedAt" FROM (
      SELECT "serviceId", "createdAt", "completedAt",
        ROW_NUMBER() OVER (PARTITION BY "serviceId" ORDER BY "completedAt" DESC) AS rn
      FROM "Order"
      WHERE status = 'COMPLETED' AND "completedAt" IS NOT NULL AND "completedAt" >= $1
    ) recent WHERE rn <= $2`,
);

async function averageCompletionSeconds(serviceIds: number[], tx: Tx): Promise<Map<number, number>> {
  const result = new Map<number, number>();
  if (serviceIds.length === 0) return result;
  const since = new Date(Date.now() - AVERAGE_WINDOW_MS);
  const rows = await sqlOf(tx).all(RECENT_COMPLETIONS, [since, AVERAGE_SAMPLE]);
  const wanted = new Set(serviceIds);
  const totals = new Map<number, { sum: number; n: number }>();
  for (const row of rows) {
    const serviceId = Number(row.serviceId);
    if (!wanted.has(serviceId)) continue;
    const ms =
      new Date(row.completedAt as Date | string).getTime() -
      new Date(row.createdAt as Date | string).getTime();
    const total = totals.get(serviceId) ?? { sum: 0, n: 0 };
    total.sum += Math.max(0, ms);
    total.n++;
    totals.set(serviceId, total);
  }
  for (const [serviceId, { sum, n }] of totals) result.set(serviceId, Math.round(sum / n / 1000));
  return result;
}

/** The first orderable service of each type (catalog order): the API page's examples use these ids. */
export async function serviceIdsByType(tx: Tx = db): Promise<Record<string, number>> {
  const ids: Record<string, number> = {};
  for (const service of await listCatalogServices({}, tx)) ids[service.type] ??= service.id;
  return ids;
}
