import { describe, expect, it } from "vitest";
import { applyUserPrice } from "@/lib/catalog/user-rate";

const service = { id: 7, rate: 100_000n, cost: 80_000n, allowBelowCost: false };

describe("applyUserPrice", () => {
  it("is the catalog rate without a per-user price", () => {
    expect(applyUserPrice(service, [])).toBe(100_000n);
  });

  it("takes a fixed per-user rate for that service over a discount", () => {
    const prices = [
      { serviceId: 7, rate: 90_000n, discountBps: null },
      { serviceId: null, rate: null, discountBps: 500 },
    ];
    expect(applyUserPrice(service, prices)).toBe(90_000n);
    expect(applyUserPrice({ ...service, id: 8 }, prices)).toBe(95_000n);
  });

  it("rounds a discounted rate up to a whole unit", () => {
    expect(
      applyUserPrice({ ...service, rate: 333n, cost: 0n }, [
        { serviceId: null, rate: null, discountBps: 1000 },
      ]),
    ).toBe(300n);
    expect(
      applyUserPrice({ ...service, rate: 335n, cost: 0n }, [
        { serviceId: null, rate: null, discountBps: 1000 },
      ]),
    ).toBe(302n);
  });

  it("never goes below cost unless the service allows it", () => {
    const deep = [{ serviceId: null, rate: null, discountBps: 5000 }];
    expect(applyUserPrice(service, deep)).toBe(80_000n);
    expect(applyUserPrice({ ...service, allowBelowCost: true }, deep)).toBe(50_000n);
  });
});
