// Importing a provider's services into the panel catalog: a preview of what is new, changed and
// gone (grouped by the provider's category), then the admin's choice becomes panel services,
// priced by the markup rules. The provider is re-read at import: the browser never sends prices.
import { db, type Tx } from "../db";
import { recordAudit } from "../audit/record-audit";
import { formatMoney } from "../money";
import { importSchema, type ImportInput } from "../validations/catalog";
import type { ActorOrPanel as Actor } from "../audit/record-audit";
import { ensureCategory } from "./categories";
import {
  changedFields,
  fetchProviderCatalog,
  mirrorFields,
  type ProviderCatalog,
} from "./fetch-provider-catalog";
import { AppError } from "../errors";
import { loadPricing, type Pricing } from "./load-pricing";
import { effectiveRule, markUp, priceService } from "./markup";
import { mirrorProviderServices } from "./mirror-provider-services";
import { recordCatalogUpdates } from "./catalog-updates";

export type PreviewStatus = "new" | "changed" | "unchanged" | "gone";

export type PreviewItem = {
  externalId: string;
  name: string;
  type: string;
  category: string;
  rate: bigint; // provider cost, units per 1000 (Package: per order), in the provider's currency
  cost: bigint; // the same in the panel currency
  min: number;
  max: number;
  refill: boolean;
  cancel: boolean;
  dripfeed: boolean;
  status: PreviewStatus;
  /** For "changed": the stored value -> the listed value, per field. */
  changes: Array<{ field: string; from: string; to: string }>;
  /** Panel services already selling this provider service. */
  importedAs: Array<{ id: number; name: string; enabled: boolean }>;
  /** The selling rate under the rule of the category it would land in. */
  suggestedRate: bigint;
  knownType: boolean;
};

export type ImportPreview = {
  provider: { id: number; name: string; currency: string | null };
  groups: Array<{ category: string; items: PreviewItem[] }>;
  counts: Record<PreviewStatus, number>;
  invalid: Array<{ index: number; reason: string }>;
};

const show = (value: unknown) => (typeof value === "bigint" ? formatMoney(value) : String(value));

/** Prices can't be set from a currency the panel has no rate for: the owner sets one first. */
async function pricingFor(catalog: ProviderCatalog): Promise<Pricing> {
  const pricing = await loadPricing();
  const currency = catalog.provider.currency;
  if (pricing.rates.isMissing(currency)) {
    throw new AppError(
      `${catalog.provider.name} prices in ${currency}. Set an exchange rate for ${currency} in Admin > Currencies before importing.`,
      "rate_missing",
      undefined,
      {
        key: "errors.catalog.importRateMissing",
        values: { provider: catalog.provider.name, currency: String(currency) },
      },
    );
  }
  return pricing;
}

export async function previewImport(providerId: number): Promise<ImportPreview> {
  const catalog = await fetchProviderCatalog(providerId);
  const defaults = await pricingFor(catalog);
  const toPanel = (units: bigint) => defaults.rates.toPanel(units, catalog.provider.currency);
  const stored = await db.providerService.findMany({
    where: { providerId },
    include: { services: { select: { id: true, name: true, enabled: true } } },
  });
  const storedByExternal = new Map(stored.map((row) => [row.externalId, row]));
  const categories = new Map((await db.category.findMany()).map((c) => [c.name, c]));

  const items: PreviewItem[] = [];
  const listed = new Set<string>();
  for (const service of catalog.services) {
    if (listed.has(service.id)) continue;
    listed.add(service.id);
    const fields = mirrorFields(service);
    const row = storedByExternal.get(service.id);
    const importedAs = row?.services ?? [];
    const changes = row
      ? changedFields(row, service).map((field) => ({
          field,
          from: show(row[field]),
          to: show(fields[field]),
        }))
      : [];
    const status: PreviewStatus =
      importedAs.length === 0 ? "new" : changes.length > 0 || !row?.available ? "changed" : "unchanged";
    const category = categories.get(fields.category) ?? { markupPercent: null, markupFixed: null };
    const rule = effectiveRule({ markupPercent: null, markupFixed: null, category }, defaults).rule;
    items.push({
      externalId: service.id,
      ...fields,
      status,
      changes,
      importedAs,
      cost: toPanel(service.rate),
      suggestedRate: markUp(toPanel(service.rate), rule, defaults.precision, defaults.toleranceBps),
      knownType: service.type !== null,
    });
  }
  for (const row of stored) {
    if (listed.has(row.externalId) || (!row.available && row.services.length === 0)) continue;
    items.push({
      externalId: row.externalId,
      name: row.name,
      type: row.type,
      category: row.category,
      rate: row.rate,
      cost: toPanel(row.rate),
      min: row.min,
      max: row.max,
      refill: row.refill,
      cancel: row.cancel,
      dripfeed: row.dripfeed,
      status: "gone",
      changes: [],
      importedAs: row.services,
      suggestedRate: row.rate,
      knownType: true,
    });
  }

  const groups = new Map<string, PreviewItem[]>();
  for (const item of items) groups.set(item.category, [...(groups.get(item.category) ?? []), item]);
  const counts: Record<PreviewStatus, number> = { new: 0, changed: 0, unchanged: 0, gone: 0 };
  for (const item of items) counts[item.status]++;
  return {
    provider: catalog.provider,
    groups: [...groups].map(([category, groupItems]) => ({ category, items: groupItems })),
    counts,
    invalid: catalog.invalid,
  };
}

