import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { DepositStatusBadge } from "@/components/admin/deposits/deposit-status";
import { TransferActions } from "@/components/admin/deposits/transfer-actions";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { Table, td, th } from "@/components/ui/table";
import { requireAdminPage } from "@/lib/auth/session";
import { formatCurrency, formatDateTime } from "@/lib/format";
import { enumParam, hrefWith, pageParam, type SearchParams } from "@/lib/http/url-filters";
import { listTransfers } from "@/lib/payments/transfer-queue";
import { getSettings } from "@/lib/settings/settings";

export const metadata = { title: "Unmatched transfers" };

const TABS = ["QUEUED", "CREDITED", "HANDLED", "all"] as const;

export default async function TransferQueuePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireAdminPage();
  const params = await searchParams;
  const tab = enumParam(params, "status", TABS, "QUEUED");
  const [result, settings, t, locale] = await Promise.all([
    listTransfers({ status: tab === "all" ? undefined : tab, page: pageParam(params) }),
    getSettings(),
    getTranslations("adminDeposits"),
    getLocale(),
  ]);
  const money = (units: bigint) => formatCurrency(units, settings, locale);

  return (
    <>
      <PageHeader title={t("queueTitle")} description={t("queueDescription")} />
      <nav className="mb-4 flex flex-wrap gap-2" aria-label={t("col.status")}>
        {TABS.map((s) => (
          <Link
            key={s}
            href={hrefWith("/admin/deposits/queue", {}, { status: s === "QUEUED" ? undefined : s })}
            aria-current={tab === s ? "page" : undefined}
            className="rounded-full border border-slate-300 bg-white px-3 py-1 text-sm text-slate-700 hover:bg-slate-50 aria-[current=page]:border-brand-600 aria-[current=page]:bg-brand-50 aria-[current=page]:text-brand-700"
          >
            {t(`queueTabs.${s}`)}
            {s === "QUEUED" && result.queued > 0 && (
              <span className="ml-1 font-semibold">({result.queued})</span>
            )}
          </Link>
        ))}
      </nav>
      {result.rows.length === 0 ? (
        <EmptyState title={t("queueEmpty")} />
      ) : (
        <Table>
          <thead>
            <tr>
              <th className={th}>{t("col.transfer")}</th>
              <th className={`${th} text-right`}>{t("col.amount")}</th>
              <th className={th}>{t("col.content")}</th>
              <th className={th}>{t("col.reason")}</th>
              <th className={th}>{t("col.actions")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {result.rows.map((tr) => (
              <tr key={tr.id} data-testid={`transfer-${tr.externalId}`}>
                <td className={td}>
                  <div className="font-medium">
                    {tr.gateway} #{tr.externalId}
                  </div>
                  <div className="text-xs text-slate-500">{formatDateTime(tr.createdAt)}</div>
                  {tr.deposit && (
                    <Link
                      href={`/admin/deposits/${tr.deposit.id}`}
                      className="text-xs text-brand-700 hover:underline"
                    >
                      {tr.deposit.code} · {tr.deposit.user.email}
                    </Link>
                  )}
                </td>
                <td className={`${td} whitespace-nowrap text-right`}>
                  {money(tr.amount)}
                  <div className="text-xs text-slate-500">
                    {tr.grossAmount} {tr.currency}
                  </div>
                </td>
                <td className={`${td} max-w-xs break-words text-xs`}>{tr.content}</td>
                <td className={td}>
                  <DepositStatusBadge status={tr.status} label={t(`transferStatus.${tr.status}`)} />
                  {tr.reason && (
                    <div className="mt-1 text-xs text-slate-600">
                      {t.has(`reason.${tr.reason}`) ? t(`reason.${tr.reason}`) : tr.reason}
                    </div>
                  )}
                </td>
                <td className={td}>
                  {tr.status === "QUEUED" && (
                    <TransferActions
                      id={tr.id}
                      suggestedEmail={tr.deposit?.user.email}
                      askAmount={tr.amount === 0n}
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <Pagination
        path="/admin/deposits/queue"
        params={{ status: tab === "QUEUED" ? undefined : tab }}
        page={result.page}
        pageCount={result.pageCount}
      />
    </>
  );
}
