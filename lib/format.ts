// Display formatting, used by every page (money in the panel currency, dates, numbers).
import { formatMoney } from "./money";
import type { Settings } from "./settings/schema";

export function formatCurrency(units: bigint, settings: Pick<Settings, "currencySymbol" | "displayDecimals">): string {
  const text = formatMoney(units, settings.displayDecimals);
  const [whole, fraction] = text.replace("-", "").split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${units < 0n ? "-" : ""}${settings.currencySymbol}${grouped}${fraction ? "." + fraction : ""}`;
}

// Dates and plain numbers follow the page's language (Intl). Dates are shown in UTC, on the
// server and in the browser alike, so both renders agree.
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function cached<T>(map: Map<string, T>, locale: string, make: () => T): T {
  let format = map.get(locale);
  if (!format) map.set(locale, (format = make()));
  return format;
}

/** "Dec 1, 2026, 10:32" in English, "10:32 1 thg 12, 2026" in Vietnamese. */
export function formatDateTime(date: Date, locale: string = "en"): string {
  return cached(dateTimeFormats, locale, () =>
    new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", hourCycle: "h23", timeZone: "UTC" }),
  ).format(date);
}

export function formatDate(date: Date, locale: string = "en"): string {
  return cached(dateFormats, locale, () => new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" })).format(date);
}

/** Counts and quantities: "12,500" in English, "12.500" in Vietnamese. */
export function formatNumber(value: number | bigint, locale: string = "en"): string {
  return cached(numberFormats, locale, () => new Intl.NumberFormat(locale)).format(value);
}
