// What an audit entry's before/after say, for people: money in the panel currency and basis
// points as percentages, by the field names the audited code writes (schema comments name the
// units: "units" columns are money, "*Bps" and markupPercent are basis points).
import { formatCurrency, type MoneyFormat } from "../format";

const MONEY_FIELDS = new Set([
  "amount",
  "balance",
  "balanceAfter",
  "refunded",
  "refund",
  "charge",
  "cost",
  "rate",
  "markupFixed",
  "manualRate",
  "lowBalanceThreshold",
  "minSpent",
  "spent",
]);
const BPS_FIELDS = /Bps$|^markupPercent$/;

function show(key: string, value: unknown, money: MoneyFormat): string {
  if (value === null || value === undefined) return "—";
  if (MONEY_FIELDS.has(key) && /^-?\d+$/.test(String(value)))
    return formatCurrency(BigInt(String(value)), money);
  if (BPS_FIELDS.test(key) && typeof value === "number")
    return `${(value / 100).toLocaleString("en-US", { maximumFractionDigits: 2 })}%`;
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** [field, shown value] pairs of a stored before/after; a value that is not a JSON object shows as written. */
export function auditValues(stored: string | null, money: MoneyFormat): Array<[string, string]> {
  if (!stored) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(stored);
  } catch {
    return [["", stored]];
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) return [["", String(stored)]];
  return Object.entries(parsed as Record<string, unknown>).map(([key, value]) => [
    key,
    show(key, value, money),
  ]);
}
