// The admin corrects the currency a provider prices in (its balance answer may not say, or say
// it wrongly). Its services are re-priced at once from the new currency's rate, and logged.
import { db } from "../db";
import { recordAudit } from "../audit/record-audit";
import { AppError, NotFoundError } from "../errors";
import { loadPricing } from "../catalog/load-pricing";
import { repriceAndLog, WITH_COST } from "../catalog/reprice";
import { currencyCodeSchema } from "../validations/currency";

export async function setProviderCurrency(
  providerId: number,
  input: string,
  actor: { id: number; ip?: string },
): Promise<{ repriced: number }> {
  const currency = currencyCodeSchema.parse(input);
  return db.$transaction(
    async (tx) => {
      const provider = await tx.provider.findUnique({
        where: { id: providerId },
        select: { id: true, name: true, currency: true },
      });
      if (!provider) throw new NotFoundError("Provider not found");
      if (provider.currency === currency) return { repriced: 0 };
      const pricing = await loadPricing(tx);
      if (pricing.rates.isMissing(currency)) {
        throw new AppError(
          `Set an exchange rate for ${currency} in Admin > Currencies first`,
          "rate_missing",
          "currency",
          { key: "errors.currency.rateMissing", values: { currency } },
        );
      }
      await tx.provider.update({ where: { id: providerId }, data: { currency } });
      await recordAudit(
        {
          actorId: actor.id,
          ip: actor.ip,
          action: "provider.currency",
          targetType: "provider",
          targetId: providerId,
          before: { currency: provider.currency },
          after: { currency },
        },
        tx,
      );
      await tx.priceSyncLog.create({
        data: {
          field: "provider currency",
          oldValue: provider.currency,
          newValue: currency,
          note: `${provider.name}, set by an admin`,
        },
      });
      const services = await tx.service.findMany({
        where: { providerService: { providerId } },
        include: WITH_COST,
        orderBy: { id: "asc" },
      });
      return { repriced: await repriceAndLog(tx, services, pricing) };
    },
    { timeout: 120_000, maxWait: 20_000 },
  );
}