export type ImportResult = {
  created: Array<{ id: number; externalId: string; categoryId: number }>;
  skipped: Array<{ externalId: string; reason: string }>;
};

/** Imports the chosen services (each into the named category, created when new). */
export async function importServices(
  input: ImportInput,
  actor: Actor,
  fetched?: ProviderCatalog,
): Promise<ImportResult> {
  const data = importSchema.parse(input);
  const catalog =
    fetched?.provider.id === data.providerId ? fetched : await fetchProviderCatalog(data.providerId);
  const defaults = await pricingFor(catalog);
  const listed = new Map(catalog.services.map((s) => [s.id, s]));

  return db.$transaction(
    async (tx) => {
      const mirror = await mirrorProviderServices(tx, data.providerId, catalog.services);
      const result: ImportResult = { created: [], skipped: [] };
      const chosen = new Set<string>();
      for (const item of data.items) {
        if (chosen.has(item.externalId)) continue;
        chosen.add(item.externalId);
        const row = mirror.rows.get(item.externalId);
        const upstream = listed.get(item.externalId);
        if (!row || !upstream) {
          result.skipped.push({ externalId: item.externalId, reason: "no longer listed by the provider" });
          continue;
        }
        if ((await tx.service.count({ where: { providerServiceId: row.id } })) > 0) {
          result.skipped.push({ externalId: item.externalId, reason: "already imported" });
          continue;
        }
        const cost = defaults.rates.toPanel(row.rate, catalog.provider.currency);
        const created = await createPanelService(
          tx,
          { ...row, cost },
          item.categoryName,
          upstream.description,
          defaults,
        );
        result.created.push({ id: created.id, externalId: item.externalId, categoryId: created.categoryId });
        if (created.enabled)
          await recordCatalogUpdates([{ serviceId: created.id, change: "ADDED", newRate: created.rate }], tx);
      }
      await recordAudit(
        {
          actorId: actor.id,
          ip: actor.ip,
          action: "catalog.import",
          targetType: "provider",
          targetId: data.providerId,
          after: { created: result.created.map((c) => c.id), skipped: result.skipped.length },
        },
        tx,
      );
      return result;
    },
    { timeout: 120_000, maxWait: 20_000 },
  );
}

async function createPanelService(
  tx: Tx,
  row: { id: number; name: string; type: string; cost: bigint; min: number; max: number },
  categoryName: string,
  description: string | null,
  defaults: Pricing,
) {
  const category = await ensureCategory(tx, categoryName);
  const categoryRow = await tx.category.findUniqueOrThrow({ where: { id: category.id } });
  const last = await tx.service.aggregate({ where: { categoryId: category.id }, _max: { sortOrder: true } });
  const decision = priceService(
    {
      cost: row.cost,
      manualRate: null,
      markupPercent: null,
      markupFixed: null,
      allowBelowCost: false,
      category: categoryRow,
    },
    defaults,
  );
  return tx.service.create({
    data: {
      providerServiceId: row.id,
      categoryId: category.id,
      name: row.name,
      description: description?.trim() || null,
      type: row.type,
      sortOrder: (last._max.sortOrder ?? 0) + 10,
      min: row.min,
      max: row.max,
      rate: decision.rate,
    },
  });
}

/** Every listed service of the provider, each into a category named like the provider's. */
export async function importWholeCatalog(providerId: number, actor: Actor): Promise<ImportResult> {
  const catalog = await fetchProviderCatalog(providerId);
  return importServices(
    {
      providerId,
      items: catalog.services.map((s) => ({ externalId: s.id, categoryName: mirrorFields(s).category })),
    },
    actor,
    catalog,
  );
}
