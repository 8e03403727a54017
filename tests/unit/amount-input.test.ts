// The top-up amount field: its example is written like the page's numbers, and what the page
// writes is read back as the same amount (a Vietnamese VND page shows "26.000"; typing "250.000"
// there means 250.000 ₫, not 250).
import { describe, expect, it } from "vitest";
import { formatAmountInput, parseAmountInput, plainAmount } from "@/lib/format";
import { parseMoney } from "@/lib/money";

const units = (text: string) => parseMoney(text);

describe("formatAmountInput", () => {
  it("writes the currency's usual decimals in the reader's format, without a symbol", () => {
    expect(formatAmountInput(units("26000")!, "VND", "vi")).toBe("26.000");
    expect(formatAmountInput(units("26000")!, "VND", "en")).toBe("26,000");
    expect(formatAmountInput(units("5")!, "USD", "en")).toBe("5.00");
    expect(formatAmountInput(units("1234.5")!, "USD", "vi")).toBe("1.234,50");
  });
});

describe("parseAmountInput", () => {
  it("reads a VND amount grouped either way, and refuses fractions of a dong", () => {
    for (const typed of ["250.000", "250,000", "250000", " 250 000 ", "250\u00a0000"])
      expect(parseAmountInput(typed, "VND", "vi"), typed).toBe(units("250000"));
    expect(parseAmountInput("1.250.000", "VND", "en")).toBe(units("1250000"));
    for (const typed of ["25.5", "2.50.000", "1e3", "-5", "", "abc"])
      expect(parseAmountInput(typed, "VND", "vi"), typed).toBeNull();
  });

  it("reads a USD amount as the page writes it or plain, with at most two decimals", () => {
    expect(parseAmountInput("25.50", "USD", "en")).toBe(units("25.50"));
    expect(parseAmountInput("1,234.50", "USD", "en")).toBe(units("1234.50"));
    expect(parseAmountInput("1.234,50", "USD", "vi")).toBe(units("1234.50"));
    expect(parseAmountInput("25,50", "USD", "vi")).toBe(units("25.50"));
    expect(parseAmountInput("25.50", "USD", "vi")).toBe(units("25.50"));
    for (const typed of ["25.505", "1,234,5", "1e3", "12.", ".5"])
      expect(parseAmountInput(typed, "USD", "en"), typed).toBeNull();
  });

  it("reads back every example it writes", () => {
    for (const [amount, currency] of [
      ["26000", "VND"],
      ["1250000", "VND"],
      ["5", "USD"],
      ["1234.5", "USD"],
    ] as const) {
      for (const locale of ["en", "vi"])
        expect(parseAmountInput(formatAmountInput(units(amount)!, currency, locale), currency, locale)).toBe(
          units(amount),
        );
    }
  });
});

describe("plainAmount (owner and affiliate amount fields, read before their schema)", () => {
  it("reads an amount the page's way into the plain decimal the schemas take", () => {
    expect(plainAmount("250.000", "VND", "vi")).toBe("250000");
    expect(plainAmount("250.000", "VND", "en")).toBe("250000");
    expect(plainAmount("1.234,50", "USD", "vi")).toBe("1234.50");
    expect(plainAmount("1,234.50", "USD", "en")).toBe("1234.50");
    expect(plainAmount("12.5", "USD", "en")).toBe("12.50");
  });

  it("gives back what it cannot read, for the schema to refuse", () => {
    expect(plainAmount("250.000", "USD", "en")).toBe("250.000");
    expect(plainAmount("ten", "VND", "vi")).toBe("ten");
    expect(plainAmount("", "USD", "en")).toBe("");
  });
});
