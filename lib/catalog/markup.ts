// Selling prices from provider costs: the markup rule that applies to a service (manual price,
// per-service, per-category, global default), rounding up to the admin's precision, and the
// never-below-cost guard. Pure and exact: bigint units (lib/money.ts), basis points for percents.
import { UNITS_PER_CURRENCY, divCeil, parseMoney } from "../money";
import type { Settings } from "../settings/schema";
import { parsePercentBps } from "../validations/percent";

export type MarkupRule = { percentBps: number; fixed: bigint };
export type RuleSource = "manual" | "service" | "category" | "default";
export type BelowCostAction = "disable" | "reprice";

export type PricingDefaults = {
  rule: MarkupRule;
  /** Decimals (0..5) of the currency a rate per 1000 is rounded up to. */
  precision: number;
  /**
   * How far above its rule rounding may take a price, in basis points of the exact price. Where
   * the precision step would overshoot it (a cheap service), finer steps are used, down to one
   * unit. null: always the precision step.
   */
  toleranceBps: number | null;
  belowCostAction: BelowCostAction;
};

/** The per-service and per-category columns a price depends on. */
export type PricedServiceInput = {
  cost: bigint; // provider rate, units per 1000 (Package types: per order)
  manualRate: bigint | null;
  markupPercent: number | null; // basis points
  markupFixed: bigint | null;
  allowBelowCost: boolean;
  category: { markupPercent: number | null; markupFixed: bigint | null };
};

export type PriceDecision = {
  rate: bigint;
  source: RuleSource;
  /** The markup rule that made the price (null for a manual price that stands). */
  rule: MarkupRule | null;
  /** The price sells below the provider's cost. */
  belowCost: boolean;
  /** A manual price is under cost and below-cost selling is not allowed: disable the service. */
  disable: boolean;
};

/** 1250 -> "12.5" */
export function formatPercentBps(bps: number): string {
  const whole = Math.trunc(bps / 100);
  const fraction = (bps % 100).toString().padStart(2, "0").replace(/0+$/, "");
  return fraction ? `${whole}.${fraction}` : String(whole);
}

export function pricingDefaults(
  settings: Pick<
    Settings,
    | "defaultMarkupPercent"
    | "defaultMarkupFixed"
    | "pricePrecision"
    | "priceTolerancePercent"
    | "belowCostAction"
  >,
): PricingDefaults {
  return {
    rule: {
      percentBps: parsePercentBps(settings.defaultMarkupPercent) ?? 0,
      fixed: parseMoney(settings.defaultMarkupFixed) ?? 0n,
    },
    precision: settings.pricePrecision,
    toleranceBps:
      settings.priceTolerancePercent === "" ? null : parsePercentBps(settings.priceTolerancePercent),
    belowCostAction: settings.belowCostAction,
  };
}

/** Units in one step of `precision` decimals: 2 -> 1000 units (0.01). */
export function precisionStep(precision: number): bigint {
  if (!Number.isInteger(precision) || precision < 0 || precision > 5)
    throw new RangeError(`precision ${precision}`);
  return UNITS_PER_CURRENCY / 10n ** BigInt(precision);
}

/** The exact price of a rule, times 10_000 (basis points keep it an integer). */
function exactTimes10k(cost: bigint, rule: MarkupRule): bigint {
  if (cost < 0n || rule.percentBps < 0 || rule.fixed < 0n) throw new RangeError("negative cost or markup");
  return cost * BigInt(10_000 + rule.percentBps) + rule.fixed * 10_000n;
}

/** A rate lies more than `toleranceBps` above the exact price of its rule. */
function overshoots(rate: bigint, exact10k: bigint, toleranceBps: number): boolean {
  return (rate * 10_000n - exact10k) * 10_000n > exact10k * BigInt(toleranceBps);
}

/**
 * cost + percent + fixed, rounded UP in one exact step, so the margin never rounds away: to the
 * precision, or, with a tolerance, to the coarsest step (precision, then one more decimal each
 * time, down to one unit) that keeps the price within the tolerance of its rule.
 */
export function markUp(
  cost: bigint,
  rule: MarkupRule,
  precision: number,
  toleranceBps: number | null = null,
): bigint {
  const exact10k = exactTimes10k(cost, rule);
  let step = precisionStep(precision);
  for (;;) {
    const rate = divCeil(exact10k, 10_000n * step) * step;
    if (toleranceBps === null || step === 1n || !overshoots(rate, exact10k, toleranceBps)) return rate;
    step /= 10n;
  }
}

/** Without a tolerance setting, rounding is flagged past 1% above the rule. */
const FLAG_TOLERANCE_BPS = 100;

/** A rule's price that rounding took further above the rule than the tolerance: the admin list flags it. */
export function roundingDistorts(
  rate: bigint,
  cost: bigint,
  rule: MarkupRule,
  toleranceBps: number | null,
): boolean {
  return overshoots(rate, exactTimes10k(cost, rule), toleranceBps ?? FLAG_TOLERANCE_BPS);
}

/** Which markup applies: the service's own, else its category's, else the global default. */
export function effectiveRule(
  service: Omit<PricedServiceInput, "cost" | "manualRate" | "allowBelowCost">,
  defaults: PricingDefaults,
): { source: Exclude<RuleSource, "manual">; rule: MarkupRule } {
  if (service.markupPercent !== null || service.markupFixed !== null) {
    return {
      source: "service",
      rule: { percentBps: service.markupPercent ?? 0, fixed: service.markupFixed ?? 0n },
    };
  }
  const category = service.category;
  if (category.markupPercent !== null || category.markupFixed !== null) {
    return {
      source: "category",
      rule: { percentBps: category.markupPercent ?? 0, fixed: category.markupFixed ?? 0n },
    };
  }
  return { source: "default", rule: defaults.rule };
}

/**
 * The selling rate of a service. A manual price stands unless it is under cost without
 * permission: then, per the admin's choice, the service is disabled (keeping the manual price)
 * or re-priced by its markup rule until the cost falls back under the manual price.
 */
export function priceService(service: PricedServiceInput, defaults: PricingDefaults): PriceDecision {
  const marked = effectiveRule(service, defaults);
  if (service.manualRate !== null) {
    const under = service.manualRate < service.cost;
    if (!under || service.allowBelowCost) {
      return { rate: service.manualRate, source: "manual", rule: null, belowCost: under, disable: false };
    }
    if (defaults.belowCostAction === "disable") {
      return { rate: service.manualRate, source: "manual", rule: null, belowCost: true, disable: true };
    }
  }
  const rate = markUp(service.cost, marked.rule, defaults.precision, defaults.toleranceBps);
  return { rate, source: marked.source, rule: marked.rule, belowCost: false, disable: false };
}

/** Margin of a rate over its cost, in units per 1000 and in basis points of the cost (null at cost 0). */
export function marginOf(rate: bigint, cost: bigint): { units: bigint; bps: number | null } {
  const units = rate - cost;
  return { units, bps: cost === 0n ? null : Number((units * 10_000n) / cost) };
}

/** Describes a rule for the admin: "30% + 0.05 (category)". */
export function describeRule(
  decision: Pick<PriceDecision, "source" | "rule">,
  formatFixed: (units: bigint) => string,
): string {
  if (decision.source === "manual" || !decision.rule) return "manual price";
  const parts = [`${formatPercentBps(decision.rule.percentBps)}%`];
  if (decision.rule.fixed > 0n) parts.push(`+ ${formatFixed(decision.rule.fixed)}`);
  return `${parts.join(" ")} (${decision.source})`;
}
