// Loyalty tiers: a customer whose net spend (charges minus refunds, User.spent) reached a tier's
// threshold gets its discount on every service. The tier is read from `spent` when prices are
// computed, so it moves the moment spend crosses a threshold; an admin may pin a customer to a
// tier instead. The discount reaches prices through lib/catalog/user-rate.ts, never below cost.
import { db } from "../db";
import { directRead } from "../db/direct-read";
import { directStatement } from "../db/statement";

export type TierRow = { id: number; name: string; minSpent: bigint; discountBps: number };

/** The highest tier whose threshold `spent` has reached (exactly at the threshold counts). */
export function tierForSpend<T extends TierRow>(spent: bigint, tiers: readonly T[]): T | null {
  let best: T | null = null;
  for (const tier of tiers) if (spent >= tier.minSpent && (!best || tier.minSpent > best.minSpent)) best = tier;
  return best;
}

/** The lowest tier above the current one, for "how far to the next tier". */
export function nextTierAfter<T extends TierRow>(spent: bigint, tiers: readonly T[]): T | null {
  let next: T | null = null;
  for (const tier of tiers) if (tier.minSpent > spent && (!next || tier.minSpent < next.minSpent)) next = tier;
  return next;
}

// Every placement prices through the tiers (lib/catalog/user-rate.ts): one prepared read.
const TIERS = directStatement("tiers", `SELECT id, name, "minSpent", "discountBps" FROM "Tier" ORDER BY "minSpent"`);

export async function listTiers(): Promise<TierRow[]> {
  return (await directRead(TIERS, [])).map((t) => ({ id: Number(t.id), name: String(t.name), minSpent: BigInt(t.minSpent as bigint), discountBps: Number(t.discountBps) }));
}

export type UserTier = { tier: TierRow | null; pinned: boolean; spent: bigint; next: TierRow | null; toNext: bigint | null };

/** Where a customer stands: their tier (pinned or earned), and what is left to the next one. */
export async function getUserTier(userId: number): Promise<UserTier> {
  const [user, tiers] = await Promise.all([db.user.findUniqueOrThrow({ where: { id: userId }, select: { spent: true, pinnedTierId: true } }), listTiers()]);
  const pinned = user.pinnedTierId === null ? null : (tiers.find((t) => t.id === user.pinnedTierId) ?? null);
  const tier = pinned ?? tierForSpend(user.spent, tiers);
  const next = pinned ? null : nextTierAfter(user.spent, tiers);
  return { tier, pinned: pinned !== null, spent: user.spent, next, toNext: next ? next.minSpent - user.spent : null };
}
