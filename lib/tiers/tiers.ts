// Loyalty tiers: a customer whose net spend (charges minus refunds, User.spent) reached a tier's
// threshold gets its discount on every service. The tier is read from `spent` when prices are
// computed, so it moves the moment spend crosses a threshold; an admin may pin a customer to a
// tier instead. The discount reaches prices through lib/catalog/user-rate.ts, never below cost.
import { directRead } from "../db/direct-read";
import { directStatement } from "../db/statement";

export type TierRow = { id: number; name: string; minSpent: bigint; discountBps: number };

/** The highest tier whose threshold `spent` has reached (exactly at the threshold counts). */
export function tierForSpend<T extends TierRow>(spent: bigint, tiers: readonly T[]): T | null {
  let best: T | null = null;
  for (const tier of tiers)
    if (spent >= tier.minSpent && (!best || tier.minSpent > best.minSpent)) best = tier;
  return best;
}

/** The lowest tier above the current one, for "how far to the next tier". */
export function nextTierAfter<T extends TierRow>(spent: bigint, tiers: readonly T[]): T | null {
  let next: T | null = null;
  for (const tier of tiers)
    if (tier.minSpent > spent && (!next || tier.minSpent < next.minSpent)) next = tier;
  return next;
}

// Every placement prices through the tiers (lib/catalog/user-rate.ts): one prepared read.
const TIERS = directStatement(
  "tiers",
  `SELECT id, name, "minSpent", "discountBps" FROM "Tier" ORDER BY "minSpent"`,
);

export async function listTiers(): Promise<TierRow[]> {
  return (await directRead(TIERS, [])).map((t) => ({
    id: Number(t.id),
    name: String(t.name),
    minSpent: BigInt(t.minSpent as bigint),
    discountBps: Number(t.discountBps),
  }));
}

export type TierStanding = { spent: bigint; pinnedTierId: number | null };

/**
 * The tier a customer is in: the one an admin pinned them to, while it exists, else the highest
 * their spend reached. The one rule for prices (lib/catalog/user-rate.ts) and the tier pages alike.
 */
export function tierOf<T extends TierRow>(
  standing: TierStanding,
  tiers: readonly T[],
): { tier: T | null; pinned: boolean } {
  const pinned =
    standing.pinnedTierId === null ? undefined : tiers.find((t) => t.id === standing.pinnedTierId);
  return pinned
    ? { tier: pinned, pinned: true }
    : { tier: tierForSpend(standing.spent, tiers), pinned: false };
}

const TIER_STANDING = directStatement(
  "tier-standing",
  `SELECT spent, "pinnedTierId" FROM "User" WHERE id = $1`,
);

/** A user's spend and pinned tier, read on the driver as the tiers are. */
async function readTierStanding(userId: number): Promise<TierStanding | null> {
  const [row] = await directRead(TIER_STANDING, [userId]);
  return row
    ? {
        spent: BigInt(row.spent as bigint),
        pinnedTierId: row.pinnedTierId === null ? null : Number(row.pinnedTierId),
      }
    : null;
}

export type UserTier = {
  tier: TierRow | null;
  pinned: boolean;
  spent: bigint;
  next: TierRow | null;
  toNext: bigint | null;
};

/** Where a customer stands: their tier (pinned or earned), and what is left to the next one. */
export async function getUserTier(userId: number): Promise<UserTier> {
  const [standing, tiers] = await Promise.all([readTierStanding(userId), listTiers()]);
  if (!standing) throw new Error(`user #${userId} not found`);
  const { tier, pinned } = tierOf(standing, tiers);
  const next = pinned ? null : nextTierAfter(standing.spent, tiers);
  return { tier, pinned, spent: standing.spent, next, toNext: next ? next.minSpent - standing.spent : null };
}
