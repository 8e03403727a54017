import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { getUserTier, listTiers } from "@/lib/tiers/tiers";
import { TierPinForm } from "./tier-pin-form";

/** The user page's loyalty tier: earned or pinned, and the admin's pin. */
export async function TierPinCard({ userId, money }: { userId: number; money: (units: bigint) => string }) {
  const [t, tier, tiers] = await Promise.all([getTranslations("tiers"), getUserTier(userId), listTiers()]);
  return (
    <Card title={t("admin.pinTitle")}>
      <p className="mb-3 text-sm text-slate-700" data-testid="user-tier">
        {tier.tier ? tier.tier.name : t("none")} · {t("spent", { amount: money(tier.spent) })}
      </p>
      <TierPinForm
        userId={userId}
        pinnedId={tier.pinned ? (tier.tier?.id ?? null) : null}
        tiers={tiers.map((x) => ({ id: x.id, name: x.name }))}
      />
    </Card>
  );
}
