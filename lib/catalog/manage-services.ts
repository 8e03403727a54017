// Admin changes to panel services: edit one (name, description, category, order, limits,
// pricing mode), and bulk enable / disable / move / markup. Prices are recomputed here, never
// taken from the browser; every change is audited.
import { db, type Tx } from "../db";
import { recordAudit } from "../audit/record-audit";
import { AppError, NotFoundError } from "../errors";
import { formatRate } from "../format";
import { getSettings } from "../settings/settings";
import {
  bulkActionSchema,
  serviceUpdateSchema,
  type BulkActionInput,
  type ServiceUpdateInput,
} from "../validations/catalog";
import type { ActorOrPanel as Actor } from "../audit/record-audit";
import { priceChange, recordCatalogUpdates } from "./catalog-updates";
import { priceService } from "./markup";
import { loadPricing, type Pricing } from "./load-pricing";
import { panelCost, pricingInput, repriceService, WITH_COST, type ServiceWithCost } from "./reprice";

const AUDITED = [
  "name",
  "description",
  "categoryId",
  "sortOrder",
  "min",
  "max",
  "rate",
  "markupPercent",
  "markupFixed",
  "manualRate",
  "allowBelowCost",
  "refillDays",
  "enabled",
] as const;
const auditView = (s: Record<(typeof AUDITED)[number], unknown>) =>
  Object.fromEntries(AUDITED.map((k) => [k, s[k]]));

export async function updateService(id: number, input: ServiceUpdateInput, actor: Actor) {
  const data = serviceUpdateSchema.parse(input);
  const defaults = await loadPricing();
  return db.$transaction(async (tx) => {
    const before = await tx.service.findUnique({ where: { id }, include: WITH_COST });
    if (!before) throw new NotFoundError("Service not found");
    const category = await tx.category.findUnique({ where: { id: data.categoryId } });
    if (!category) throw new AppError("Choose a category", "invalid", "categoryId");
    const upstream = before.providerService;
    if (data.min < upstream.min)
      throw new AppError(`Min can't be below the provider's min (${upstream.min})`, "invalid", "min", {
        key: "errors.catalog.minBelowProvider",
        values: { min: upstream.min },
      });
    if (data.max > upstream.max)
      throw new AppError(`Max can't be above the provider's max (${upstream.max})`, "invalid", "max", {
        key: "errors.catalog.maxAboveProvider",
        values: { max: upstream.max },
      });

    const pricing = {
      markupPercent: data.pricing === "markup" ? data.markupPercent : null,
      markupFixed: data.pricing === "markup" ? data.markupFixed : null,
      manualRate: data.pricing === "manual" ? data.manualRate : null,
      allowBelowCost: data.allowBelowCost,
    };
    const decision = priceService(
      { ...pricingInput(before, defaults.rates), ...pricing, category },
      defaults,
    );
    if (decision.source === "manual" && decision.belowCost && !data.allowBelowCost) {
      const cost = panelCost(before, defaults.rates);
      const shown = formatRate(cost, await getSettings(tx));
      throw new AppError(
        `That price is below the provider's cost (${shown}). Raise it or allow selling below cost.`,
        "below_cost",
        "manualRate",
        { key: "errors.catalog.belowCost", rates: { cost } },
      );
    }
    const after = await tx.service.update({
      where: { id },
      data: {
        name: data.name,
        description: data.description,
        categoryId: data.categoryId,
        sortOrder: data.sortOrder,
        min: data.min,
        max: data.max,
        refillDays: data.refillDays,
        ...pricing,
        rate: decision.rate,
      },
    });
    if (after.enabled) await recordCatalogUpdates(priceChange(id, before.rate, after.rate), tx);
    await recordAudit(
      {
        actorId: actor.id,
        ip: actor.ip,
        action: "service.update",
        targetType: "service",
        targetId: id,
        before: auditView(before),
        after: auditView(after),
      },
      tx,
    );
    return after;
  });
}

export type BulkResult = { updated: number[]; skipped: Array<{ id: number; reason: string }> };

export async function bulkUpdateServices(input: BulkActionInput, actor: Actor): Promise<BulkResult> {
  const data = bulkActionSchema.parse(input);
  const defaults = await loadPricing();
  return db.$transaction(
    async (tx) => {
      const services = await tx.service.findMany({
        where: { id: { in: data.serviceIds } },
        include: WITH_COST,
        orderBy: { id: "asc" },
      });
      const result: BulkResult = { updated: [], skipped: [] };
      const found = new Set(services.map((s) => s.id));
      for (const id of data.serviceIds) if (!found.has(id)) result.skipped.push({ id, reason: "not found" });

      if (data.op === "move") {
        const category = await tx.category.findUnique({ where: { id: data.categoryId } });
        if (!category) throw new AppError("Choose a category", "invalid", "categoryId");
      }
      for (const service of services) {
        const reason = await applyBulk(tx, service, data, defaults);
        if (reason) result.skipped.push({ id: service.id, reason });
        else result.updated.push(service.id);
      }
      const detail =
        data.op === "move"
          ? { categoryId: data.categoryId }
          : data.op === "markup"
            ? { markupPercent: data.markupPercent, markupFixed: data.markupFixed }
            : data.op === "describe"
              ? { description: data.description }
              : {};
      await recordAudit(
        {
          actorId: actor.id,
          ip: actor.ip,
          action: `service.bulk_${data.op}`,
          targetType: "service",
          targetId: result.updated.join(",").slice(0, 190),
          after: { ...detail, ...result },
        },
        tx,
      );
      return result;
    },
    { timeout: 60_000, maxWait: 20_000 },
  );
}

type BulkData = ReturnType<typeof bulkActionSchema.parse>;

/** Applies one bulk operation to one service; returns why it was skipped, if it was. */
async function applyBulk(
  tx: Tx,
  service: ServiceWithCost,
  data: BulkData,
  defaults: Pricing,
): Promise<string | null> {
  switch (data.op) {
    case "enable": {
      if (!service.providerService.available) return "gone from the provider";
      if (priceService(pricingInput(service, defaults.rates), defaults).disable)
        return "manual price below cost";
      await tx.service.update({ where: { id: service.id }, data: { enabled: true } });
      if (!service.enabled)
        await recordCatalogUpdates([{ serviceId: service.id, change: "ENABLED", newRate: service.rate }], tx);
      return null;
    }
    case "disable":
      await tx.service.update({ where: { id: service.id }, data: { enabled: false } });
      if (service.enabled) await recordCatalogUpdates([{ serviceId: service.id, change: "DISABLED" }], tx);
      return null;
    case "move":
      await tx.service.update({ where: { id: service.id }, data: { categoryId: data.categoryId } });
      await repriceService(
        tx,
        {
          ...service,
          categoryId: data.categoryId,
          category: await tx.category.findUniqueOrThrow({ where: { id: data.categoryId } }),
        },
        defaults,
      );
      return null;
    case "markup": {
      const updated = await tx.service.update({
        where: { id: service.id },
        data: { markupPercent: data.markupPercent, markupFixed: data.markupFixed, manualRate: null },
        include: WITH_COST,
      });
      await repriceService(tx, updated, defaults);
      return null;
    }
    case "describe":
      await tx.service.update({ where: { id: service.id }, data: { description: data.description || null } });
      return null;
  }
}
