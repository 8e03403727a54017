import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { convertForDisplay, convertUp, invertRate, RateTable } from "@/lib/currency/exchange-rate";
import { normalizeCurrency, parseRate } from "@/lib/validations/currency";
import { markUp, priceService, pricingDefaults } from "@/lib/catalog/markup";
import { parseMoney } from "@/lib/money";
import { DEFAULT_SETTINGS } from "@/lib/settings/schema";

const money = (text: string) => parseMoney(text)!;
const rate = (text: string) => parseRate(text)!;

describe("parseRate", () => {
  it("keeps the owner's decimal exactly as a fraction", () => {
    expect(rate("26000")).toEqual({ text: "26000", num: 26000n, den: 1n });
    expect(rate("0.0000385")).toEqual({ text: "0.0000385", num: 385n, den: 10_000_000n });
    expect(rate("1.50")).toEqual({ text: "1.5", num: 15n, den: 10n });
    expect(rate(" 007.250 ")?.text).toBe("7.25");
  });

  it("refuses zero, negatives, exponents and non-numbers", () => {
    for (const text of [
      "0",
      "0.000",
      "-1",
      "1e5",
      "2.6e4",
      "",
      "abc",
      "1,5",
      "1.2.3",
      "1234567890123",
      "1.1234567890123",
    ]) {
      expect(parseRate(text)).toBeNull();
    }
  });

  it("normalizes currency codes", () => {
    expect(normalizeCurrency(" usd ")).toBe("USD");
    expect(normalizeCurrency("US Dollar")).toBeNull();
    expect(normalizeCurrency(840)).toBeNull();
  });
});

describe("convertUp", () => {
  it("converts a USD cost to VND, rounding up to a unit", () => {
    expect(convertUp(money("0.90"), rate("26000"))).toBe(money("23400"));
    expect(convertUp(money("0.0012"), rate("25432.5"))).toBe(money("30.519"));
    // 1 unit of USD at 0.0000385 VND... the other way: a VND cost in a USD panel, rounded up
    expect(convertUp(money("1"), rate("0.0000385"))).toBe(4n);
    expect(convertUp(money("7"), null)).toBe(money("7"));
  });

  it("never falls below the converted cost, and is within one unit of it, for any amount and rate", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 18n }),
        fc.bigInt({ min: 1n, max: 10n ** 15n }),
        fc.integer({ min: 0, max: 12 }),
        (units, num, decimals) => {
          const den = 10n ** BigInt(decimals);
          const converted = convertUp(units, { text: "", num, den });
          expect(converted * den).toBeGreaterThanOrEqual(units * num);
          expect((converted - 1n) * den).toBeLessThan(units * num);
        },
      ),
    );
  });

  it("prices after conversion: a price is never below the converted cost", () => {
    const defaults = pricingDefaults({ ...DEFAULT_SETTINGS, pricePrecision: 0 });
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 12n }),
        fc.stringMatching(/^[1-9]\d{0,5}(\.\d{1,6})?$/),
        fc.integer({ min: 0, max: 50_000 }),
        (providerUnits, rateText, bps) => {
          const cost = new RateTable("VND", new Map([["USD", rate(rateText)]])).toPanel(providerUnits, "USD");
          const { rate: price } = priceService(
            {
              cost,
              manualRate: null,
              markupPercent: bps,
              markupFixed: 0n,
              allowBelowCost: false,
              category: { markupPercent: null, markupFixed: null },
            },
            defaults,
          );
          expect(price).toBeGreaterThanOrEqual(cost);
          expect(price * 10_000n).toBeGreaterThanOrEqual(cost * BigInt(10_000 + bps));
          expect(price).toBe(markUp(cost, { percentBps: bps, fixed: 0n }, 0, defaults.toleranceBps));
        },
      ),
    );
  });
});

describe("RateTable", () => {
  const table = new RateTable("VND", new Map([["USD", rate("26000")]]));

  it("converts provider currencies, leaves the panel's own and unknown ones 1:1", () => {
    expect(table.toPanel(money("1"), "USD")).toBe(money("26000"));
    expect(table.toPanel(money("1"), "VND")).toBe(money("1"));
    expect(table.toPanel(money("1"), null)).toBe(money("1"));
  });

  it("reports a provider currency without a rate as missing", () => {
    expect(table.isMissing("EUR")).toBe(true);
    expect(table.isMissing("USD")).toBe(false);
    expect(table.isMissing("VND")).toBe(false);
    expect(table.isMissing(null)).toBe(false);
  });
});

describe("display conversion", () => {
  it("shows panel amounts in another currency, rounded half up, and inverts rates exactly to 10 places", () => {
    expect(convertForDisplay(money("26000"), rate("26000"))).toBe(money("1"));
    expect(convertForDisplay(money("13"), rate("26000"))).toBe(50n); // 0.0005 USD
    expect(convertForDisplay(-money("26000"), rate("26000"))).toBe(-money("1"));
    expect(invertRate(rate("26000"))?.text).toBe("0.0000384615");
    expect(invertRate(rate("0.04"))?.text).toBe("25");
  });
});
