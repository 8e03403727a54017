// The dashboard's time windows, in whole UTC days: today, the last 7 and the last 30 days
// (each including today). Pages name them by key, in the reader's language.
export const PERIODS = [
  { key: "today", days: 1 },
  { key: "7d", days: 7 },
  { key: "30d", days: 30 },
] as const;

/** The days the dashboard shows: its longest window and its series. */
export const DASHBOARD_DAYS = 30;

export type PeriodKey = (typeof PERIODS)[number]["key"];

const DAY_MS = 86_400_000;

/** Midnight UTC of the day `days - 1` days before `now`: the start of a window of `days` days. */
export function periodStart(now: Date, days: number): Date {
  const midnight = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return new Date(midnight - (days - 1) * DAY_MS);
}

/** The `days` UTC dates ending today, oldest first, as YYYY-MM-DD. */
export function dayKeys(now: Date, days: number): string[] {
  const start = periodStart(now, days).getTime();
  return Array.from({ length: days }, (_, i) => new Date(start + i * DAY_MS).toISOString().slice(0, 10));
}
