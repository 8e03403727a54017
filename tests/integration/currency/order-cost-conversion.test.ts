// An order's cost in the panel currency is converted first and rounded once (issue 23, item 8):
// on a VND panel buying in USD, rounding the USD cost up to a whole provider unit before
// converting recorded costs above the charge (one unit of 0.00001 USD is 0.26 dong). With the
// selling price at its floor (the converted cost), no order's cost exceeds its charge.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { placeOrder } from "@/lib/orders/place-order";
import { updateSettings } from "@/lib/settings/settings";
import { customerWith } from "../orders/support";
import { makeProvider, makeService } from "../admin/support";

describe("order cost after conversion", () => {
  it("never exceeds the charge of a service priced at its cost floor", async () => {
    await updateSettings({ currencyCode: "VND", currencySymbol: "₫", displayDecimals: 0, pricePrecision: 0 });
    await db.exchangeRate.create({ data: { currency: "USD", rate: "26000" } });
    const provider = await makeProvider();
    await db.provider.update({ where: { id: provider.id }, data: { currency: "USD" } });
    // 0.0012 USD per 1000 = 31.2 dong per 1000; sold at exactly that floor.
    const service = await makeService(provider.id, { rate: 3_120_000n, cost: 120n });
    const customer = await customerWith(100_000_000n);

    const offending: Array<{ quantity: number; charge: bigint; cost: bigint }> = [];
    for (let quantity = 10; quantity <= 60; quantity++) {
      const { orderId } = await placeOrder(
        {
          userId: customer,
          serviceId: service.id,
          fields: { link: "https://example.com/c", quantity },
          source: "web",
        },
        { dispatch: false },
      );
      const order = await db.order.findUniqueOrThrow({
        where: { id: orderId },
        select: { charge: true, cost: true },
      });
      if (order.cost > order.charge) offending.push({ quantity, ...order });
    }
    expect(offending).toEqual([]);
    // 13 items: 120 x 13 / 1000 USD units x 26000, rounded up once = 40,560 units.
    const thirteen = await db.order.findFirstOrThrow({
      where: { quantity: 13 },
      select: { charge: true, cost: true, providerCost: true },
    });
    expect(thirteen).toEqual({ charge: 40_560n, cost: 40_560n, providerCost: 2n });
  });
});
