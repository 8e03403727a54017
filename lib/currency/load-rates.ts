// The exchange rates in force, read from the database: all of them for pricing, or the one an
// order needs. The panel currency is the settings' currencyCode.
import { db, type Tx } from "../db";
import { getSettings } from "../settings/settings";
import { parseRate, type Rate } from "../validations/currency";
import { RateTable } from "./exchange-rate";

export async function loadRateTable(tx: Tx = db, panelCurrency?: string): Promise<RateTable> {
  const [panel, rows] = await Promise.all([
    panelCurrency ?? getSettings(tx).then((s) => s.currencyCode),
    tx.exchangeRate.findMany(),
  ]);
  const rates = new Map<string, Rate>();
  for (const row of rows) {
    const rate = parseRate(row.rate);
    if (rate) rates.set(row.currency, rate);
  }
  return new RateTable(panel, rates);
}

/**
 * The rate an order converts its provider cost at: one primary-key read, no settings. Rate rows
 * never exist for the panel's own currency (setExchangeRate refuses it), so no row = 1:1.
 */
export async function loadRateFor(currency: string | null, tx: Tx = db): Promise<Rate | null> {
  if (currency === null) return null;
  const row = await tx.exchangeRate.findUnique({ where: { currency } });
  return row ? parseRate(row.rate) : null;
}
