// The optional automatic refresh: reads the owner's JSON feed ({"base": "USD", "rates": {"VND":
// 26000, ...}}, the shape of the common free feeds) and sets each provider currency's rate
// through setExchangeRate, so every change is audited, logged and re-prices like a manual one.
// Nothing is called unless rateRefreshUrl is set. The feed is outside input: bounded, and a
// currency it lacks keeps its rate.
import { db } from "../db";
import { outboundAccess } from "../http/outbound-access";
import { outboundRequest } from "../http/outbound-request";
import type { Job } from "../jobs/job";
import { log } from "../log";
import { getSettings } from "../settings/settings";
import { parseRate, type Rate } from "../validations/currency";
import { setExchangeRate, type RateChange } from "./set-exchange-rate";

const MAX_BYTES = 256 * 1024;
const TIMEOUT_MS = 10_000;
const DECIMAL = /^(\d{1,20})(?:\.(\d{1,30}))?(?:e([+-]?\d{1,2}))?$/i;

/** A feed number (JSON numbers arrive as their shortest decimal text) as an exact fraction. */
function parseFeedNumber(value: unknown): { num: bigint; den: bigint } | null {
  const text =
    typeof value === "number" && Number.isFinite(value)
      ? String(value)
      : typeof value === "string"
        ? value.trim()
        : null;
  const match = text === null ? null : DECIMAL.exec(text);
  if (!match) return null;
  const fraction = match[2] ?? "";
  const exponent = Number(match[3] ?? 0) - fraction.length;
  const digits = BigInt(match[1] + fraction);
  if (digits === 0n) return null;
  return exponent >= 0
    ? { num: digits * 10n ** BigInt(exponent), den: 1n }
    : { num: digits, den: 10n ** BigInt(-exponent) };
}

/** Panel currency per 1 `currency` from a feed's rates (each = units of that currency per 1 base), to 10 decimals. */
export function rateFromFeed(feed: unknown, currency: string, panel: string): Rate | null {
  if (typeof feed !== "object" || feed === null) return null;
  const { base, rates } = feed as { base?: unknown; rates?: unknown };
  if (typeof rates !== "object" || rates === null) return null;
  const perBase = (code: string) =>
    code === base ? { num: 1n, den: 1n } : parseFeedNumber((rates as Record<string, unknown>)[code]);
  const panelPerBase = perBase(panel);
  const currencyPerBase = perBase(currency);
  if (!panelPerBase || !currencyPerBase) return null;
  // panel per currency = (panel per base) / (currency per base), rounded half up to 10 decimals
  const scale = 10n ** 10n;
  const num = panelPerBase.num * currencyPerBase.den * scale;
  const den = panelPerBase.den * currencyPerBase.num;
  const scaled = (num * 2n + den) / (den * 2n);
  const whole = scaled / scale;
  const digits = (scaled % scale).toString().padStart(10, "0");
  return whole > 10n ** 12n ? null : parseRate(`${whole}.${digits}`);
}

async function readFeed(url: string): Promise<unknown> {
  // Connected only to an address the outbound-URL rule accepts (lib/http/outbound-url.ts).
  const answer = await outboundRequest(url, {
    headers: { accept: "application/json" },
    timeoutMs: TIMEOUT_MS,
    maxBytes: MAX_BYTES,
    access: await outboundAccess(url),
  });
  if (answer.status < 200 || answer.status >= 300) throw new Error(`HTTP ${answer.status}`);
  return JSON.parse(answer.text);
}

/** One refresh: every provider currency and every currency with a rate, from the feed. */
export async function refreshRates(): Promise<RateChange[]> {
  const settings = await getSettings();
  if (!settings.rateRefreshUrl) return [];
  let feed: unknown;
  try {
    feed = await readFeed(settings.rateRefreshUrl);
  } catch (error) {
    log.warn("exchange rate refresh: feed unreadable", { error });
    await db.priceSyncLog.create({
      data: { field: "exchange rate", note: "automatic refresh failed: the feed could not be read" },
    });
    return [];
  }
  const [rows, providers] = await Promise.all([
    db.exchangeRate.findMany({ select: { currency: true } }),
    db.provider.findMany({ select: { currency: true } }),
  ]);
  const currencies = new Set([
    ...rows.map((r) => r.currency),
    ...providers.map((p) => p.currency).filter((c): c is string => c !== null),
  ]);
  currencies.delete(settings.currencyCode);
  const changes: RateChange[] = [];
  for (const currency of [...currencies].sort()) {
    const rate = rateFromFeed(feed, currency, settings.currencyCode);
    if (!rate) {
      await db.priceSyncLog.create({
        data: {
          field: "exchange rate",
          note: `automatic refresh: the feed has no ${settings.currencyCode} per ${currency}; the rate was kept`,
        },
      });
      continue;
    }
    const change = await setExchangeRate({ currency, rate: rate.text }, { id: null }, "auto");
    if (change.changed) changes.push(change);
  }
  return changes;
}

export const rateRefreshJob: Job = {
  name: "rate-refresh",
  intervalMs: async () => (await getSettings()).rateRefreshMinutes * 60_000,
  run: refreshRates,
};
