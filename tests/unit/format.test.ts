import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { formatCurrency, formatInCurrency, formatRate } from "@/lib/format";
import { parseMoney } from "@/lib/money";

const usd = { currencySymbol: "$", displayDecimals: 2, currencyCode: "USD" };
const vnd = { currencySymbol: "₫", displayDecimals: 0, currencyCode: "VND" };
const money = (text: string) => parseMoney(text)!;
const plain = (text: string) => text.replace(/\u00a0|\u202f/g, " ");

describe("formatCurrency", () => {
  it("shows an amount below one currency unit with the decimals it needs, never as zero", () => {
    // The toast "Order #1 placed: $0.00 charged" and the Transactions rows "−$0.00" (issue 17, item 3).
    expect(formatCurrency(money("0.0012"), usd)).toBe("$0.0012");
    expect(formatCurrency(-money("0.00156"), usd)).toBe("-$0.00156");
    expect(formatCurrency(money("0.00001"), usd)).toBe("$0.00001");
    expect(formatCurrency(money("0.5"), usd)).toBe("$0.50");
    expect(formatCurrency(0n, usd)).toBe("$0.00");
  });

  it("rounds amounts of a currency unit and more to the display decimals, half away from zero", () => {
    expect(formatCurrency(money("1234.565"), usd)).toBe("$1,234.57");
    expect(formatCurrency(-money("1234.565"), usd)).toBe("-$1,234.57");
    expect(formatCurrency(money("1.00001"), usd)).toBe("$1.00");
    expect(formatCurrency(money("999999999999999.99999"), usd)).toBe("$1,000,000,000,000,000.00");
  });

  it("follows the locale: VND in Vietnamese has no decimals and groups with dots", () => {
    expect(plain(formatCurrency(money("1250000"), vnd, "vi"))).toBe("1.250.000 ₫");
    expect(plain(formatCurrency(-money("1250000.4"), vnd, "vi"))).toBe("-1.250.000 ₫");
    expect(plain(formatCurrency(money("0.25"), vnd, "vi"))).toBe("0,25 ₫");
    expect(plain(formatCurrency(money("1234.5"), usd, "vi"))).toBe("1.234,50 $");
    expect(formatCurrency(money("1250000"), vnd, "en")).toBe("₫1,250,000");
  });

  it("is exact for every amount: the digits shown are the amount's own digits", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n - 10n ** 20n, max: 10n ** 20n - 1n }), (units) => {
        const shown = formatCurrency(units, { currencySymbol: "$", displayDecimals: 5 }).replace(/[$,]/g, "");
        expect(parseMoney(shown)).toBe(units);
      }),
    );
  });
});

describe("formatRate", () => {
  it("shows a rate exactly, in the locale's format", () => {
    expect(formatRate(money("1.17"), usd)).toBe("$1.17");
    expect(formatRate(money("1234.00156"), usd)).toBe("$1,234.00156");
    expect(plain(formatRate(money("31750.5"), vnd, "vi"))).toBe("31.750,5 ₫");
  });
});

describe("formatInCurrency", () => {
  it("shows another currency with its own symbol and usual decimals", () => {
    expect(formatInCurrency(money("0.9"), "USD")).toBe("$0.90");
    expect(formatInCurrency(money("1234.5"), "EUR")).toBe("€1,234.50");
    expect(formatInCurrency(money("0.0012"), "USD")).toBe("$0.0012");
    expect(plain(formatInCurrency(money("1250000.4"), "VND", "vi"))).toBe("1.250.000 ₫");
  });
});
