import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  describeRule,
  effectiveRule,
  formatPercentBps,
  marginOf,
  markUp,
  priceService,
  pricingDefaults,
  roundingDistorts,
  type PricedServiceInput,
  type PricingDefaults,
} from "@/lib/catalog/markup";
import { parsePercentBps } from "@/lib/validations/percent";
import { chargeFor, formatMoney, parseMoney } from "@/lib/money";
import { DEFAULT_SETTINGS } from "@/lib/settings/schema";

const money = (text: string) => parseMoney(text)!;
const rule = (percent: string, fixed = "0") => ({
  percentBps: parsePercentBps(percent)!,
  fixed: money(fixed),
});

describe("default rounding keeps the markup honest (issue 17, item 3)", () => {
  it("sells a 0.0012 cost at 30% for 0.00156, not 0.01 (733%)", () => {
    const decision = priceService({ ...base, cost: money("0.0012") }, pricingDefaults(DEFAULT_SETTINGS));
    expect(formatMoney(decision.rate)).toBe("0.00156");
    expect(marginOf(decision.rate, money("0.0012")).bps).toBe(3000);
  });

  it("keeps round prices where rounding stays within the tolerance", () => {
    expect(formatMoney(markUp(money("0.90"), rule("30"), 2, 100))).toBe("1.17000");
    // 7.777 * 1.3 = 10.1101 -> 10.12 is 0.1% above the rule: the 2-decimal step stands
    expect(formatMoney(markUp(money("7.777"), rule("30"), 2, 100))).toBe("10.12000");
    // 0.0456 * 1.3 = 0.05928: 0.06 is 1.2% above, so one more decimal: 0.060 -> 0.0593
    expect(formatMoney(markUp(money("0.0456"), rule("30"), 2, 100))).toBe("0.05930");
  });

  it("is never below the rule, and within the tolerance unless one unit is already more", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 15n }),
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 0, max: 1000 }),
        (cost, bps, precision, tolerance) => {
          const r = { percentBps: bps, fixed: 0n };
          const rate = markUp(cost, r, precision, tolerance);
          const exact = cost * BigInt(10_000 + bps); // x 10_000
          expect(rate * 10_000n).toBeGreaterThanOrEqual(exact);
          expect(rate).toBeGreaterThanOrEqual(cost);
          const withinTolerance = (rate * 10_000n - exact) * 10_000n <= exact * BigInt(tolerance);
          const oneUnitTooCoarse = (rate - 1n) * 10_000n < exact; // the finest step is one unit
          // within the tolerance, unless one unit less would already fall below the rule
          if (!oneUnitTooCoarse)
            expect((rate * 10_000n - exact) * 10_000n).toBeLessThanOrEqual(exact * BigInt(tolerance));
          expect(roundingDistorts(rate, cost, r, tolerance)).toBe(!withinTolerance);
        },
      ),
    );
  });

  it("flags a price whose rounding distorts the margin", () => {
    // one unit of cost at 30%: 1.3 units can only sell at 2 units (+54%)
    expect(roundingDistorts(markUp(1n, rule("30"), 2, 100), 1n, rule("30"), 100)).toBe(true);
    expect(roundingDistorts(money("0.01"), money("0.0012"), rule("30"), null)).toBe(true);
    expect(roundingDistorts(money("1.17"), money("0.90"), rule("30"), 100)).toBe(false);
  });
});

