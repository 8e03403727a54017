// Affiliate commission is spendable only once what earned it is final (issue 23, items 3 and 4):
// a spend commission waits for its order to end (placed on the driver, ended through
// finalizeOrder), a deposit commission for the owner's hold; only the available part can be
// moved or withdrawn; a refund takes back the share of the commission that was actually paid.
import { describe, expect, it } from "vitest";
import { getAffiliateOverview, listAffiliates } from "@/lib/affiliates/affiliate-overview";
import { payoutToBalance, requestWithdrawal } from "@/lib/affiliates/payouts";
import { findAffiliateDifferences } from "@/lib/affiliates/reconcile";
import { ensureAffiliate } from "@/lib/affiliates/referral";
import { db, LedgerType, OrderStatus } from "@/lib/db";
import { changeBalance } from "@/lib/ledger/change-balance";
import { reconcileMoney } from "@/lib/ledger/reconcile";
import { finalizeOrder } from "@/lib/orders/finalize-order";
import { placeOrder } from "@/lib/orders/place-order";
import { updateSettings } from "@/lib/settings/settings";
import { signUp } from "@/lib/users/sign-up";
import { makeProvider, makeService } from "../admin/support";

let seq = 0;
const email = (name: string) => `${name}-${++seq}-${Date.now()}@hold.test`;
const DAY = 86_400_000;

async function pair() {
  const a = await signUp(
    { email: email("a"), password: "test-pass-1" },
    { ip: `198.51.100.${++seq}`, device: `a-${seq}` },
  );
  const { code } = await ensureAffiliate(a.id);
  const b = await signUp(
    { email: email("b"), password: "test-pass-1" },
    { ip: `198.51.100.${++seq}`, code, device: `b-${seq}` },
  );
  expect(b.referredById).toBe(a.id);
  return { a, b };
}

const deposit = (userId: number, amount: bigint, key: string) =>
  db.$transaction((tx) =>
    changeBalance(tx, {
      userId,
      amount,
      type: LedgerType.DEPOSIT,
      idempotencyKey: `deposit:hold:${key}:${seq}`,
    }),
  );

/** B orders 1000 at 4.00000 per 1000: a charge of 4.00000, a commission of 0.40000 at 10%. */
async function orderOf(userId: number) {
  const provider = await makeProvider();
  const service = await makeService(provider.id, { rate: 400_000n, cost: 100_000n });
  const { orderId, charge } = await placeOrder(
    {
      userId,
      serviceId: service.id,
      fields: { link: "https://example.com/p/1", quantity: 1000 },
      source: "web",
    },
    { dispatch: false },
  );
  expect(charge).toBe(400_000n);
  return orderId;
}

const earnings = async (userId: number) => {
  const { pending, available, balance } = await getAffiliateOverview(userId);
  return { pending, available, balance };
};

async function expectBooksBalanced() {
  expect(await reconcileMoney()).toEqual([]);
  expect(await findAffiliateDifferences()).toEqual([]);
}

