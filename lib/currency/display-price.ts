// A customer's display currency: panel prices also shown, approximately, in a currency the panel
// has a rate for. Pure, so the services page and the new-order form's live charge (in the browser)
// word it alike. Only ever shown beside the real price; nothing that moves money reads it.
import { currencyDecimals, DEFAULT_LOCALE, formatInCurrency } from "../format";
import { MONEY_DECIMALS } from "../money";
import { parseRate } from "../validations/currency";
import { convertForDisplay } from "./exchange-rate";

/** What a page needs to convert: the code and its rate (panel currency per 1 `code`, exact decimal text). */
export type DisplayCurrency = { code: string; rate: string };

/**
 * "$1.23" for a ≈ marker beside the real price; `under` when the amount rounds to zero in that
 * currency, so the page says "under $0.01" instead of a price of nothing. Null when the rate is
 * not a rate (the page then shows the panel price alone).
 */
export type ApproxPrice = { amount: string; under: boolean };

export function approximatePrice(
  panelUnits: bigint,
  display: DisplayCurrency,
  locale: string = DEFAULT_LOCALE,
): ApproxPrice | null {
  const rate = parseRate(display.rate);
  if (!rate) return null;
  const decimals = currencyDecimals(display.code);
  const converted = convertForDisplay(panelUnits, rate, decimals);
  if (converted === 0n && panelUnits > 0n) {
    const smallest = 10n ** BigInt(MONEY_DECIMALS - decimals);
    return { amount: formatInCurrency(smallest, display.code, locale), under: true };
  }
  return { amount: formatInCurrency(converted, display.code, locale), under: false };
}
