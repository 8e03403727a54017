// What every price computation needs: the markup defaults from the settings and the exchange
// rates that turn provider costs into the panel currency.
import { db, type Tx } from "../db";
import { loadRateTable } from "../currency/load-rates";
import type { RateTable } from "../currency/exchange-rate";
import { getSettings } from "../settings/settings";
import { pricingDefaults, type PricingDefaults } from "./markup";

export type Pricing = PricingDefaults & { rates: RateTable };

export async function loadPricing(tx: Tx = db): Promise<Pricing> {
  const settings = await getSettings(tx);
  return { ...pricingDefaults(settings), rates: await loadRateTable(tx, settings.currencyCode) };
}
