import { describe, expect, it } from "vitest";
import { chargeFor, divCeil, formatMoney, parseMoney } from "@/lib/money";

describe("parseMoney", () => {
  it("reads whole and fractional amounts into units of 1/100000", () => {
    expect(parseMoney("12")).toBe(1_200_000n);
    expect(parseMoney("0.00001")).toBe(1n);
    expect(parseMoney("100.84292")).toBe(10_084_292n);
    expect(parseMoney(" 25.5 ")).toBe(2_550_000n);
    expect(parseMoney("-3.1")).toBe(-310_000n);
  });

  it("refuses what is not an exact amount", () => {
    for (const bad of ["", "abc", "1.000001", "1e3", "1,5", "0x10", "Infinity", "1.", ".5"])
      expect(parseMoney(bad)).toBeNull();
  });
});

describe("formatMoney", () => {
  it("writes units with 5 decimals by default, as API v2 shows money", () => {
    expect(formatMoney(10_084_292n)).toBe("100.84292");
    expect(formatMoney(0n)).toBe("0.00000");
    expect(formatMoney(-1n)).toBe("-0.00001");
  });

  it("rounds half away from zero to fewer decimals", () => {
    expect(formatMoney(123_456n, 2)).toBe("1.23");
    expect(formatMoney(123_500n, 2)).toBe("1.24");
    expect(formatMoney(-123_500n, 2)).toBe("-1.24");
    expect(formatMoney(99_999_999n, 0)).toBe("1000");
    expect(formatMoney(-1n, 2)).toBe("0.00");
  });

  it("round-trips every amount it parses", () => {
    for (const text of ["0.00001", "1.50000", "99999.99999", "-7.00100"])
      expect(formatMoney(parseMoney(text)!)).toBe(text);
  });
});

describe("chargeFor", () => {
  it("is rate per 1000 times quantity over 1000, rounded up to a unit", () => {
    expect(chargeFor(90_000n, 1000)).toBe(90_000n); // 0.90 per 1000, 1000 items
    expect(chargeFor(90_000n, 50)).toBe(4_500n);
    expect(chargeFor(120n, 50)).toBe(6n); // 0.0012 per 1000: 0.00006
    expect(chargeFor(1n, 1)).toBe(1n); // never free
    expect(chargeFor(800_000n, 7)).toBe(5_600n);
  });

  it("stays exact for huge quantities", () => {
    expect(chargeFor(123_456_789n, 2_000_000_000)).toBe(246_913_578_000_000n);
  });

  it("divCeil rounds up only when there is a remainder", () => {
    expect(divCeil(10n, 5n)).toBe(2n);
    expect(divCeil(11n, 5n)).toBe(3n);
    expect(divCeil(0n, 5n)).toBe(0n);
  });
});
