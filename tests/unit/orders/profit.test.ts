// The one profit rule: what the provider keeps of a canceled, partial or completed order.
import { describe, expect, it } from "vitest";
import { keptCost, orderProfit, providerCost } from "@/lib/orders/profit";

const order = { quantity: 1000, remains: null, cost: 1_200n, charge: 2_000n, refunded: 0n, costBooked: null };

describe("order profit", () => {
  it("counts the delivered share of a partial order's cost, not the whole cost", () => {
    // 250 of 1000 not delivered: a quarter of the charge back, three quarters of the cost kept.
    const partial = { ...order, status: "PARTIAL", remains: 250, refunded: 500n };
    expect(providerCost(partial)).toBe(900n);
    expect(orderProfit(partial)).toBe(600n);
  });

  it("costs nothing for a canceled order and the whole cost otherwise", () => {
    expect(orderProfit({ ...order, status: "CANCELED", refunded: 2_000n })).toBe(0n);
    expect(orderProfit({ ...order, status: "COMPLETED" })).toBe(800n);
    expect(providerCost({ ...order, status: "IN_PROGRESS" })).toBe(1_200n);
  });

  it("rounds the delivered share of the cost down", () => {
    expect(providerCost({ ...order, status: "PARTIAL", quantity: 3, remains: 1, cost: 100n })).toBe(66n);
  });

  it("uses the cost booked at the end when there is one: a flat-price partial's kept share, an admin refund's whole cost", () => {
    // A package: 100.00 charged, 80.00 cost, the provider kept half of its charge.
    const flat = {
      ...order,
      quantity: 1,
      remains: 0,
      charge: 10_000n,
      cost: 8_000n,
      refunded: 5_000n,
      status: "PARTIAL",
      costBooked: keptCost(8_000n, { kept: 4_000n, of: 8_000n }),
    };
    expect(orderProfit(flat)).toBe(1_000n);
    expect(orderProfit({ ...order, status: "CANCELED", refunded: 2_000n, costBooked: 1_200n })).toBe(-1_200n);
    expect([
      keptCost(100n, { kept: 1n, of: 3n }),
      keptCost(100n, { kept: -1n, of: 3n }),
      keptCost(100n, { kept: 9n, of: 3n }),
    ]).toEqual([34n, 0n, 100n]);
  });
});
