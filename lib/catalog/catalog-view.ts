// The catalog as pages show it: rates and times as text, ready to cross to a client component.
// Pure formatting over listCatalog's result, shared by the services page and the public catalog.
import { DEFAULT_LOCALE, formatRate, type MoneyFormat } from "../format";
import type { CatalogCategory } from "./list-catalog";
import { rateUnit } from "./service-types";

export type CatalogRow = {
  id: number;
  name: string;
  type: string;
  rate: string; // "$1.17"
  unit: string; // "per 1000" | "per order"
  min: number;
  max: number;
  refill: boolean;
  cancel: boolean;
  averageTime: string; // "—" until there is data
  description: string | null;
};
export type CatalogView = Array<{ id: number; name: string; services: CatalogRow[] }>;

/** 95 -> "2 min", 5400 -> "1 h 30 min", 200000 -> "2 d 7 h"; null -> "—". */
export function formatDuration(seconds: number | null): string {
  if (seconds === null) return "—";
  if (seconds < 60) return `${Math.max(1, Math.round(seconds))} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
  const days = Math.floor(hours / 24);
  return hours % 24 ? `${days} d ${hours % 24} h` : `${days} d`;
}

export function toCatalogView(categories: CatalogCategory[], settings: MoneyFormat, locale: string = DEFAULT_LOCALE): CatalogView {
  return categories.map((category) => ({
    id: category.id,
    name: category.name,
    services: category.services.map((s) => ({
      id: s.id,
      name: s.name,
      type: s.type,
      rate: formatRate(s.rate, settings, locale),
      unit: rateUnit(s.type),
      min: s.min,
      max: s.max,
      refill: s.refill,
      cancel: s.cancel,
      averageTime: formatDuration(s.averageSeconds),
      description: s.description,
    })),
  }));
}
