import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { WithdrawalReview } from "@/components/admin/affiliates/withdrawal-review";
import { PaymentStatusBadge } from "@/components/admin/payments/payment-status";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Table, td, th } from "@/components/ui/table";
import { listAffiliates, listWithdrawals } from "@/lib/affiliates/affiliate-overview";
import { requireAdminPage } from "@/lib/auth/session";
import { formatCurrency, formatDateTime } from "@/lib/format";
import { enumParam, hrefWith, type SearchParams } from "@/lib/http/url-filters";
import { getSettings } from "@/lib/settings/settings";

export async function generateMetadata() {
  return { title: (await getTranslations("affiliatesAdmin"))("title") };
}

const TABS = ["PENDING", "APPROVED", "REJECTED", "ALL"] as const;

export default async function AdminAffiliatesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireAdminPage();
  const tab = enumParam(await searchParams, "status", TABS, "PENDING");
  const [t, locale, settings, affiliates, withdrawals] = await Promise.all([
    getTranslations("affiliatesAdmin"),
    getLocale(),
    getSettings(),
    listAffiliates(),
    listWithdrawals(tab),
  ]);
  const money = (units: bigint) => formatCurrency(units, settings, locale);

  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description", {
          percent: settings.affiliateCommissionPercent,
          basis: t(`basis.${settings.affiliateBasis}`),
        })}
      />
      <h2 className="mb-2 text-sm font-semibold text-slate-800">{t("withdrawals")}</h2>
      <nav className="mb-4 flex flex-wrap gap-2" aria-label={t("statusFilter")}>
        {TABS.map((value) => (
          <Link
            key={value}
            href={hrefWith("/admin/affiliates", {}, { status: value === "PENDING" ? undefined : value })}
            aria-current={tab === value ? "page" : undefined}
            className="rounded-full border border-slate-300 bg-white px-3 py-1 text-sm text-slate-700 hover:bg-slate-50 aria-[current=page]:border-brand-600 aria-[current=page]:bg-brand-50 aria-[current=page]:text-brand-700"
          >
            {t(`tab.${value}`)}
          </Link>
        ))}
      </nav>
      {withdrawals.length === 0 ? (
        <EmptyState title={t("noWithdrawals")} />
      ) : (
        <Table>
          <thead>
            <tr>
              <th className={th}>{t("request")}</th>
              <th className={th}>{t("affiliate")}</th>
              <th className={`${th} text-right`}>{t("amount")}</th>
              <th className={th}>{t("sendTo")}</th>
              <th className={th}>{t("status")}</th>
              <th className={th}>{t("review")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {withdrawals.map((w) => (
              <tr key={w.id} data-testid={`withdrawal-row-${w.id}`}>
                <td className={`${td} whitespace-nowrap`}>
                  #{w.id}
                  <div className="text-xs text-slate-600">{formatDateTime(w.createdAt)}</div>
                </td>
                <td className={td}>
                  <Link href={`/admin/users/${w.affiliateId}`} className="text-brand-700 hover:underline">
                    {w.affiliate.user.email}
                  </Link>
                </td>
                <td className={`${td} text-right font-medium tabular-nums`}>{money(w.amount)}</td>
                <td className={`${td} max-w-xs break-words`}>{w.details}</td>
                <td className={td}>
                  <PaymentStatusBadge status={w.status} />
                  {w.reason && <div className="mt-1 max-w-xs text-xs text-slate-600">{w.reason}</div>}
                </td>
                <td className={td}>
                  {w.status === "PENDING" ? (
                    <WithdrawalReview id={w.id} summary={`${money(w.amount)} · ${w.affiliate.user.email}`} />
                  ) : (
                    "—"
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}

      <h2 className="mb-2 mt-8 text-sm font-semibold text-slate-800">{t("affiliates")}</h2>
      {affiliates.length === 0 ? (
        <EmptyState title={t("noAffiliates")} />
      ) : (
        <Table>
          <thead>
            <tr>
              <th className={th}>{t("affiliate")}</th>
              <th className={th}>{t("code")}</th>
              <th className={`${th} text-right`}>{t("visits")}</th>
              <th className={`${th} text-right`}>{t("signups")}</th>
              <th className={`${th} text-right`}>{t("earned")}</th>
              <th className={`${th} text-right`}>{t("available")}</th>
              <th className={`${th} text-right`}>{t("pending")}</th>
              <th className={`${th} text-right`}>{t("balance")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {affiliates.map((a) => (
              <tr key={a.userId} data-testid={`affiliate-row-${a.userId}`}>
                <td className={td}>
                  <Link href={`/admin/users/${a.userId}`} className="text-brand-700 hover:underline">
                    {a.email}
                  </Link>
                </td>
                <td className={`${td} font-mono text-xs`}>{a.code}</td>
                <td className={`${td} text-right tabular-nums`}>{a.visits.toLocaleString(locale)}</td>
                <td className={`${td} text-right tabular-nums`}>{a.signups.toLocaleString(locale)}</td>
                <td className={`${td} text-right tabular-nums`}>{money(a.earned)}</td>
                <td className={`${td} text-right tabular-nums`}>{money(a.available)}</td>
                <td className={`${td} text-right tabular-nums`}>{money(a.pending)}</td>
                <td className={`${td} text-right tabular-nums`}>{money(a.balance)}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
