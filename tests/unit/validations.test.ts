import { describe, expect, it } from "vitest";
import { formatCurrency } from "@/lib/format";
import { signUpSchema } from "@/lib/validations/user";

describe("signUpSchema", () => {
  it("normalizes the email and accepts a reasonable password", () => {
    expect(signUpSchema.parse({ email: " Someone@Example.COM ", password: "abc12345" })).toEqual({
      email: "someone@example.com",
      password: "abc12345",
    });
  });

  it("explains weak passwords and bad emails", () => {
    const messages = (input: object) => signUpSchema.safeParse(input).error?.issues.map((i) => i.message);
    expect(messages({ email: "a@b.co", password: "short1" })).toEqual(["Password must be at least 8 characters"]);
    expect(messages({ email: "a@b.co", password: "longbutnodigits" })).toEqual(["Password must contain a letter and a digit"]);
    expect(messages({ email: "not-an-email", password: "abc12345" })).toEqual(["Enter a valid email address"]);
  });
});

describe("formatCurrency", () => {
  it("groups thousands and uses the panel's symbol and decimals", () => {
    expect(formatCurrency(123_456_789_012n, { currencySymbol: "$", displayDecimals: 2 })).toBe("$1,234,567.89");
    expect(formatCurrency(-150_000n, { currencySymbol: "€", displayDecimals: 2 })).toBe("-€1.50");
    expect(formatCurrency(1n, { currencySymbol: "$", displayDecimals: 5 })).toBe("$0.00001");
  });
});
