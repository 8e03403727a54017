// The price sync: re-reads each active provider's `services`, refreshes the mirror, and brings
// every panel service in line (re-price by its markup, disable when gone upstream or under cost,
// narrow min/max). Each change of a panel service is one PriceSyncLog row.
import { db, ProviderStatus } from "../db";
import { AppError } from "../errors";
import { acquireLease, INSTANCE_ID, releaseLease } from "../jobs/lease";
import { log } from "../log";
import { formatMoney } from "../money";
import { fetchProviderCatalog } from "./fetch-provider-catalog";
import { loadPricing } from "./load-pricing";
import { mirrorProviderServices } from "./mirror-provider-services";
import { repriceService, WITH_COST } from "./reprice";

export type ProviderSyncResult =
  | { providerId: number; name: string; ok: true; changes: number; gone: number; added: number }
  | { providerId: number; name: string; ok: false; error: string };

export const PRICE_SYNC_LEASE = "job:price-sync";

/** Syncs one provider. A failed or empty read changes nothing: a provider hiccup must not empty the catalog. */
export async function syncProviderPrices(providerId: number): Promise<ProviderSyncResult> {
  const provider = await db.provider.findUniqueOrThrow({
    where: { id: providerId },
    select: { id: true, name: true },
  });
  let catalog;
  try {
    catalog = await fetchProviderCatalog(providerId);
  } catch (error) {
    const message = error instanceof AppError ? error.message : "could not read the provider's services";
    log.warn("price sync: provider unreadable", { providerId, error });
    await db.priceSyncLog.create({
      data: { field: "provider", note: `${provider.name}: ${message}`.slice(0, 500) },
    });
    return { providerId, name: provider.name, ok: false, error: message };
  }
  const stored = await db.providerService.count({ where: { providerId, available: true } });
  if (catalog.services.length === 0 && stored > 0) {
    const error = "the provider listed no services; nothing was changed";
    await db.priceSyncLog.create({ data: { field: "provider", note: `${provider.name}: ${error}` } });
    return { providerId, name: provider.name, ok: false, error };
  }

  const defaults = await loadPricing();
  if (defaults.rates.isMissing(catalog.provider.currency)) {
    // Pricing at 1:1 across currencies would sell at a nonsense price: change nothing until the owner sets a rate.
    const error = `prices in ${catalog.provider.currency}, which has no exchange rate; nothing was changed`;
    await db.priceSyncLog.create({ data: { field: "provider", note: `${provider.name}: ${error}` } });
    return { providerId, name: provider.name, ok: false, error };
  }
  return db.$transaction(
    async (tx) => {
      const mirror = await mirrorProviderServices(tx, providerId, catalog.services);
      const services = await tx.service.findMany({
        where: { providerService: { providerId } },
        include: WITH_COST,
        orderBy: { id: "asc" },
      });
      let changes = 0;
      for (const service of services) {
        const before = mirror.before.get(service.providerService.externalId);
        if (before && before.rate !== service.providerService.rate) {
          await tx.priceSyncLog.create({
            data: {
              serviceId: service.id,
              field: "cost",
              oldValue: formatMoney(before.rate),
              newValue: formatMoney(service.providerService.rate),
              note: "provider rate",
            },
          });
        }
        for (const change of await repriceService(tx, service, defaults)) {
          await tx.priceSyncLog.create({ data: { serviceId: service.id, ...change } });
          changes++;
        }
      }
      return {
        providerId,
        name: provider.name,
        ok: true as const,
        changes,
        gone: mirror.gone.length,
        added: mirror.created.length,
      };
    },
    { timeout: 120_000, maxWait: 20_000 },
  );
}

/** Syncs every active provider that has a mirrored catalog. */
export async function syncAllPrices(): Promise<ProviderSyncResult[]> {
  const providers = await db.provider.findMany({
    where: { status: ProviderStatus.ACTIVE, services: { some: {} } },
    select: { id: true, name: true },
    orderBy: { id: "asc" },
  });
  const results: ProviderSyncResult[] = [];
  for (const provider of providers) {
    try {
      results.push(await syncProviderPrices(provider.id));
    } catch (error) {
      // One provider's failure must not hold back the others.
      log.error("price sync failed", { providerId: provider.id, error });
      results.push({
        providerId: provider.id,
        name: provider.name,
        ok: false,
        error: "the sync failed; see the server log",
      });
    }
  }
  return results;
}

/** The admin's "Sync prices now": refuses to run beside the scheduled job. */
export async function syncPricesNow(): Promise<ProviderSyncResult[]> {
  // Its own holder name, so the button also waits for a job run of this very instance.
  const holder = `${INSTANCE_ID}:manual`;
  if (!(await acquireLease(PRICE_SYNC_LEASE, 10 * 60_000, holder)))
    throw new AppError("A price sync is already running. Try again in a minute.", "sync_running");
  try {
    return await syncAllPrices();
  } finally {
    await releaseLease(PRICE_SYNC_LEASE, holder);
  }
}
