// The one profit rule: what the provider keeps of a canceled, partial or completed order.
import { describe, expect, it } from "vitest";
import { orderProfit, providerCost } from "@/lib/orders/profit";

const order = { quantity: 1000, remains: null, cost: 1_200n, charge: 2_000n, refunded: 0n };

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
});
