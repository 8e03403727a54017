// Exact money. Amounts are bigint "units" of 1/100000 of the panel currency, the precision
// API v2 shows ("100.84292"). Rates are units per 1000 items. Format only at the edge.

/** Units in one whole currency unit. */
export const UNITS_PER_CURRENCY = 100_000n;
export const MONEY_DECIMALS = 5;

const MONEY_PATTERN = /^(-)?(\d{1,15})(?:\.(\d{1,5}))?$/;

/** Parses "12", "12.5", "0.00001" into units; null when not an amount with at most 5 decimals. */
export function parseMoney(text: string): bigint | null {
  const match = MONEY_PATTERN.exec(text.trim());
  if (!match) return null;
  const [, sign, whole, fraction = ""] = match;
  const units = BigInt(whole) * UNITS_PER_CURRENCY + BigInt(fraction.padEnd(MONEY_DECIMALS, "0"));
  return sign ? -units : units;
}

/** Units as a decimal string with `decimals` places (default 5), rounded half away from zero. */
export function formatMoney(units: bigint, decimals = MONEY_DECIMALS): string {
  const negative = units < 0n;
  let abs = negative ? -units : units;
  const drop = 10n ** BigInt(MONEY_DECIMALS - decimals);
  if (drop > 1n) abs = (abs + drop / 2n) / drop;
  const scale = 10n ** BigInt(decimals);
  const whole = abs / scale;
  const fraction = decimals > 0 ? "." + (abs % scale).toString().padStart(decimals, "0") : "";
  return `${negative && abs !== 0n ? "-" : ""}${whole}${fraction}`;
}

/** Division of non-negative bigints rounded up. */
export function divCeil(a: bigint, b: bigint): bigint {
  return (a + b - 1n) / b;
}

/** Charge for `quantity` items at `ratePer1000`, rounded up to a whole unit. */
export function chargeFor(ratePer1000: bigint, quantity: number): bigint {
  return divCeil(ratePer1000 * BigInt(quantity), 1000n);
}
