// Exchange rates, exact. A rate says how much of the panel currency one unit of another currency
// buys ("26000" VND per USD), kept as the decimal text the owner typed and used as the fraction
// num/den: amounts convert with bigint arithmetic only, costs rounded up so a converted cost is
// never below the real one.
import { divCeil, MONEY_DECIMALS } from "../money";
import { parseRate, type Rate } from "../validations/currency";

/** An amount (units of the other currency) in panel units, rounded up: a cost never shrinks in conversion. */
export function convertUp(units: bigint, rate: Rate | null): bigint {
  if (rate === null) return units;
  if (units < 0n) throw new RangeError("negative amount");
  return divCeil(units * rate.num, rate.den);
}

/**
 * The panel-currency cost of `quantity` items at `ratePer1000` units of the provider's currency:
 * converted first and rounded up once. Rounding the provider's charge to a whole unit first would
 * add up to one provider unit (0.00001 USD = 0.26 dong) and put a cheap order's cost above its
 * charge even at the cost-floor price.
 */
export function convertedCostFor(ratePer1000: bigint, quantity: number, rate: Rate | null): bigint {
  if (rate === null) return divCeil(ratePer1000 * BigInt(quantity), 1000n);
  return divCeil(ratePer1000 * BigInt(quantity) * rate.num, 1000n * rate.den);
}

/**
 * Panel units in the other currency, for approximate display only, never for money that moves
 * (a customer's display currency). Bigint arithmetic only: amount / rate = amount * den / num,
 * rounded half away from zero to `decimals` places of that currency (2 for USD, 0 for VND). The
 * answer is still in units (1/100000), a multiple of 10^(5 - decimals).
 */
export function convertForDisplay(panelUnits: bigint, rate: Rate, decimals: number = MONEY_DECIMALS): bigint {
  const places = BigInt(decimals); // a fraction throws here
  if (places < 0n || places > BigInt(MONEY_DECIMALS))
    throw new RangeError(`decimals must be 0..${MONEY_DECIMALS}`);
  const step = 10n ** (BigInt(MONEY_DECIMALS) - places); // units in the last place kept
  const negative = panelUnits < 0n;
  const abs = negative ? -panelUnits : panelUnits;
  const divisor = rate.num * step;
  const steps = (abs * rate.den * 2n + divisor) / (divisor * 2n);
  const converted = steps * step;
  return negative ? -converted : converted;
}

/** 1 / rate, to `decimals` places, rounded half up; null when it rounds to zero. */
export function invertRate(rate: Rate, decimals = 10): Rate | null {
  const scale = 10n ** BigInt(decimals);
  const scaled = (rate.den * scale * 2n + rate.num) / (rate.num * 2n);
  const whole = scaled / scale;
  const fraction = (scaled % scale).toString().padStart(decimals, "0");
  return parseRate(`${whole}.${fraction}`);
}

/**
 * The rates in force, for converting many costs at once (pricing, re-pricing). A currency that is
 * the panel's, or unknown (null), converts 1:1. A provider currency without a rate also converts
 * 1:1, as before currencies existed, and is reported as missing so the admin sees it.
 */
export class RateTable {
  constructor(
    readonly panelCurrency: string,
    private readonly rates: ReadonlyMap<string, Rate>,
  ) {}

  /** The rate from `currency` to the panel's; null = same currency (no conversion). */
  rateFor(currency: string | null): Rate | null {
    if (currency === null || currency === this.panelCurrency) return null;
    return this.rates.get(currency) ?? null;
  }

  /** A provider currency that needs a rate and has none. */
  isMissing(currency: string | null): boolean {
    return currency !== null && currency !== this.panelCurrency && !this.rates.has(currency);
  }

  toPanel(units: bigint, currency: string | null): bigint {
    return convertUp(units, this.rateFor(currency));
  }
}
