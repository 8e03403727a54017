// A customer's display currency: panel amounts converted for show only, with bigint arithmetic,
// rounded half away from zero to the target currency's decimals, and worded with Intl.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { approximatePrice } from "@/lib/currency/display-price";
import { convertForDisplay } from "@/lib/currency/exchange-rate";
import { parseRate } from "@/lib/validations/currency";
import { parseMoney } from "@/lib/money";

const money = (text: string) => parseMoney(text)!;
const rate = (text: string) => parseRate(text)!;
const plain = (text: string) => text.replace(/\s/g, " "); // Intl puts no-break spaces around symbols

describe("convertForDisplay", () => {
  it("divides by the rate (panel currency per 1 unit of the other) and rounds half away from zero to the target's decimals", () => {
    const usdInVnd = rate("26000");
    expect(convertForDisplay(money("23400"), usdInVnd, 2)).toBe(money("0.9"));
    expect(convertForDisplay(money("30420"), usdInVnd, 2)).toBe(money("1.17"));
    // 129 VND = 0.0049615... USD -> 0.00; 130 VND = 0.005 USD exactly, a half -> 0.01
    expect(convertForDisplay(money("129"), usdInVnd, 2)).toBe(0n);
    expect(convertForDisplay(money("130"), usdInVnd, 2)).toBe(money("0.01"));
    expect(convertForDisplay(-money("130"), usdInVnd, 2)).toBe(-money("0.01"));
    // a USD panel showing VND (no decimals): 1 USD at 0.0000385 USD per VND = 25974.0259... VND
    expect(convertForDisplay(money("1"), rate("0.0000385"), 0)).toBe(money("25974"));
    // without decimals given, to the unit (1/100000), as before
    expect(convertForDisplay(money("13"), usdInVnd)).toBe(50n);
  });

  it("refuses decimals it cannot keep", () => {
    expect(() => convertForDisplay(1n, rate("2"), 6)).toThrow(RangeError);
    expect(() => convertForDisplay(1n, rate("2"), -1)).toThrow(RangeError);
    expect(() => convertForDisplay(1n, rate("2"), 1.5)).toThrow(RangeError);
  });

  it("is the exact quotient rounded half away from zero, for any amount, rate and decimals", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }),
        fc.bigInt({ min: 1n, max: 10n ** 24n }),
        fc.integer({ min: 0, max: 12 }),
        fc.integer({ min: 0, max: 5 }),
        (units, num, rateDecimals, decimals) => {
          const r = { text: "", num, den: 10n ** BigInt(rateDecimals) };
          const step = 10n ** BigInt(5 - decimals);
          const converted = convertForDisplay(units, r, decimals);
          expect(converted % step).toBe(0n);
          // |converted - units * den / num| <= step / 2, with the half going away from zero
          const error = converted * num - units * r.den; // in 1/num units
          const abs = error < 0n ? -error : error;
          expect(2n * abs).toBeLessThanOrEqual(step * num);
          if (2n * abs === step * num)
            expect(error < 0n ? "toward negative" : "toward positive").toBe(
              units < 0n ? "toward negative" : "toward positive",
            );
          expect(convertForDisplay(-units, r, decimals)).toBe(-converted);
        },
      ),
    );
  });

  it("has no float path: exact beyond 2^53, and no Number, Math or parseFloat in its code", () => {
    // 123456789012345678901 units = 1234567890123456.78901 at a rate of 3: a double cannot hold it
    const big = 123456789012345678901n;
    expect(convertForDisplay(big, rate("3"))).toBe(41152263004115226300n);
    expect(convertForDisplay(big * 3n, rate("3"))).toBe(big);
    expect(convertForDisplay.toString()).not.toMatch(
      /\b(Math|Number|parseFloat|parseInt|toFixed|toPrecision)\b/,
    );
  });
});

describe("approximatePrice", () => {
  const usd = { code: "USD", rate: "26000" };

  it("words the converted amount with Intl for the page's locale", () => {
    expect(approximatePrice(money("30420"), usd)).toEqual({ amount: "$1.17", under: false });
    expect(plain(approximatePrice(money("30420"), usd, "vi")!.amount)).toBe("1,17 US$");
    expect(plain(approximatePrice(money("1"), { code: "VND", rate: "0.0000385" }, "vi")!.amount)).toBe(
      "25.974 ₫",
    );
    expect(approximatePrice(0n, usd)).toEqual({ amount: "$0.00", under: false });
  });

  it("says 'under' the smallest amount rather than a price of nothing", () => {
    expect(approximatePrice(money("13"), usd)).toEqual({ amount: "$0.01", under: true });
  });

  it("shows nothing when the rate is not a rate", () => {
    expect(approximatePrice(money("1"), { code: "USD", rate: "abc" })).toBeNull();
  });
});