describe("markUp", () => {
  it("adds percent then fixed and rounds up to 2 decimals by default", () => {
    expect(formatMoney(markUp(money("0.90"), rule("30"), 2))).toBe("1.17000");
    expect(formatMoney(markUp(money("0.90"), rule("30", "0.05"), 2))).toBe("1.22000");
    // 0.12 * 1.333 = 0.15996 -> 0.16
    expect(formatMoney(markUp(money("0.12"), rule("33.3"), 2))).toBe("0.16000");
  });

  it("prices a tiny rate (0.0012 per 1000) without losing the margin", () => {
    const cost = money("0.0012");
    expect(cost).toBe(120n);
    expect(markUp(cost, rule("30"), 5)).toBe(156n); // exact: 0.00156
    expect(formatMoney(markUp(cost, rule("30"), 4))).toBe("0.00160");
    expect(formatMoney(markUp(cost, rule("30"), 2))).toBe("0.01000");
    expect(markUp(cost, rule("0"), 5)).toBe(120n);
    expect(markUp(cost, rule("0.01"), 5)).toBe(121n); // 120.012 rounds up, never down to cost
  });

  it("keeps the cost at 0% markup when the cost is already on the precision", () => {
    expect(markUp(money("2.40"), rule("0"), 2)).toBe(money("2.40"));
    expect(markUp(0n, rule("0"), 2)).toBe(0n);
    expect(markUp(0n, rule("50", "0.1"), 2)).toBe(money("0.10"));
  });

  it("doubles at 100% markup", () => {
    expect(markUp(money("8"), rule("100"), 2)).toBe(money("16"));
    expect(markUp(money("0.0012"), rule("100"), 5)).toBe(240n);
  });

  it("rounds exactly on and just past a step edge", () => {
    // 0.99 * 1.10 = 1.089 -> 1.09; 1.00 * 1.10 = 1.10 stays
    expect(formatMoney(markUp(money("0.99"), rule("10"), 2))).toBe("1.09000");
    expect(formatMoney(markUp(money("1.00"), rule("10"), 2))).toBe("1.10000");
    expect(formatMoney(markUp(money("1.00001"), rule("0"), 2))).toBe("1.01000");
    expect(formatMoney(markUp(money("1.00001"), rule("0"), 0))).toBe("2.00000");
    expect(formatMoney(markUp(money("1.00001"), rule("0"), 5))).toBe("1.00001");
  });

  it("stays exact for huge rates and quantities", () => {
    const cost = money("999999999999999.99999");
    const rate = markUp(cost, rule("99999.99"), 5);
    expect(rate).toBe((cost * 10_009_999n + 9_999n) / 10_000n); // x 100100 (99999.99% = 9_999_999 bps), rounded up
    const charge = chargeFor(rate, 2_000_000_000);
    expect(charge).toBe((rate * 2_000_000_000n + 999n) / 1000n);
    expect(charge).toBeGreaterThan(BigInt(Number.MAX_SAFE_INTEGER));
  });

  it("is never below cost, never below cost + markup, and within one step of it", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 20n }),
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.bigInt({ min: 0n, max: 10n ** 8n }),
        fc.integer({ min: 0, max: 5 }),
        (cost, bps, fixed, precision) => {
          const rate = markUp(cost, { percentBps: bps, fixed }, precision);
          const step = 10n ** BigInt(5 - precision);
          const exact = cost * BigInt(10_000 + bps) + fixed * 10_000n; // x 10_000
          expect(rate % step).toBe(0n);
          expect(rate * 10_000n).toBeGreaterThanOrEqual(exact);
          expect((rate - step) * 10_000n).toBeLessThan(exact);
          expect(rate).toBeGreaterThanOrEqual(cost);
        },
      ),
    );
  });

  it("refuses negative inputs and an impossible precision", () => {
    expect(() => markUp(-1n, rule("10"), 2)).toThrow(RangeError);
    expect(() => markUp(1n, { percentBps: -1, fixed: 0n }, 2)).toThrow(RangeError);
    expect(() => markUp(1n, rule("10"), 6)).toThrow(RangeError);
  });
});

describe("percent text", () => {
  it("parses and prints basis points exactly", () => {
    expect(parsePercentBps("30")).toBe(3000);
    expect(parsePercentBps("12.5")).toBe(1250);
    expect(parsePercentBps("0.01")).toBe(1);
    expect(parsePercentBps("1.234")).toBeNull();
    expect(parsePercentBps("-5")).toBeNull();
    expect(formatPercentBps(1250)).toBe("12.5");
    expect(formatPercentBps(3000)).toBe("30");
    expect(formatPercentBps(1)).toBe("0.01");
  });
});

