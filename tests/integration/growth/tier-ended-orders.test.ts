// Tiers count the net spend of ENDED orders (issue 23, item 10): a running order does not lift a
// customer into a tier (so cancelling it later cannot leave a tier price behind), a cancelled one
// never counts, a completed one counts in full and a partial one its kept share.
import { describe, expect, it } from "vitest";
import { db, OrderStatus, Role } from "@/lib/db";
import { reconcileMoney } from "@/lib/ledger/reconcile";
import { finalizeOrder } from "@/lib/orders/finalize-order";
import { placeOrder } from "@/lib/orders/place-order";
import { saveTier } from "@/lib/tiers/manage-tiers";
import { getUserTier } from "@/lib/tiers/tiers";
import { customerWith } from "../orders/support";
import { makeProvider, makeService, makeUser } from "../admin/support";

describe("tiers from ended orders", () => {
  it("are not reached through a running order that is then cancelled; a completed one reaches them", async () => {
    const admin = await makeUser({ role: Role.ADMIN });
    await saveTier({ name: "Silver", minSpent: "100", discountBps: "5" }, { id: admin.id });
    const provider = await makeProvider();
    const service = await makeService(provider.id, { rate: 10_000_000n, cost: 5_000_000n }); // 100.00000 per 1000
    const customer = await customerWith(100_000_000n);
    const order = (quantity: number) =>
      placeOrder(
        {
          userId: customer,
          serviceId: service.id,
          fields: { link: "https://example.com/t", quantity },
          source: "web",
        },
        { dispatch: false },
      );

    const running = await order(1000); // 100.00000: the threshold, while the order runs
    expect((await getUserTier(customer)).tier).toBeNull();
    const next = await order(1000);
    expect(next.charge).toBe(10_000_000n);

    await finalizeOrder(running.orderId, { status: OrderStatus.CANCELED });
    expect((await getUserTier(customer)).spent).toBe(0n);
    await finalizeOrder(next.orderId, { status: OrderStatus.PARTIAL, remains: 500 }); // kept 50.00000
    expect((await getUserTier(customer)).spent).toBe(5_000_000n);
    const third = await order(500);
    await finalizeOrder(third.orderId, { status: OrderStatus.COMPLETED }); // 100.00000 in all
    expect((await getUserTier(customer)).tier?.name).toBe("Silver");
    expect((await order(1000)).charge).toBe(9_500_000n);

    // An admin's later partial on a completed order takes back only the refund.
    await finalizeOrder(
      third.orderId,
      { status: OrderStatus.PARTIAL, remains: 100 },
      { from: [OrderStatus.COMPLETED] },
    );
    expect((await db.user.findUniqueOrThrow({ where: { id: customer } })).spent).toBe(9_000_000n);
    expect(await reconcileMoney()).toEqual([]);
  });
});
