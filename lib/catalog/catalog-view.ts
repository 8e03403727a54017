// The catalog as pages show it: rates as text, ready to cross to a client component; units and
// times as data the table words in the reader's language (messages/<locale>/services.json).
// Pure formatting over listCatalog's result, shared by the services page and the public catalog.
import { approximatePrice, type ApproxPrice, type DisplayCurrency } from "../currency/display-price";
import { DEFAULT_LOCALE, formatRate, type MoneyFormat } from "../format";
import type { CatalogCategory } from "./list-catalog";
import { isPackageType } from "./service-types";

export type CatalogRow = {
  id: number;
  name: string;
  type: string;
  rate: string; // "$1.17"
  approxRate: ApproxPrice | null; // the rate in the customer's display currency, when they chose one
  perOrder: boolean; // Package types: the rate is per order, not per 1000
  min: number;
  max: number;
  refill: boolean;
  cancel: boolean;
  averageTime: Duration | null; // null until there is data
  description: string | null;
};
export type CatalogView = Array<{ id: number; name: string; services: CatalogRow[] }>;

/** A duration in its two largest units, named by its key in services.json's `duration`. */
export type Duration =
  | { unit: "seconds"; seconds: number }
  | { unit: "minutes"; minutes: number }
  | { unit: "hours"; hours: number; minutes: number }
  | { unit: "days"; days: number; hours: number };

/** 95 -> 2 min, 5400 -> 1 h 30 min, 200000 -> 2 d 7 h; null (no data yet) -> null. */
export function toDuration(seconds: number | null): Duration | null {
  if (seconds === null) return null;
  if (seconds < 60) return { unit: "seconds", seconds: Math.max(1, Math.round(seconds)) };
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return { unit: "minutes", minutes };
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return { unit: "hours", hours, minutes: minutes % 60 };
  return { unit: "days", days: Math.floor(hours / 24), hours: hours % 24 };
}

/** `display`: the customer's display currency (lib/currency/display-currency.ts), for the approximate rates. */
export function toCatalogView(
  categories: CatalogCategory[],
  settings: MoneyFormat,
  locale: string = DEFAULT_LOCALE,
  display: DisplayCurrency | null = null,
): CatalogView {
  return categories.map((category) => ({
    id: category.id,
    name: category.name,
    services: category.services.map((s) => ({
      id: s.id,
      name: s.name,
      type: s.type,
      rate: formatRate(s.rate, settings, locale),
      approxRate: display && approximatePrice(s.rate, display, locale),
      perOrder: isPackageType(s.type),
      min: s.min,
      max: s.max,
      refill: s.refill,
      cancel: s.cancel,
      averageTime: toDuration(s.averageSeconds),
      description: s.description,
    })),
  }));
}