const defaults: PricingDefaults = {
  rule: rule("30"),
  precision: 2,
  toleranceBps: null,
  belowCostAction: "disable",
};
const base: PricedServiceInput = {
  cost: money("1.00"),
  manualRate: null,
  markupPercent: null,
  markupFixed: null,
  allowBelowCost: false,
  category: { markupPercent: null, markupFixed: null },
};

describe("effectiveRule and priceService", () => {
  it("reads the defaults from settings", () => {
    const fromSettings = pricingDefaults({
      ...DEFAULT_SETTINGS,
      defaultMarkupPercent: "12.5",
      defaultMarkupFixed: "0.05",
    });
    expect(fromSettings.rule).toEqual({ percentBps: 1250, fixed: 5000n });
    expect(fromSettings.precision).toBe(2);
    expect(fromSettings.belowCostAction).toBe("disable");
  });

  it("takes the service rule over the category rule over the default", () => {
    expect(priceService(base, defaults)).toMatchObject({ rate: money("1.30"), source: "default" });
    const inCategory = { ...base, category: { markupPercent: 5000, markupFixed: null } };
    expect(priceService(inCategory, defaults)).toMatchObject({ rate: money("1.50"), source: "category" });
    const own = { ...inCategory, markupPercent: null, markupFixed: money("0.25") };
    expect(priceService(own, defaults)).toMatchObject({
      rate: money("1.25"),
      source: "service",
      rule: { percentBps: 0, fixed: money("0.25") },
    });
    expect(effectiveRule({ ...own, markupPercent: 0, markupFixed: null }, defaults)).toEqual({
      source: "service",
      rule: { percentBps: 0, fixed: 0n },
    });
  });

  it("keeps a manual price at or above cost as it is", () => {
    expect(priceService({ ...base, manualRate: money("1.23456") }, defaults)).toMatchObject({
      rate: money("1.23456"),
      source: "manual",
      belowCost: false,
      disable: false,
    });
    expect(priceService({ ...base, manualRate: money("1.00") }, defaults)).toMatchObject({
      rate: money("1.00"),
      belowCost: false,
    });
  });

  it("disables a service whose manual price fell under cost", () => {
    const decision = priceService({ ...base, cost: money("2.00"), manualRate: money("1.50") }, defaults);
    expect(decision).toEqual({
      rate: money("1.50"),
      source: "manual",
      rule: null,
      belowCost: true,
      disable: true,
    });
  });

  it("re-prices by the markup rule instead when the admin chose so", () => {
    const decision = priceService(
      { ...base, cost: money("2.00"), manualRate: money("1.50") },
      { ...defaults, belowCostAction: "reprice" },
    );
    expect(decision).toMatchObject({
      rate: money("2.60"),
      source: "default",
      belowCost: false,
      disable: false,
    });
  });

  it("sells below cost only where the admin allowed it", () => {
    const decision = priceService(
      { ...base, cost: money("2.00"), manualRate: money("1.50"), allowBelowCost: true },
      defaults,
    );
    expect(decision).toMatchObject({
      rate: money("1.50"),
      source: "manual",
      belowCost: true,
      disable: false,
    });
  });
});

describe("marginOf and describeRule", () => {
  it("gives the margin in units and basis points of cost", () => {
    expect(marginOf(money("1.30"), money("1.00"))).toEqual({ units: money("0.30"), bps: 3000 });
    expect(marginOf(money("0.50"), 0n)).toEqual({ units: money("0.50"), bps: null });
    expect(marginOf(money("0.90"), money("1.00")).units).toBe(-money("0.10"));
  });

  it("names the rule the admin sees", () => {
    const fmt = (u: bigint) => formatMoney(u, 2);
    expect(describeRule({ source: "category", rule: rule("12.5", "0.05") }, fmt)).toBe(
      "12.5% + 0.05 (category)",
    );
    expect(describeRule({ source: "default", rule: rule("30") }, fmt)).toBe("30% (default)");
    expect(describeRule({ source: "manual", rule: null }, fmt)).toBe("manual price");
  });
});
