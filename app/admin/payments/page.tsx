import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { PaymentReview } from "@/components/admin/payments/payment-review";
import { PaymentStatusBadge } from "@/components/admin/payments/payment-status";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { Table, td, th } from "@/components/ui/table";
import { requireAdminPage } from "@/lib/auth/session";
import { formatCurrency, formatDateTime } from "@/lib/format";
import { enumParam, hrefWith, pageParam, type SearchParams } from "@/lib/http/url-filters";
import { listPayments } from "@/lib/payments/list-payments";
import { PAYMENT_STATUSES } from "@/lib/payments/payment-input";
import { getSettings } from "@/lib/settings/settings";

export async function generateMetadata() {
  return { title: (await getTranslations("adminPayments"))("title") };
}

const TABS = ["PENDING", "APPROVED", "REJECTED", "all"] as const;

export default async function PaymentsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireAdminPage();
  const params = await searchParams;
  const tab = enumParam(params, "status", [...PAYMENT_STATUSES, "all"] as const, "PENDING");
  const [result, settings, t, locale] = await Promise.all([
    listPayments({ status: tab === "all" ? undefined : tab, page: pageParam(params) }),
    getSettings(),
    getTranslations("adminPayments"),
    getLocale(),
  ]);
  const money = (units: bigint) => formatCurrency(units, settings, locale);

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <nav className="mb-4 flex flex-wrap gap-2" aria-label={t("statusNav")}>
        {TABS.map((value) => (
          <Link
            key={value}
            href={hrefWith("/admin/payments", {}, { status: value === "PENDING" ? undefined : value })}
            aria-current={tab === value ? "page" : undefined}
            className="rounded-full border border-slate-300 bg-white px-3 py-1 text-sm text-slate-700 hover:bg-slate-50 aria-[current=page]:border-brand-600 aria-[current=page]:bg-brand-50 aria-[current=page]:text-brand-700"
          >
            {t(`tab.${value}`)}
            {value === "PENDING" && result.pending > 0 && (
              <span className="ml-1 font-semibold">({result.pending})</span>
            )}
          </Link>
        ))}
      </nav>
      {result.rows.length === 0 ? (
        <EmptyState title={tab === "PENDING" ? t("emptyPending") : t("empty")}>{t("emptyHint")}</EmptyState>
      ) : (
        <Table>
          <thead>
            <tr>
              <th className={th}>{t("col.request")}</th>
              <th className={th}>{t("col.customer")}</th>
              <th className={`${th} text-right`}>{t("col.amount")}</th>
              <th className={th}>{t("col.method")}</th>
              <th className={th}>{t("col.status")}</th>
              <th className={th}>{t("col.review")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {result.rows.map((p) => (
              <tr key={p.id} data-testid={`payment-row-${p.id}`}>
                <td className={`${td} whitespace-nowrap`}>
                  #{p.id}
                  <div className="text-xs text-slate-500">{formatDateTime(p.createdAt, locale)}</div>
                </td>
                <td className={td}>
                  <Link href={`/admin/users/${p.user.id}`} className="text-brand-700 hover:underline">
                    {p.user.email}
                  </Link>
                </td>
                <td className={`${td} text-right font-medium tabular-nums`}>{money(p.amount)}</td>
                <td className={td}>
                  {p.method}
                  <div className="max-w-xs break-words text-xs text-slate-500">{p.reference}</div>
                </td>
                <td className={td}>
                  <PaymentStatusBadge status={p.status} />
                  {p.reason && <div className="mt-1 max-w-xs text-xs text-slate-500">{p.reason}</div>}
                  {p.reviewedAt && (
                    <div className="text-xs text-slate-400">
                      {t("reviewedBy", {
                        date: formatDateTime(p.reviewedAt, locale),
                        id: String(p.reviewedById),
                      })}
                    </div>
                  )}
                </td>
                <td className={td}>
                  {p.status === "PENDING" ? (
                    <PaymentReview
                      id={p.id}
                      summary={t("summary", { amount: money(p.amount), email: p.user.email })}
                    />
                  ) : (
                    "—"
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <Pagination
        path="/admin/payments"
        params={{ status: tab === "PENDING" ? undefined : tab }}
        page={result.page}
        pageCount={result.pageCount}
        total={result.total}
      />
    </>
  );
}
