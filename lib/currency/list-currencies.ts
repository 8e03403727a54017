// The admin's currencies page: the panel currency, each provider currency with its rate (or the
// lack of one) and the providers that price in it.
import { db } from "../db";
import { getSettings } from "../settings/settings";

export type CurrencyRow = {
  currency: string;
  rate: string | null; // panel currency per 1 unit; null = not set yet
  source: string | null;
  updatedAt: Date | null;
  providers: Array<{ id: number; name: string }>;
};

export async function listCurrencies() {
  const [settings, rates, providers] = await Promise.all([
    getSettings(),
    db.exchangeRate.findMany({ orderBy: { currency: "asc" } }),
    db.provider.findMany({ select: { id: true, name: true, currency: true }, orderBy: { id: "asc" } }),
  ]);
  const rows = new Map<string, CurrencyRow>();
  for (const r of rates)
    rows.set(r.currency, {
      currency: r.currency,
      rate: r.rate,
      source: r.source,
      updatedAt: r.updatedAt,
      providers: [],
    });
  for (const p of providers) {
    if (p.currency === null || p.currency === settings.currencyCode) continue;
    const row = rows.get(p.currency) ?? {
      currency: p.currency,
      rate: null,
      source: null,
      updatedAt: null,
      providers: [],
    };
    row.providers.push({ id: p.id, name: p.name });
    rows.set(p.currency, row);
  }
  return {
    panel: {
      code: settings.currencyCode,
      symbol: settings.currencySymbol,
      decimals: settings.displayDecimals,
    },
    rows: [...rows.values()].sort((a, b) => a.currency.localeCompare(b.currency)),
    providers,
    refresh: { url: settings.rateRefreshUrl, minutes: settings.rateRefreshMinutes },
  };
}
