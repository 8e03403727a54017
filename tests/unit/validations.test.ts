import { describe, expect, it } from "vitest";
import { formatCurrency } from "@/lib/format";
import { signUpSchema } from "@/lib/validations/user";
import { UNITS_PER_CURRENCY } from "@/lib/money";
import { balanceAdjustmentSchema, serviceRateSchema } from "@/lib/users/admin-user-input";
import { tierInputSchema } from "@/lib/validations/tier";

const IDEMPOTENCY_KEY = "0123456789abcdef0123456789abcdef";

describe("signUpSchema", () => {
  it("normalizes the email and accepts a reasonable password", () => {
    expect(signUpSchema.parse({ email: " Someone@Example.COM ", password: "abc12345" })).toEqual({
      email: "someone@example.com",
      password: "abc12345",
    });
  });

  it("explains weak passwords and bad emails", () => {
    const messages = (input: object) => signUpSchema.safeParse(input).error?.issues.map((i) => i.message);
    expect(messages({ email: "a@b.co", password: "short1" })).toEqual([
      "Password must be at least 8 characters",
    ]);
    expect(messages({ email: "a@b.co", password: "longbutnodigits" })).toEqual([
      "Password must contain a letter and a digit",
    ]);
    expect(messages({ email: "not-an-email", password: "abc12345" })).toEqual([
      "Enter a valid email address",
    ]);
  });
});

describe("formatCurrency", () => {
  it("groups thousands and uses the panel's symbol and decimals", () => {
    expect(formatCurrency(123_456_789_012n, { currencySymbol: "$", displayDecimals: 2 })).toBe(
      "$1,234,567.89",
    );
    expect(formatCurrency(-150_000n, { currencySymbol: "€", displayDecimals: 2 })).toBe("-€1.50");
    expect(formatCurrency(1n, { currencySymbol: "$", displayDecimals: 5 })).toBe("$0.00001");
  });
});

describe("money amounts typed by the owner", () => {
  // "250.000" is 250,000 written the Vietnamese way; read as a decimal it was credited as 250.
  it("refuse more than 2 decimals instead of reading 250.000 as 250", () => {
    expect(
      balanceAdjustmentSchema.safeParse({
        direction: "credit",
        amount: "250.000",
        reason: "top-up by bank",
        idempotencyKey: IDEMPOTENCY_KEY,
      }),
    ).toMatchObject({ success: false });
    expect(tierInputSchema.safeParse({ name: "Gold", minSpent: "1.500", discountBps: "3" })).toMatchObject({
      success: false,
    });
  });

  it("take whole amounts and up to 2 decimals", () => {
    const credit = balanceAdjustmentSchema.parse({
      direction: "credit",
      amount: "250000",
      reason: "top-up by bank",
      idempotencyKey: IDEMPOTENCY_KEY,
    });
    expect(credit.amount).toBe(250_000n * UNITS_PER_CURRENCY);
    expect(tierInputSchema.parse({ name: "Gold", minSpent: "12.50", discountBps: "3" }).minSpent).toBe(
      1_250_000n,
    );
  });

  it("rates per 1000 keep their 5 decimals", () => {
    expect(serviceRateSchema.parse({ serviceId: "1", rate: "0.00125" }).rate).toBe(125n);
  });
});
