// Affiliates: referral attribution with its refusals, commissions paid exactly once per deposit
// (replays and concurrent deliveries), reversals, spend-based commissions, and payouts that can
// never exceed the affiliate balance. Both balances always equal their ledgers.
import { describe, expect, it } from "vitest";
import { ensureAffiliate, recordVisit } from "@/lib/affiliates/referral";
import {
  payoutToBalance,
  rejectWithdrawal,
  approveWithdrawal,
  requestWithdrawal,
} from "@/lib/affiliates/payouts";
import { findAffiliateDifferences } from "@/lib/affiliates/reconcile";
import { getAffiliateOverview } from "@/lib/affiliates/affiliate-overview";
import { db, LedgerType, Role } from "@/lib/db";
import { changeBalance } from "@/lib/ledger/change-balance";
import { findLedgerDifferences } from "@/lib/ledger/reconcile";
import { reverseDeposit } from "@/lib/ledger/reverse-deposit";
import { createPaymentRequest } from "@/lib/payments/create-payment-request";
import { approvePayment } from "@/lib/payments/review-payment";
import { updateSettings } from "@/lib/settings/settings";
import { signUp } from "@/lib/users/sign-up";
import { makeOrder, makeProvider, makeService, makeUser } from "../admin/support";

let ipSeq = 0;
const nextIp = () => `203.0.113.${++ipSeq}`;
let emailSeq = 0;
const email = (name: string) => `${name}-${++emailSeq}-${Date.now()}@test.dev`;

async function affiliateWithReferral() {
  const referrer = await signUp(
    { email: email("referrer"), password: "test-pass-1" },
    { ip: nextIp(), device: `dev-${emailSeq}` },
  );
  const { code } = await ensureAffiliate(referrer.id);
  const referred = await signUp(
    { email: email("referred"), password: "test-pass-1" },
    { ip: nextIp(), code, device: "another-device" },
  );
  expect(referred.referredById).toBe(referrer.id);
  return { referrer, referred, code };
}

const affiliateBalance = async (userId: number) =>
  (await db.affiliate.findUniqueOrThrow({ where: { userId } })).balance;
const mainBalance = async (userId: number) =>
  (await db.user.findUniqueOrThrow({ where: { id: userId } })).balance;

async function expectBooksBalanced() {
  expect(await findLedgerDifferences()).toEqual([]);
  expect(await findAffiliateDifferences()).toEqual([]);
}

/** A gateway-style credit: one deposit row per gateway transaction id, however often it arrives. */
async function creditDeposit(userId: number, amount: bigint, gatewayTxId: string) {
  return db.$transaction((tx) =>
    changeBalance(tx, {
      userId,
      amount,
      type: LedgerType.DEPOSIT,
      note: "gateway",
      idempotencyKey: `deposit:test:${gatewayTxId}`,
    }),
  );
}

describe("referrals", () => {
  it("count visits for known codes only and record who referred a sign-up", async () => {
    const { referrer, code } = await affiliateWithReferral();
    expect(await recordVisit(code)).toBe(true);
    expect(await recordVisit(code)).toBe(true);
    expect(await recordVisit("nosuchcode")).toBe(false);
    expect(await recordVisit("../etc")).toBe(false);
    const overview = await getAffiliateOverview(referrer.id);
    expect(overview).toMatchObject({ code, visits: 2, signups: 1, converted: 0, conversionBps: 5_000 });
  });

  it("refuse a referral from the referrer's own IP or device, an unknown code, or a suspended referrer", async () => {
    const referrerIp = nextIp();
    const referrer = await signUp(
      { email: email("self"), password: "test-pass-1" },
      { ip: referrerIp, device: "referrer-device" },
    );
    const { code } = await ensureAffiliate(referrer.id);
    const sameIp = await signUp(
      { email: email("same-ip"), password: "test-pass-1" },
      { ip: referrerIp, code, device: "new-device" },
    );
    const sameDevice = await signUp(
      { email: email("same-device"), password: "test-pass-1" },
      { ip: nextIp(), code, device: "referrer-device" },
    );
    const unknown = await signUp(
      { email: email("unknown"), password: "test-pass-1" },
      { ip: nextIp(), code: "zzzzzzzz" },
    );
    expect([sameIp.referredById, sameDevice.referredById, unknown.referredById]).toEqual([null, null, null]);

    await db.user.update({ where: { id: referrer.id }, data: { lastLoginIp: "198.51.100.77" } });
    const lastLoginIp = await signUp(
      { email: email("login-ip"), password: "test-pass-1" },
      { ip: "198.51.100.77", code },
    );
    expect(lastLoginIp.referredById).toBeNull();

    await db.user.update({ where: { id: referrer.id }, data: { status: "SUSPENDED" } });
    const suspended = await signUp(
      { email: email("suspended"), password: "test-pass-1" },
      { ip: nextIp(), code },
    );
    expect(suspended.referredById).toBeNull();
  });
});

