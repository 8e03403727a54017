// The new-order form's checks: every field's error at once, and the quantity (so the charge)
// as soon as it is known, before the link is typed.
import { describe, expect, it } from "vitest";
import { checkOrderFields, parseOrderFields } from "@/lib/validations/order";

const limits = { min: 50, max: 10_000 };

describe("checkOrderFields", () => {
  it("reports every bad field at once, where parseOrderFields stops at the first", () => {
    const raw = { link: "not a link", quantity: "20000", runs: "1", interval: "" };
    expect(parseOrderFields("Default", raw, limits)).toEqual({
      ok: false,
      field: "link",
      message: "Bad link",
    });
    expect(checkOrderFields("Default", raw, limits).errors).toEqual({
      link: { message: "Bad link" },
      quantity: {
        message: "Quantity more than maximum 10000",
        i18n: { key: "errors.order.quantityAboveMax", values: { max: 10_000 } },
      },
      runs: { message: "Runs must be a whole number from 2 to 1000" },
      interval: { message: "Interval must be a whole number of minutes from 1 to 1440" },
    });
  });

  it("knows the quantity before the link is typed, even outside min/max", () => {
    expect(checkOrderFields("Default", { quantity: "1000" }, limits)).toEqual({
      errors: { link: { message: "Bad link" } },
      quantity: 1000,
    });
    expect(checkOrderFields("Default", { quantity: "20000" }, limits).quantity).toBe(20_000);
    expect(checkOrderFields("Default", { quantity: "100", runs: "3", interval: "10" }, limits).quantity).toBe(
      300,
    );
    expect(checkOrderFields("Custom Comments", { comments: "a\nb\nc" }).quantity).toBe(3);
    expect(checkOrderFields("Default", { quantity: "abc" }, limits).quantity).toBeNull();
    expect(checkOrderFields("Package", {}).quantity).toBe(1);
  });

  it("answers nothing for valid fields, and leaves the thrown parser unchanged afterwards", () => {
    expect(checkOrderFields("Default", { link: "https://instagram.com/x", quantity: "100" }, limits)).toEqual(
      { errors: {}, quantity: 100 },
    );
    expect(() => parseOrderFields("Default", { link: "x" }, limits)).not.toThrow();
    expect(parseOrderFields("Default", { link: "x", quantity: "100" }, limits)).toMatchObject({
      ok: false,
      field: "link",
    });
  });
});
