// The owner (or the scheduled refresh) sets the rate of a provider currency. In one transaction:
// the rate, an audit entry, a line in the price sync log, and the re-pricing of every service
// bought in that currency, each change logged like a price sync.
import { db } from "../db";
import { recordAudit } from "../audit/record-audit";
import { AppError } from "../errors";
import { loadPricing } from "../catalog/load-pricing";
import { repriceAndLog, WITH_COST } from "../catalog/reprice";
import { getSettings } from "../settings/settings";
import { exchangeRateSchema, type ExchangeRateInput } from "../validations/currency";

export type RateSource = "manual" | "auto";
export type RateChange = {
  currency: string;
  before: string | null;
  after: string;
  changed: boolean;
  repriced: number;
};

export async function setExchangeRate(
  input: ExchangeRateInput,
  actor: { id: number | null; ip?: string },
  source: RateSource = "manual",
): Promise<RateChange> {
  const { currency, rate } = exchangeRateSchema.parse(input);
  const panel = (await getSettings()).currencyCode;
  if (currency === panel)
    throw new AppError(`${currency} is the panel currency: it needs no rate`, "invalid", "currency", {
      key: "errors.currency.panelCurrencyNoRate",
      values: { currency },
    });

  return db.$transaction(
    async (tx) => {
      const before = (await tx.exchangeRate.findUnique({ where: { currency } }))?.rate ?? null;
      if (before === rate.text) return { currency, before, after: rate.text, changed: false, repriced: 0 };
      await tx.exchangeRate.upsert({
        where: { currency },
        create: { currency, rate: rate.text, source },
        update: { rate: rate.text, source },
      });
      await recordAudit(
        {
          actorId: actor.id,
          ip: actor.ip,
          action: "currency.rate",
          targetType: "currency",
          targetId: currency,
          before: { rate: before },
          after: { rate: rate.text, source },
        },
        tx,
      );
      const by = source === "auto" ? "automatic refresh" : "set by an admin";
      await tx.priceSyncLog.create({
        data: {
          field: "exchange rate",
          oldValue: before,
          newValue: rate.text,
          note: `${panel} per 1 ${currency}, ${by}`,
        },
      });

      const services = await tx.service.findMany({
        where: { providerService: { provider: { currency } } },
        include: WITH_COST,
        orderBy: { id: "asc" },
      });
      const repriced = await repriceAndLog(tx, services, await loadPricing(tx));
      return { currency, before, after: rate.text, changed: true, repriced };
    },
    { timeout: 120_000, maxWait: 20_000 },
  );
}
