import { describe, expect, it } from "vitest";
import { tierOf } from "@/lib/tiers/tiers";

const silver = { id: 1, name: "Silver", minSpent: 100n, discountBps: 100 };
const gold = { id: 2, name: "Gold", minSpent: 1_000n, discountBps: 300 };
const vip = { id: 3, name: "VIP", minSpent: 1_000_000n, discountBps: 1_000 };
const tiers = [silver, gold, vip];

describe("tierOf", () => {
  it("is the highest tier the spend reached when none is pinned", () => {
    expect(tierOf({ spent: 99n, pinnedTierId: null }, tiers)).toEqual({ tier: null, pinned: false });
    expect(tierOf({ spent: 1_000n, pinnedTierId: null }, tiers)).toEqual({ tier: gold, pinned: false });
  });

  it("is the pinned tier, above or below what the spend reached", () => {
    expect(tierOf({ spent: 0n, pinnedTierId: vip.id }, tiers)).toEqual({ tier: vip, pinned: true });
    expect(tierOf({ spent: 5_000n, pinnedTierId: silver.id }, tiers)).toEqual({ tier: silver, pinned: true });
  });

  it("falls back to the spend when the pinned tier no longer exists", () => {
    expect(tierOf({ spent: 1_000n, pinnedTierId: 99 }, tiers)).toEqual({ tier: gold, pinned: false });
  });
});
