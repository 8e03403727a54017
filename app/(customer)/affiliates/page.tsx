import { getLocale, getTranslations } from "next-intl/server";
import { PayoutForm } from "@/components/affiliates/payout-form";
import { AffiliateActivity } from "@/components/affiliates/affiliate-activity";
import { TierCard } from "@/components/affiliates/tier-card";
import { CopyButton } from "@/components/api-access/copy-button";
import { Card, PageHeader } from "@/components/ui/card";
import { getAffiliateOverview } from "@/lib/affiliates/affiliate-overview";
import { requireUser } from "@/lib/auth/session";
import { env } from "@/lib/env.mjs";
import { requestOrigin } from "@/lib/http/request-origin";
import { formatCurrency } from "@/lib/format";
import { formatPercentBps } from "@/lib/catalog/markup";
import { parseMoney } from "@/lib/money";
import { getSettings } from "@/lib/settings/settings";
import { getUserTier } from "@/lib/tiers/tiers";

export async function generateMetadata() {
  return { title: (await getTranslations("affiliates"))("title") };
}

export default async function AffiliatesPage() {
  const user = await requireUser();
  const [t, locale, settings, overview, tier] = await Promise.all([
    getTranslations("affiliates"),
    getLocale(),
    getSettings(),
    getAffiliateOverview(user.id),
    getUserTier(user.id),
  ]);
  const money = (units: bigint) => formatCurrency(units, settings, locale);
  // The panel's public address, else the one this customer used (never a bare path to copy).
  const link = `${(env.NEXTAUTH_URL ?? (await requestOrigin())).replace(/\/$/, "")}/r/${overview.code}`;
  const stats = [
    { label: t("visits"), value: overview.visits.toLocaleString(locale) },
    { label: t("signups"), value: overview.signups.toLocaleString(locale) },
    {
      label: t("conversion"),
      value: overview.conversionBps === null ? "—" : `${formatPercentBps(overview.conversionBps)}%`,
    },
    { label: t("earned"), value: money(overview.earned) },
  ];

  return (
    <>
      <PageHeader
        title={t("title")}
        description={t(settings.affiliateBasis === "spend" ? "descriptionSpend" : "descriptionDeposit", {
          percent: settings.affiliateCommissionPercent,
        })}
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <Card title={t("yourLink")} className="lg:col-span-2">
          <div className="flex flex-wrap items-center gap-2">
            <code
              className="min-w-0 flex-1 break-all rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-800"
              data-testid="referral-link"
            >
              {link}
            </code>
            <CopyButton text={link} label={t("copy")} />
          </div>
          <dl className="mt-4 grid grid-cols-2 gap-3 sm:grid-cols-4">
            {stats.map((stat) => (
              <div key={stat.label} className="rounded-md bg-slate-50 px-3 py-2">
                <dt className="text-xs text-slate-600">{stat.label}</dt>
                <dd className="text-lg font-semibold text-slate-900">{stat.value}</dd>
              </div>
            ))}
          </dl>
        </Card>
        <TierCard tier={tier} money={money} />
      </div>
      <Card title={t("available")} className="mt-6">
        <p className="text-2xl font-semibold text-slate-900" data-testid="affiliate-balance">
          {money(overview.available)}
        </p>
        <p className="mb-4 mt-1 text-sm text-slate-600">
          {t("pending")}: <span data-testid="affiliate-pending">{money(overview.pending)}</span>
          <span className="mt-1 block text-xs">{t("pendingHint")}</span>
        </p>
        <PayoutForm
          instant={settings.affiliateInstantPayout}
          minimum={money(parseMoney(settings.affiliateMinWithdrawal) ?? 0n)}
          currencySymbol={settings.currencySymbol}
        />
      </Card>
      <AffiliateActivity overview={overview} money={money} />
    </>
  );
}
