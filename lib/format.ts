// Display formatting, used by every page: money in the panel currency, dates, numbers. Money goes through
// Intl for the locale's grouping, decimal mark and symbol position, fed an exact decimal string
// (never a float), with the panel's own symbol in place of Intl's.
import { formatMoney, MONEY_DECIMALS, parseMoney, UNITS_PER_CURRENCY } from "./money";
import type { Settings } from "./settings/schema";

/** What money formatting needs of the settings; the code only picks Intl's symbol position. */
export type MoneyFormat = Pick<Settings, "currencySymbol" | "displayDecimals"> & { currencyCode?: string };

/** The locale pages format for until the user's locale is known ("en", "vi", or a full tag). */
export const DEFAULT_LOCALE = "en";

const formatters = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, currencyCode: string, decimals: number): Intl.NumberFormat {
  const key = `${locale}|${currencyCode}|${decimals}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, {
      style: "currency",
      currency: currencyCode,
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** Decimals an amount needs to be shown exactly: its significant ones, at least `min`. */
function neededDecimals(units: bigint, min: number): number {
  const fraction = formatMoney(units < 0n ? -units : units).split(".")[1] ?? "";
  return Math.max(min, fraction.replace(/0+$/, "").length);
}

function render(units: bigint, money: MoneyFormat, locale: string, decimals: number): string {
  // Intl formats a decimal string exactly (ES2023 Intl.NumberFormat v3); TS's ES2022 lib types only numbers.
  const exact = formatMoney(units, Math.min(decimals, MONEY_DECIMALS)) as unknown as number;
  const parts = numberFormat(locale, money.currencyCode ?? "USD", decimals).formatToParts(exact);
  return parts.map((part) => (part.type === "currency" ? money.currencySymbol : part.value)).join("");
}

/**
 * An amount for people: the panel's display decimals ("$12.35", "1.250.000 ₫" in Vietnamese),
 * except below one whole currency unit, where it keeps the decimals it needs so a small charge
 * or refund never reads as zero ("$0.00156", not "$0.00").
 */
export function formatCurrency(units: bigint, money: MoneyFormat, locale: string = DEFAULT_LOCALE): string {
  const abs = units < 0n ? -units : units;
  const decimals =
    abs < UNITS_PER_CURRENCY ? neededDecimals(units, money.displayDecimals) : money.displayDecimals;
  return render(units, money, locale, decimals);
}

/** A rate (per 1000 or per order), always exact: all its significant decimals, at least the display decimals. */
export function formatRate(units: bigint, money: MoneyFormat, locale: string = DEFAULT_LOCALE): string {
  return render(units, money, locale, neededDecimals(units, money.displayDecimals));
}

/** A currency's usual decimals (USD 2, VND 0, JPY 0), as ISO 4217 and Intl know them; at most the 5 units carry. */
export function currencyDecimals(currencyCode: string): number {
  const usual =
    new Intl.NumberFormat("en", { style: "currency", currency: currencyCode }).resolvedOptions()
      .maximumFractionDigits ?? 2;
  return Math.min(usual, MONEY_DECIMALS);
}

/**
 * An amount in a currency other than the panel's (a provider's cost, a customer's display
 * currency), with Intl's own symbol for it: "$0.90", "€12.50", "0,90 US$" in Vietnamese.
 */
export function formatInCurrency(
  units: bigint,
  currencyCode: string,
  locale: string = DEFAULT_LOCALE,
): string {
  const usual = currencyDecimals(currencyCode);
  const decimals = (units < 0n ? -units : units) < UNITS_PER_CURRENCY ? neededDecimals(units, usual) : usual;
  const exact = formatMoney(units, Math.min(decimals, MONEY_DECIMALS)) as unknown as number;
  return numberFormat(locale, currencyCode, decimals).format(exact);
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
export function formatDateTime(date: Date, locale: string = DEFAULT_LOCALE): string {
  return cached(
    dateTimeFormats,
    locale,
    () =>
      new Intl.DateTimeFormat(locale, {
        dateStyle: "medium",
        timeStyle: "short",
        hourCycle: "h23",
        timeZone: "UTC",
      }),
  ).format(date);
}

export function formatDate(date: Date, locale: string = DEFAULT_LOCALE): string {
  return cached(
    dateFormats,
    locale,
    () => new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }),
  ).format(date);
}

/** Counts and quantities: "12,500" in English, "12.500" in Vietnamese. */
export function formatNumber(value: number | bigint, locale: string = DEFAULT_LOCALE): string {
  return cached(numberFormats, locale, () => new Intl.NumberFormat(locale)).format(value);
}

/** Money for one reader: amounts and rates in the panel's currency, in the reader's language. */
export type ReaderMoney = { amount: (units: bigint) => string; rate: (units: bigint) => string };

export function readerMoney(money: MoneyFormat, locale: string): ReaderMoney {
  return {
    amount: (units) => formatCurrency(units, money, locale),
    rate: (units) => formatRate(units, money, locale),
  };
}

// Amount fields: what a customer types for a top-up, in the panel currency. The field shows an
// example the way the page writes numbers ("26.000" on a Vietnamese VND page, "5.00" in English),
// and takes back what the page shows as well as a plain "1234.50".

/** An amount as the page writes it, without the symbol, with the currency's usual decimals: a field's example. */
export function formatAmountInput(
  units: bigint,
  currencyCode: string,
  locale: string = DEFAULT_LOCALE,
): string {
  const decimals = currencyDecimals(currencyCode);
  const exact = formatMoney(units, decimals) as unknown as number;
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(exact);
}

/**
 * A typed amount as the plain decimal the forms' schemas take ("250.000" on a VND page ->
 * "250000"; "1.234,50" on a Vietnamese USD page -> "1234.50"). Text it cannot read is given back
 * as it is, for the schema to refuse with the field's own message.
 */
export function plainAmount(text: string, currencyCode: string, locale: string = DEFAULT_LOCALE): string {
  const units = parseAmountInput(text, currencyCode, locale);
  return units === null ? text : formatMoney(units, currencyDecimals(currencyCode));
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A typed amount in units, or null. A currency without decimals (VND) takes whole amounts, its
 * thousands grouped by "." or "," ("250.000", "250,000", "250000"); others take the locale's
 * own writing ("1.234,50" in Vietnamese, "1,234.50" in English) or a plain "1234.50", with at
 * most the currency's decimals.
 */
export function parseAmountInput(
  text: string,
  currencyCode: string,
  locale: string = DEFAULT_LOCALE,
): bigint | null {
  const typed = text.replace(/[\s\u00a0\u202f]/g, "");
  const decimals = currencyDecimals(currencyCode);
  if (decimals === 0)
    return /^(\d{1,3}([.,]\d{3})+|\d+)$/.test(typed) ? parseMoney(typed.replace(/[.,]/g, "")) : null;
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  const group = escaped(parts.find((p) => p.type === "group")?.value ?? ",");
  const decimal = escaped(parts.find((p) => p.type === "decimal")?.value ?? ".");
  const fraction = `\\d{1,${decimals}}`;
  const local = new RegExp(`^(\\d{1,3}(?:${group}\\d{3})+|\\d+)(?:${decimal}(${fraction}))?$`).exec(typed);
  const plain = new RegExp(`^(\\d+)(?:\\.(${fraction}))?$`).exec(typed);
  const match = plain ?? local;
  if (!match) return null;
  const whole = match[1].replace(/\D/g, "");
  return parseMoney(match[2] ? `${whole}.${match[2]}` : whole);
}
