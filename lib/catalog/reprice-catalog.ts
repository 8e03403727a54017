// Re-prices the whole catalog with the current settings, without asking any provider: for
// after the default markup or the price precision changed (the price sync does it too, later).
import { db } from "../db";
import { recordAudit } from "../audit/record-audit";
import type { ActorOrPanel as Actor } from "../audit/record-audit";
import { loadPricing } from "./load-pricing";
import { repriceService, WITH_COST } from "./reprice";

export async function repriceCatalog(actor: Actor): Promise<number> {
  const defaults = await loadPricing();
  return db.$transaction(
    async (tx) => {
      let repriced = 0;
      for (const service of await tx.service.findMany({ include: WITH_COST })) {
        if ((await repriceService(tx, service, defaults)).length > 0) repriced++;
      }
      await recordAudit(
        {
          actorId: actor.id,
          ip: actor.ip,
          action: "catalog.reprice",
          targetType: "catalog",
          after: { repriced, rule: defaults.rule, precision: defaults.precision },
        },
        tx,
      );
      return repriced;
    },
    { timeout: 120_000, maxWait: 20_000 },
  );
}

/** The settings the catalog's prices are computed from. */
export const PRICING_SETTINGS = [
  "defaultMarkupPercent",
  "defaultMarkupFixed",
  "pricePrecision",
  "priceTolerancePercent",
  "belowCostAction",
] as const;

/** After a settings save: re-price at once when a pricing setting changed, so prices never wait for the next sync. */
export async function repriceIfPricingChanged(
  changed: readonly string[],
  actor: Actor,
): Promise<number | null> {
  return changed.some((key) => (PRICING_SETTINGS as readonly string[]).includes(key))
    ? repriceCatalog(actor)
    : null;
}