describe("commissions on deposits", () => {
  it("pay once for a deposit delivered 10 times in a row and 50 times at once", async () => {
    await updateSettings({ affiliateCommissionPercent: "10", affiliateBasis: "deposit" });
    const { referrer, referred } = await affiliateWithReferral();

    for (let i = 0; i < 10; i++)
      await creditDeposit(referred.id, 5_000_000n, "replayed").catch(() => undefined);
    const burst = await Promise.allSettled(
      Array.from({ length: 50 }, () => creditDeposit(referred.id, 2_000_000n, "concurrent")),
    );
    expect(burst.filter((r) => r.status === "fulfilled")).toHaveLength(1);

    expect(await mainBalance(referred.id)).toBe(7_000_000n);
    expect(await affiliateBalance(referrer.id)).toBe(700_000n);
    const commissions = await db.affiliateEntry.findMany({ where: { affiliateId: referrer.id } });
    expect(commissions.map((c) => [c.type, c.amount, c.referredUserId])).toEqual([
      ["COMMISSION", 500_000n, referred.id],
      ["COMMISSION", 200_000n, referred.id],
    ]);
    await expectBooksBalanced();
  });

  it("pay once for a manual payment approved by several admins at once", async () => {
    await updateSettings({ affiliateCommissionPercent: "5", affiliateBasis: "deposit" });
    const admin = await makeUser({ role: Role.ADMIN });
    const { referrer, referred } = await affiliateWithReferral();
    const request = await createPaymentRequest(referred.id, {
      amount: "40",
      method: "Bank transfer",
      reference: "wire",
    });
    await Promise.allSettled(Array.from({ length: 5 }, () => approvePayment(request.id, { id: admin.id })));
    expect(await affiliateBalance(referrer.id)).toBe(200_000n);
    expect((await getAffiliateOverview(referrer.id)).converted).toBe(1);
    await expectBooksBalanced();
  });

  it("take the commission back when the deposit is reversed, once", async () => {
    await updateSettings({ affiliateCommissionPercent: "10", affiliateBasis: "deposit" });
    const admin = await makeUser({ role: Role.ADMIN });
    const { referrer, referred } = await affiliateWithReferral();
    const { entryId } = await creditDeposit(referred.id, 3_000_000n, "to-reverse");
    expect(await affiliateBalance(referrer.id)).toBe(300_000n);

    const tries = await Promise.allSettled(
      Array.from({ length: 5 }, () => reverseDeposit(entryId, "chargeback", { id: admin.id })),
    );
    expect(tries.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    await expect(reverseDeposit(entryId, "again", { id: admin.id })).rejects.toThrow("already reversed");
    expect(await mainBalance(referred.id)).toBe(0n);
    expect(await affiliateBalance(referrer.id)).toBe(0n);
    expect((await getAffiliateOverview(referrer.id)).earned).toBe(0n);
    await expectBooksBalanced();
  });

  it("pay nothing to customers nobody referred, or when the percent is 0", async () => {
    await updateSettings({ affiliateCommissionPercent: "0", affiliateBasis: "deposit" });
    const { referrer, referred } = await affiliateWithReferral();
    await creditDeposit(referred.id, 1_000_000n, "zero-percent");
    expect(await affiliateBalance(referrer.id)).toBe(0n);
    expect(await db.affiliateEntry.count({ where: { affiliateId: referrer.id } })).toBe(0);
  });
});

describe("commissions on net spend", () => {
  it("pay a share of each charge and take back the same share of its refund", async () => {
    await updateSettings({ affiliateCommissionPercent: "10", affiliateBasis: "spend" });
    const { referrer, referred } = await affiliateWithReferral();
    await creditDeposit(referred.id, 10_000_000n, "spend-funds");
    expect(await affiliateBalance(referrer.id)).toBe(0n);

    const provider = await makeProvider();
    const service = await makeService(provider.id, { rate: 100_000n, cost: 50_000n });
    await makeOrder({
      userId: referred.id,
      serviceId: service.id,
      providerId: provider.id,
      charge: 4_000_000n,
      cost: 2_000_000n,
      refund: 1_000_001n,
    });
    // 10% of 40.00000 = 4.00000; 10% of 10.00001 rounded up = 1.00001 back.
    expect(await affiliateBalance(referrer.id)).toBe(400_000n - 100_001n);
    await expectBooksBalanced();
  });
});

describe("payouts", () => {
  it("never exceed the affiliate balance under 50 concurrent requests", async () => {
    await updateSettings({
      affiliateCommissionPercent: "10",
      affiliateBasis: "deposit",
      affiliateInstantPayout: true,
    });
    const { referrer, referred } = await affiliateWithReferral();
    await creditDeposit(referred.id, 1_000_000n, "payout-funds"); // commission 1.00000
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, () => payoutToBalance(referrer.id, 10_000n)),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(10);
    for (const r of results)
      if (r.status === "rejected") expect(String(r.reason)).toMatch(/Not enough affiliate earnings/);
    expect(await affiliateBalance(referrer.id)).toBe(0n);
    expect(await mainBalance(referrer.id)).toBe(100_000n);
    expect(
      await db.ledgerEntry.count({ where: { userId: referrer.id, type: LedgerType.AFFILIATE_PAYOUT } }),
    ).toBe(10);
    await expectBooksBalanced();
  });

  it("hold a withdrawal request, give it back on rejection, keep it on approval; each reviewed once", async () => {
    await updateSettings({
      affiliateCommissionPercent: "10",
      affiliateBasis: "deposit",
      affiliateMinWithdrawal: "1",
    });
    const admin = await makeUser({ role: Role.ADMIN });
    const { referrer, referred } = await affiliateWithReferral();
    await creditDeposit(referred.id, 5_000_000n, "withdraw-funds"); // commission 5.00000

    await expect(requestWithdrawal(referrer.id, 50_000n, "USDT TRC20 T...")).rejects.toThrow(
      /minimum withdrawal/,
    );
    const first = await requestWithdrawal(referrer.id, 200_000n, "USDT TRC20 Tabc");
    const second = await requestWithdrawal(referrer.id, 300_000n, "USDT TRC20 Tabc");
    await expect(requestWithdrawal(referrer.id, 100_000n, "more")).rejects.toThrow(
      /Not enough affiliate earnings/,
    );
    expect(await affiliateBalance(referrer.id)).toBe(0n);

    await rejectWithdrawal(first.id, "Wrong address", { id: admin.id });
    await expect(approveWithdrawal(first.id, { id: admin.id })).rejects.toThrow("already reviewed");
    const approvals = await Promise.allSettled(
      Array.from({ length: 5 }, () => approveWithdrawal(second.id, { id: admin.id })),
    );
    expect(approvals.filter((r) => r.status === "fulfilled")).toHaveLength(1);

    expect(await affiliateBalance(referrer.id)).toBe(200_000n);
    expect(await mainBalance(referrer.id)).toBe(0n);
    const audits = await db.auditLog.findMany({
      where: { targetType: "affiliate_payout" },
      orderBy: { id: "asc" },
    });
    expect(audits.map((a) => a.action)).toEqual(["affiliate.payout_reject", "affiliate.payout_approve"]);
    await expectBooksBalanced();
  });

  it("to the balance are refused when the owner turned them off", async () => {
    await updateSettings({ affiliateInstantPayout: false });
    const { referrer } = await affiliateWithReferral();
    await expect(payoutToBalance(referrer.id, 1n)).rejects.toThrow("turned off");
    await updateSettings({ affiliateInstantPayout: true });
  });
});
