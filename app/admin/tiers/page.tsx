import { getTranslations } from "next-intl/server";
import { TierEditor } from "@/components/admin/tiers/tier-editor";
import { PageHeader } from "@/components/ui/card";
import { requireAdminPage } from "@/lib/auth/session";
import { formatPercentBps } from "@/lib/catalog/markup";
import { formatMoney } from "@/lib/money";
import { getSettings } from "@/lib/settings/settings";
import { listTiers } from "@/lib/tiers/tiers";

export async function generateMetadata() {
  return { title: (await getTranslations("tiers"))("admin.title") };
}

export default async function AdminTiersPage() {
  await requireAdminPage();
  const [t, tiers, settings] = await Promise.all([getTranslations("tiers"), listTiers(), getSettings()]);
  const rows = tiers.map((tier) => ({
    id: tier.id,
    name: tier.name,
    minSpent: formatMoney(tier.minSpent).replace(/\.?0+$/, ""),
    discount: formatPercentBps(tier.discountBps),
  }));
  return (
    <>
      <PageHeader title={t("admin.title")} description={t("admin.description")} />
      <TierEditor tiers={rows} currencySymbol={settings.currencySymbol} />
    </>
  );
}
