// Exact conversion between a gateway's currency and the panel's units. Gateways send amounts
// as decimals ("254000", "10.5"); rates are "gateway currency per 1 panel currency" ("25400").
// Everything is bigint arithmetic: no float ever touches money.
import { UNITS_PER_CURRENCY } from "../money";

const DECIMAL = /^(\d{1,18})(?:\.(\d{1,12}))?$/;

type Scaled = { digits: bigint; scale: bigint };

function scaled(text: string): Scaled | null {
  const match = DECIMAL.exec(text.trim());
  if (!match) return null;
  const fraction = match[2] ?? "";
  return { digits: BigInt(match[1] + fraction), scale: 10n ** BigInt(fraction.length) };
}

/** A non-negative decimal text, or a finite non-negative number, as canonical text; null otherwise. */
export function decimalText(value: unknown): string | null {
  if (typeof value === "number") {
    if (!Number.isFinite(value) || value < 0) return null;
    // toFixed avoids exponent notation; 12 decimals is beyond any gateway's precision.
    value = value.toFixed(12).replace(/\.?0+$/, "");
  }
  if (typeof value !== "string" || !scaled(value)) return null;
  const [whole, fraction = ""] = value.trim().split(".");
  const cleanWhole = whole.replace(/^0+(?=\d)/, "");
  const cleanFraction = fraction.replace(/0+$/, "");
  return cleanFraction ? `${cleanWhole}.${cleanFraction}` : cleanWhole;
}

export function isPositiveRate(rate: string): boolean {
  const r = scaled(rate);
  return r !== null && r.digits > 0n;
}

/** `amount` of the gateway currency in panel units at `rate`, rounded down (never over-credit). */
export function toPanelUnits(amount: string, rate: string): bigint {
  const a = scaled(amount);
  const r = scaled(rate);
  if (!a || !r || r.digits === 0n) throw new Error("toPanelUnits: not a decimal amount and a positive rate");
  return (a.digits * r.scale * UNITS_PER_CURRENCY) / (r.digits * a.scale);
}

/** Panel units as the gateway currency at `rate`, rounded up to `decimals` places (never under-ask). */
export function toGatewayAmount(units: bigint, rate: string, decimals: number): string {
  const r = scaled(rate);
  if (!r || r.digits === 0n) throw new Error("toGatewayAmount: rate must be positive");
  const places = 10n ** BigInt(decimals);
  const numerator = units * r.digits * places;
  const denominator = UNITS_PER_CURRENCY * r.scale;
  const value = (numerator + denominator - 1n) / denominator;
  const whole = value / places;
  const fraction = decimals > 0 ? "." + (value % places).toString().padStart(decimals, "0") : "";
  return decimalText(`${whole}${fraction}`) ?? "0";
}

/** Compares two decimal texts: -1, 0 or 1. */
export function compareDecimal(a: string, b: string): number {
  const x = scaled(a);
  const y = scaled(b);
  if (!x || !y) throw new Error("compareDecimal: not decimals");
  const left = x.digits * y.scale;
  const right = y.digits * x.scale;
  return left === right ? 0 : left < right ? -1 : 1;
}

/** Currencies whose smallest unit is whole (a VietQR amount has no decimals). */
const WHOLE_CURRENCIES = new Set(["VND", "JPY", "KRW", "IDR", "CLP", "ISK", "HUF"]);

export function currencyDecimals(code: string): number {
  return WHOLE_CURRENCIES.has(code.toUpperCase()) ? 0 : 2;
}

/** units * basisPoints / 10000, rounded down. */
export function percentOf(units: bigint, basisPoints: bigint | number): bigint {
  return (units * BigInt(basisPoints)) / 10_000n;
}

/** "5", "2.5" (percent, up to 2 decimals) as basis points; null when not a percent. */
export function percentToBps(text: string): number | null {
  const match = /^(\d{1,3})(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
}

/** units x part / whole for decimal texts (a partial crypto payment's share of the price), rounded down. */
export function shareOf(units: bigint, part: string, whole: string): bigint {
  const p = scaled(part);
  const w = scaled(whole);
  if (!p || !w || w.digits === 0n) return 0n;
  const share = (units * p.digits * w.scale) / (w.digits * p.scale);
  return share > units ? units : share;
}
