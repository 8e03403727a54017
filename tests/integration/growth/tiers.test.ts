// Loyalty tiers: the discount applies from exactly the threshold, re-prices that customer's
// catalog (and only theirs) the moment spend crosses it, never sells below cost, and an admin
// pin overrides the earned tier. Changes are audited.
import { describe, expect, it } from "vitest";
import { listCatalogServices } from "@/lib/catalog/list-catalog";
import { db, LedgerType, OrderStatus, Role } from "@/lib/db";
import { finalizeOrder } from "@/lib/orders/finalize-order";
import { changeBalance } from "@/lib/ledger/change-balance";
import { deleteTier, pinUserTier, saveTier } from "@/lib/tiers/manage-tiers";
import { getUserTier } from "@/lib/tiers/tiers";
import { makeOrder, makeProvider, makeService, makeUser } from "../admin/support";

const rateOf = async (userId: number, serviceId: number) =>
  (await listCatalogServices({ userId })).find((s) => s.id === serviceId)!.rate;

/** Raises a customer's net spend as orders do: an order charged through the ledger that completes. */
async function spend(userId: number, units: bigint) {
  const provider = await makeProvider();
  const service = await makeService(provider.id, { rate: 1n, cost: 1n });
  await db.$transaction((tx) =>
    changeBalance(tx, { userId, amount: units, type: LedgerType.ADJUSTMENT, note: "funds" }),
  );
  const order = await makeOrder({
    userId,
    serviceId: service.id,
    providerId: provider.id,
    charge: units,
    cost: 0n,
  });
  await finalizeOrder(order.id, { status: OrderStatus.COMPLETED });
}

describe("loyalty tiers", () => {
  it("apply from exactly the threshold and re-price only that customer's catalog", async () => {
    const admin = await makeUser({ role: Role.ADMIN });
    const provider = await makeProvider();
    const service = await makeService(provider.id, { rate: 1_000_000n, cost: 500_000n });
    await saveTier({ name: "Silver", minSpent: "100", discountBps: "5" }, { id: admin.id });
    await saveTier({ name: "Gold", minSpent: "500", discountBps: "10" }, { id: admin.id });
    const customer = await makeUser();
    const other = await makeUser();

    await spend(customer.id, 9_999_999n); // 99.99999: one unit short
    expect((await getUserTier(customer.id)).tier).toBeNull();
    expect((await getUserTier(customer.id)).toNext).toBe(1n);
    expect(await rateOf(customer.id, service.id)).toBe(1_000_000n);

    await spend(customer.id, 1n); // exactly 100.00000
    expect((await getUserTier(customer.id)).tier?.name).toBe("Silver");
    expect(await rateOf(customer.id, service.id)).toBe(950_000n);
    expect(await rateOf(other.id, service.id)).toBe(1_000_000n);

    await spend(customer.id, 40_000_000n);
    const gold = await getUserTier(customer.id);
    expect([gold.tier?.name, gold.next, gold.toNext]).toEqual(["Gold", null, null]);
    expect(await rateOf(customer.id, service.id)).toBe(900_000n);
  });

  it("never sell below cost, and keep a customer's own larger discount", async () => {
    const admin = await makeUser({ role: Role.ADMIN });
    const provider = await makeProvider();
    const thin = await makeService(provider.id, { rate: 1_000_000n, cost: 980_000n });
    const tier = await saveTier({ name: "Deep", minSpent: "0", discountBps: "50" }, { id: admin.id });
    const customer = await makeUser();
    expect(await rateOf(customer.id, thin.id)).toBe(980_000n);

    const wide = await makeService(provider.id, { rate: 1_000_000n, cost: 100_000n });
    expect(await rateOf(customer.id, wide.id)).toBe(500_000n);
    await db.userServicePrice.create({ data: { userId: customer.id, serviceId: null, discountBps: 6_000 } });
    expect(await rateOf(customer.id, wide.id)).toBe(400_000n);
    await deleteTier(tier.id, { id: admin.id });
  });

  it("follow an admin's pin over the earned tier, audited", async () => {
    const admin = await makeUser({ role: Role.ADMIN });
    const provider = await makeProvider();
    const service = await makeService(provider.id, { rate: 1_000_000n, cost: 100_000n });
    const vip = await saveTier({ name: "VIP", minSpent: "100000", discountBps: "20" }, { id: admin.id });
    const customer = await makeUser();
    await pinUserTier(customer.id, vip.id, { id: admin.id, ip: "198.51.100.9" });
    expect(await getUserTier(customer.id)).toMatchObject({ pinned: true, tier: { name: "VIP" } });
    expect(await rateOf(customer.id, service.id)).toBe(800_000n);
    await pinUserTier(customer.id, null, { id: admin.id });
    expect(await getUserTier(customer.id)).toMatchObject({ pinned: false });
    expect(await rateOf(customer.id, service.id)).toBe(1_000_000n);
    await expect(
      saveTier({ name: "VIP", minSpent: "1", discountBps: "1" }, { id: admin.id }),
    ).rejects.toThrow("already exists");
    await expect(
      saveTier({ name: "Bad", minSpent: "1", discountBps: "95" }, { id: admin.id }),
    ).rejects.toThrow(/0 to 90/);
    const audits = await db.auditLog.findMany({
      where: { action: "user.tier_pin", targetId: String(customer.id) },
    });
    expect(audits.map((a) => a.ip)).toEqual(["198.51.100.9", null]);
    await deleteTier(vip.id, { id: admin.id });
  });
});
