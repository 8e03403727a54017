import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { formatPercentBps } from "@/lib/catalog/markup";
import type { UserTier } from "@/lib/tiers/tiers";

/** The customer's loyalty tier and how far the next one is. */
export async function TierCard({ tier, money }: { tier: UserTier; money: (units: bigint) => string }) {
  const t = await getTranslations("tiers");
  const progress =
    tier.next && tier.next.minSpent > 0n ? Number((tier.spent * 100n) / tier.next.minSpent) : 100;
  return (
    <Card title={t("title")}>
      <p className="text-lg font-semibold text-slate-900" data-testid="tier-name">
        {tier.tier ? tier.tier.name : t("none")}
      </p>
      <p className="text-sm text-slate-600">
        {tier.tier ? t("discount", { percent: formatPercentBps(tier.tier.discountBps) }) : t("noDiscount")}
        {tier.pinned && ` · ${t("pinned")}`}
      </p>
      <p className="mt-3 text-xs text-slate-600">{t("spent", { amount: money(tier.spent) })}</p>
      {tier.next && tier.toNext !== null && (
        <div className="mt-2">
          <progress
            className="h-2 w-full accent-brand-600"
            max={100}
            value={Math.min(100, progress)}
            aria-label={t("progress")}
          />
          <p className="mt-1 text-xs text-slate-600">
            {t("toNext", {
              amount: money(tier.toNext),
              name: tier.next.name,
              percent: formatPercentBps(tier.next.discountBps),
            })}
          </p>
        </div>
      )}
    </Card>
  );
}
