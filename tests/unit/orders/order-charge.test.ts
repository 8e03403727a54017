import { describe, expect, it } from "vitest";
import { orderCharge } from "@/lib/orders/order-charge";

describe("orderCharge", () => {
  it("charges per 1000 items, rounded up to a whole unit", () => {
    expect(orderCharge("Default", 1_000n, 1500)).toBe(1_500n);
    expect(orderCharge("Default", 1n, 1)).toBe(1n);
  });

  it("charges a package its rate per order, whatever the quantity", () => {
    expect(orderCharge("Package", 250_000n, 1)).toBe(250_000n);
    expect(orderCharge("Custom Comments Package", 250_000n, 7)).toBe(250_000n);
  });
});
