// Profit of a flat-price order that ends Partial (issue 23, item 9): the provider kept part of its
// charge, the customer got the rest back, and the cost booked is the provider's kept share (as
// the refund follows it, docs/refund-rules.md), on the order page's rule and in the dashboard's SQL.
import { describe, expect, it } from "vitest";
import { getDashboard } from "@/lib/dashboard/get-dashboard";
import { db, OrderStatus } from "@/lib/db";
import { finalizeOrder } from "@/lib/orders/finalize-order";
import { orderProfit, providerCost } from "@/lib/orders/profit";
import { makeOrder, makeProvider, makeService, makeUser, deposit } from "./support";

describe("a Package ended Partial", () => {
  it("books the provider's kept share of the cost: profit +10.00, not -30.00", async () => {
    const provider = await makeProvider();
    const service = await makeService(provider.id, { rate: 10_000_000n, cost: 8_000_000n });
    await db.service.update({ where: { id: service.id }, data: { type: "Package" } });
    const customer = await makeUser();
    await deposit(customer.id, 10_000_000n);
    // 100.00 charged, 80.00 cost (the provider charged 80.00 too: same currency).
    const placed = await makeOrder({
      userId: customer.id,
      serviceId: service.id,
      providerId: provider.id,
      charge: 10_000_000n,
      cost: 8_000_000n,
      quantity: 1,
    });
    await db.order.update({ where: { id: placed.id }, data: { providerCost: 8_000_000n } });
    // The provider kept half of its charge (remains says nothing for a package: 0).
    const { refund } = await finalizeOrder(placed.id, {
      status: OrderStatus.PARTIAL,
      share: { kept: 4_000_000n, of: 8_000_000n },
      remains: 0,
    });
    expect(refund).toBe(5_000_000n);

    const order = await db.order.findUniqueOrThrow({ where: { id: placed.id } });
    expect({ cost: providerCost(order), profit: orderProfit(order) }).toEqual({
      cost: 4_000_000n,
      profit: 1_000_000n,
    });
    const today = (await getDashboard(new Date())).periods.find((p) => p.key === "today")!;
    expect({ cost: today.cost, profit: today.profit }).toEqual({ cost: 4_000_000n, profit: 1_000_000n });
  });
});
