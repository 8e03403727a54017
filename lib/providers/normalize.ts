// Reads the values providers actually send: numbers as numbers or strings ("1,234.56"), booleans
// in five spellings, statuses in any case or spelling, ids under several names.
import { MONEY_DECIMALS, UNITS_PER_CURRENCY } from "@/lib/money";
import { SERVICE_TYPES, type OrderStatus, type RefillStatus, type ServiceType } from "./types";

export type JsonRecord = Record<string, unknown>;

export function asRecord(value: unknown): JsonRecord | null {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as JsonRecord) : null;
}

const PLAIN_DECIMAL = /^([+-])?(\d+)(?:\.(\d*))?$/;
const THOUSANDS = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;
const DECIMAL_COMMA = /^[+-]?\d+,\d+$/;

/** A decimal as sign, whole and fraction digits, or null when it is not a plain number. */
function splitDecimal(raw: unknown): { negative: boolean; whole: string; fraction: string } | null {
  let text: string;
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) return null;
    // toFixed avoids exponent notation (1e-7) for the magnitudes money and counts have.
    text = Math.abs(raw) < 1e21 ? raw.toFixed(10) : String(raw);
  } else if (typeof raw === "string") {
    text = raw.trim().replace(/\s/g, "");
    if (THOUSANDS.test(text)) text = text.replace(/,/g, "");
    else if (DECIMAL_COMMA.test(text)) text = text.replace(",", ".");
  } else {
    return null;
  }
  const match = PLAIN_DECIMAL.exec(text);
  if (!match) return null;
  return { negative: match[1] === "-", whole: match[2], fraction: match[3] ?? "" };
}

/** Money as bigint units, rounded half up to 5 decimals ("20.00000000" -> 2000000n). */
export function toMoneyUnits(raw: unknown): bigint | null {
  const parts = splitDecimal(raw);
  if (!parts) return null;
  const kept = parts.fraction.slice(0, MONEY_DECIMALS).padEnd(MONEY_DECIMALS, "0");
  let units = BigInt(parts.whole) * UNITS_PER_CURRENCY + BigInt(kept);
  if ((parts.fraction[MONEY_DECIMALS] ?? "0") >= "5") units += 1n;
  return parts.negative && units !== 0n ? -units : units;
}

/** A count (quantity, remains, start_count) as an integer; decimals are rounded. */
export function toCount(raw: unknown): number | null {
  const parts = splitDecimal(raw);
  if (!parts) return null;
  const value = Math.round(Number(`${parts.whole}.${parts.fraction || "0"}`));
  if (!Number.isSafeInteger(value)) return null;
  return parts.negative && value !== 0 ? -value : value;
}

const TRUE_WORDS = new Set(["1", "true", "yes", "on", "y"]);
const FALSE_WORDS = new Set(["0", "false", "no", "off", "n", ""]);

/** true / 1 / "1" / "yes" / "true" and their opposites; null when neither. */
export function toBool(raw: unknown): boolean | null {
  if (typeof raw === "boolean") return raw;
  if (raw === null || raw === undefined) return false;
  if (typeof raw === "number") return raw !== 0;
  if (typeof raw !== "string") return null;
  const word = raw.trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return null;
}

/** An id sent as a number or a string, as a trimmed string; null when absent or empty. */
export function toId(raw: unknown): string | null {
  if (typeof raw === "number") return Number.isSafeInteger(raw) && raw >= 0 ? String(raw) : null;
  if (typeof raw === "string") {
    const id = raw.trim();
    return id === "" ? null : id;
  }
  return null;
}

/** The id of a created order under the names seen in the wild. */
export function pickOrderId(answer: JsonRecord): string | null {
  for (const name of ["order", "order_id", "orderId", "id"]) {
    const id = toId(answer[name]);
    if (id !== null) return id;
  }
  return null;
}

/** Words only: "In progress", "in_progress", "IN-PROGRESS" all become "inprogress". */
function squash(text: string): string {
  return text.toLowerCase().replace(/[^a-z]/g, "");
}

const ORDER_STATUS_WORDS: Record<string, OrderStatus> = {
  pending: "PENDING",
  awaiting: "PENDING",
  queued: "PENDING",
  inprogress: "IN_PROGRESS",
  active: "IN_PROGRESS",
  paused: "IN_PROGRESS", // a paused Subscription: still running, still polled
  processing: "PROCESSING",
  completed: "COMPLETED",
  complete: "COMPLETED",
  success: "COMPLETED",
  partial: "PARTIAL",
  partiallycompleted: "PARTIAL",
  canceled: "CANCELED",
  cancelled: "CANCELED",
  refunded: "CANCELED",
  expired: "EXPIRED",
  fail: "FAILED",
  failed: "FAILED",
  error: "FAILED",
};

/** Canonical order status, or null for a wording we do not know (the caller reports it). */
export function normalizeOrderStatus(raw: unknown): OrderStatus | null {
  return typeof raw === "string" ? (ORDER_STATUS_WORDS[squash(raw)] ?? null) : null;
}

const REFILL_STATUS_WORDS: Record<string, RefillStatus> = {
  pending: "PENDING",
  awaiting: "PENDING",
  inprogress: "IN_PROGRESS",
  processing: "IN_PROGRESS",
  completed: "COMPLETED",
  complete: "COMPLETED",
  rejected: "REJECTED",
  canceled: "REJECTED",
  cancelled: "REJECTED",
  error: "ERROR",
  fail: "ERROR",
  failed: "ERROR",
};

export function normalizeRefillStatus(raw: unknown): RefillStatus | null {
  return typeof raw === "string" ? (REFILL_STATUS_WORDS[squash(raw)] ?? null) : null;
}

const TYPE_BY_WORDS = new Map<string, ServiceType>(SERVICE_TYPES.map((t) => [squash(t), t]));

/** Canonical spelling of a service type ("custom_comments" -> "Custom Comments"), or null. */
export function normalizeServiceType(raw: unknown): ServiceType | null {
  return typeof raw === "string" ? (TYPE_BY_WORDS.get(squash(raw)) ?? null) : null;
}

/** The text of an `{"error": ...}` answer or item, or null when it is not one. */
export function errorText(value: unknown): string | null {
  const record = asRecord(value);
  if (!record || !("error" in record)) return null;
  const error = record.error;
  // `"error": 0` is how some panels say "no error" beside a successful answer.
  if (
    error === null ||
    error === undefined ||
    error === false ||
    error === "" ||
    error === 0 ||
    error === "0"
  )
    return null;
  if (typeof error === "string") return error.trim() || "error";
  const nested = asRecord(error);
  if (nested && typeof nested.message === "string") return nested.message;
  return JSON.stringify(error).slice(0, 200);
}
