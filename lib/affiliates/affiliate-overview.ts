// What the Affiliates pages show: a customer's link, visits, sign-ups, conversions, earnings and
// payouts; the admin's list of affiliates and of withdrawal requests.
import { AffiliateEntryType, db, LedgerType, PaymentStatus } from "../db";
import { availableEarnings } from "./change-affiliate-balance";
import { ensureAffiliate } from "./referral";

const RECENT = 25;

export async function getAffiliateOverview(userId: number) {
  const affiliate = await ensureAffiliate(userId);
  const [signups, converted, earned, reversed, payouts, entries, available] = await Promise.all([
    db.user.count({ where: { referredById: userId } }),
    db.user.count({ where: { referredById: userId, ledger: { some: { type: LedgerType.DEPOSIT } } } }),
    db.affiliateEntry.aggregate({
      where: { affiliateId: userId, type: AffiliateEntryType.COMMISSION },
      _sum: { amount: true },
    }),
    db.affiliateEntry.aggregate({
      where: { affiliateId: userId, type: AffiliateEntryType.COMMISSION_REVERSAL },
      _sum: { amount: true },
    }),
    db.affiliatePayout.findMany({ where: { affiliateId: userId }, orderBy: { id: "desc" }, take: RECENT }),
    db.affiliateEntry.findMany({ where: { affiliateId: userId }, orderBy: { id: "desc" }, take: RECENT }),
    availableEarnings(db, userId),
  ]);
  return {
    code: affiliate.code,
    visits: affiliate.visits,
    signups,
    converted,
    /** Sign-ups per visit, in basis points; null before the first visit. */
    conversionBps: affiliate.visits > 0 ? Math.round((signups * 10_000) / affiliate.visits) : null,
    earned: (earned._sum.amount ?? 0n) + (reversed._sum.amount ?? 0n),
    balance: affiliate.balance,
    /** Spendable now; the rest of the balance waits for its orders to end or its deposit hold. */
    available,
    pending: affiliate.balance - available,
    payouts,
    entries,
  };
}

export type AffiliateOverview = Awaited<ReturnType<typeof getAffiliateOverview>>;

/** Affiliates with at least one referral or a balance, the most earning first. */
export async function listAffiliates() {
  const affiliates = await db.affiliate.findMany({
    where: { OR: [{ balance: { not: 0n } }, { visits: { gt: 0 } }, { user: { referrals: { some: {} } } }] },
    select: {
      userId: true,
      code: true,
      visits: true,
      balance: true,
      user: { select: { email: true, _count: { select: { referrals: true } } } },
    },
    orderBy: [{ balance: "desc" }, { userId: "asc" }],
    take: 200,
  });
  const earned = await db.affiliateEntry.groupBy({
    by: ["affiliateId"],
    where: {
      affiliateId: { in: affiliates.map((a) => a.userId) },
      type: { in: [AffiliateEntryType.COMMISSION, AffiliateEntryType.COMMISSION_REVERSAL] },
    },
    _sum: { amount: true },
  });
  const earnedBy = new Map(earned.map((row) => [row.affiliateId, row._sum.amount ?? 0n]));
  const available = await Promise.all(affiliates.map((a) => availableEarnings(db, a.userId)));
  return affiliates.map((a, i) => ({
    userId: a.userId,
    email: a.user.email,
    code: a.code,
    visits: a.visits,
    signups: a.user._count.referrals,
    balance: a.balance,
    available: available[i],
    pending: a.balance - available[i],
    earned: earnedBy.get(a.userId) ?? 0n,
  }));
}

export function listWithdrawals(status: PaymentStatus | "ALL" = PaymentStatus.PENDING) {
  return db.affiliatePayout.findMany({
    where: { method: "withdrawal", ...(status === "ALL" ? {} : { status }) },
    include: { affiliate: { select: { user: { select: { email: true } } } } },
    orderBy: { id: "desc" },
    take: 200,
  });
}

/** Pending withdrawal requests, for the admin's "Needs attention" and menu badge. */
export function countPendingWithdrawals(): Promise<number> {
  return db.affiliatePayout.count({ where: { method: "withdrawal", status: PaymentStatus.PENDING } });
}