describe("commission on spend", () => {
  it("stays pending while the order runs: moving or withdrawing it is refused, a cancel takes it back, nothing is lost", async () => {
    await updateSettings({
      affiliateCommissionPercent: "10",
      affiliateBasis: "spend",
      affiliateInstantPayout: true,
      affiliateMinWithdrawal: "0.01",
    });
    const { a, b } = await pair();
    await deposit(b.id, 1_000_000n, "cancel");
    const orderId = await orderOf(b.id);
    await expect(payoutToBalance(a.id, 40_000n)).rejects.toThrow(/Not enough affiliate earnings/);
    await expect(requestWithdrawal(a.id, 40_000n, "bank 123")).rejects.toThrow(
      /Not enough affiliate earnings/,
    );
    expect(await earnings(a.id)).toEqual({ pending: 40_000n, available: 0n, balance: 40_000n });

    expect((await finalizeOrder(orderId, { status: OrderStatus.CANCELED })).refund).toBe(400_000n);
    expect(await earnings(a.id)).toEqual({ pending: 0n, available: 0n, balance: 0n });
    expect((await db.user.findUniqueOrThrow({ where: { id: a.id } })).balance).toBe(0n);
    await expectBooksBalanced();
  });

  it("becomes available when the order ends: all of a Completed one, the kept share of a Partial one", async () => {
    await updateSettings({
      affiliateCommissionPercent: "10",
      affiliateBasis: "spend",
      affiliateInstantPayout: true,
    });
    const { a, b } = await pair();
    await deposit(b.id, 1_000_000n, "end");
    const completed = await orderOf(b.id);
    const partial = await orderOf(b.id);
    expect(await earnings(a.id)).toEqual({ pending: 80_000n, available: 0n, balance: 80_000n });

    await finalizeOrder(completed, { status: OrderStatus.COMPLETED });
    expect(await earnings(a.id)).toEqual({ pending: 40_000n, available: 40_000n, balance: 80_000n });
    await finalizeOrder(partial, { status: OrderStatus.PARTIAL, remains: 250 }); // 75% delivered
    expect(await earnings(a.id)).toEqual({ pending: 0n, available: 70_000n, balance: 70_000n });

    await expect(payoutToBalance(a.id, 70_001n)).rejects.toThrow(/Not enough affiliate earnings/);
    await payoutToBalance(a.id, 70_000n);
    expect(await earnings(a.id)).toEqual({ pending: 0n, available: 0n, balance: 0n });
    const listed = (await listAffiliates()).find((row) => row.userId === a.id);
    expect(listed).toMatchObject({ pending: 0n, available: 0n, balance: 0n, earned: 70_000n });
    await expectBooksBalanced();
  });

  it("lets 20 concurrent moves take exactly the available part, never the pending one", async () => {
    await updateSettings({
      affiliateCommissionPercent: "10",
      affiliateBasis: "spend",
      affiliateInstantPayout: true,
    });
    const { a, b } = await pair();
    await deposit(b.id, 1_000_000n, "race");
    const ended = await orderOf(b.id);
    await orderOf(b.id); // still running: its 0.40000 stays pending
    await finalizeOrder(ended, { status: OrderStatus.COMPLETED });
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () => payoutToBalance(a.id, 10_000n)),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(4);
    expect(await earnings(a.id)).toEqual({ pending: 40_000n, available: 0n, balance: 40_000n });
    await expectBooksBalanced();
  });
});

describe("commission on deposits", () => {
  it("waits for the owner's hold before it can be moved", async () => {
    await updateSettings({
      affiliateCommissionPercent: "10",
      affiliateBasis: "deposit",
      affiliateInstantPayout: true,
      affiliateDepositHoldDays: 7,
    });
    const { a, b } = await pair();
    const before = Date.now();
    await deposit(b.id, 1_000_000n, "held");
    expect(await earnings(a.id)).toEqual({ pending: 100_000n, available: 0n, balance: 100_000n });
    await expect(payoutToBalance(a.id, 100_000n)).rejects.toThrow(/Not enough affiliate earnings/);

    const [commission] = await db.affiliateEntry.findMany({
      where: { affiliateId: a.id, type: "COMMISSION" },
    });
    expect(commission.availableAt!.getTime()).toBeGreaterThanOrEqual(before + 7 * DAY);
    // The hold passes.
    await db.affiliateEntry.update({
      where: { id: commission.id },
      data: { availableAt: new Date(Date.now() - 1000) },
    });
    expect(await earnings(a.id)).toEqual({ pending: 0n, available: 100_000n, balance: 100_000n });
    await payoutToBalance(a.id, 100_000n);
    await updateSettings({ affiliateDepositHoldDays: 0 });
    await expectBooksBalanced();
  });
});

describe("take-back on a refund", () => {
  it("follows the commission paid on that charge, not today's percent", async () => {
    await updateSettings({ affiliateCommissionPercent: "10", affiliateBasis: "spend" });
    const { a, b } = await pair();
    await deposit(b.id, 2_000_000n, "percent");
    const lowered = await orderOf(b.id);
    const zeroed = await orderOf(b.id);
    const partial = await orderOf(b.id);
    expect(await earnings(a.id)).toMatchObject({ balance: 120_000n });

    await updateSettings({ affiliateCommissionPercent: "2" });
    await finalizeOrder(lowered, { status: OrderStatus.CANCELED });
    await finalizeOrder(partial, { status: OrderStatus.PARTIAL, remains: 333 }); // refund 1.33200: take back 0.13320 of 0.40000
    await updateSettings({ affiliateCommissionPercent: "0" });
    await finalizeOrder(zeroed, { status: OrderStatus.CANCELED });

    const reversals = await db.affiliateEntry.findMany({
      where: { affiliateId: a.id, type: "COMMISSION_REVERSAL" },
      orderBy: { id: "asc" },
      select: { amount: true, note: true },
    });
    expect(reversals).toEqual([
      { amount: -40_000n, note: `Refund of order #${lowered}` },
      { amount: -13_320n, note: `Refund of order #${partial}` },
      { amount: -40_000n, note: `Refund of order #${zeroed}` },
    ]);
    expect(await earnings(a.id)).toEqual({ pending: 0n, available: 26_680n, balance: 26_680n });
    await updateSettings({ affiliateCommissionPercent: "10" });
    await expectBooksBalanced();
  });
});
