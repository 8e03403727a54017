// List filters live in the URL (?status=...&page=2) so a filtered view can be shared, reloaded
// and paged. Pages read them with readParams and link to variations with hrefWith.
export type SearchParams = Record<string, string | string[] | undefined>;

/** The first value of a query parameter, trimmed; undefined when missing or empty. */
export function firstParam(params: SearchParams, key: string, maxLength = 200): string | undefined {
  const value = params[key];
  const text = (Array.isArray(value) ? value[0] : value)?.trim();
  return text ? text.slice(0, maxLength) : undefined;
}

/** A page number from ?page=, 1 when missing or invalid. */
export function pageParam(params: SearchParams): number {
  const text = firstParam(params, "page", 10);
  const page = text && /^\d+$/.test(text) ? Number(text) : 1;
  return Number.isSafeInteger(page) && page >= 1 ? Math.min(page, 1_000_000) : 1;
}

/** One of the allowed values, else the fallback: unknown values never fail a page. */
export function enumParam<T extends string>(
  params: SearchParams,
  key: string,
  allowed: readonly T[],
  fallback: T,
): T;
export function enumParam<T extends string>(
  params: SearchParams,
  key: string,
  allowed: readonly T[],
): T | undefined;
export function enumParam<T extends string>(
  params: SearchParams,
  key: string,
  allowed: readonly T[],
  fallback?: T,
) {
  const value = firstParam(params, key, 50);
  return value && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

/** A positive database id from a parameter ("12" or "#12"), else undefined. */
export function idParam(params: SearchParams, key: string): number | undefined {
  const text = firstParam(params, key, 12)?.replace(/^#/, "");
  const id = text && /^\d+$/.test(text) ? Number(text) : NaN;
  return Number.isSafeInteger(id) && id > 0 && id <= 2_147_483_647 ? id : undefined;
}

/** A YYYY-MM-DD date parameter as the start of that UTC day, else undefined. */
export function dateParam(params: SearchParams, key: string): Date | undefined {
  const text = firstParam(params, key, 10);
  if (!text || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return undefined;
  const date = new Date(`${text}T00:00:00.000Z`);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** `path` with the current filters, some changed (undefined/"" removes a key). Changing a filter resets the page. */
export function hrefWith(
  path: string,
  current: Record<string, string | number | undefined>,
  changes: Record<string, string | number | undefined> = {},
): string {
  const merged: Record<string, string | number | undefined> = { ...current, ...changes };
  if (!("page" in changes)) delete merged.page;
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(merged)) {
    if (value === undefined || value === "" || (key === "page" && Number(value) === 1)) continue;
    query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}
