import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { inputClass } from "@/components/ui/field";
import { Pagination } from "@/components/ui/pagination";
import { Table, td, th } from "@/components/ui/table";
import { DepositStatusBadge } from "@/components/admin/deposits/deposit-status";
import { requireAdminPage } from "@/lib/auth/session";
import { formatCurrency, formatDateTime } from "@/lib/format";
import { enumParam, firstParam, hrefWith, pageParam, type SearchParams } from "@/lib/http/url-filters";
import { listDeposits } from "@/lib/payments/list-deposits";
import { listTransfers } from "@/lib/payments/transfer-queue";
import { getSettings } from "@/lib/settings/settings";

export const metadata = { title: "Deposits" };

const STATUSES = ["PENDING", "CREDITED", "REVIEW", "EXPIRED", "FAILED"] as const;

export default async function AdminDepositsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireAdminPage();
  const params = await searchParams;
  const tab = enumParam(params, "status", [...STATUSES, "all"] as const, "all");
  const gateway = enumParam(params, "gateway", ["sepay", "nowpayments"] as const);
  const q = firstParam(params, "q", 100);
  const [result, queue, settings, t, locale] = await Promise.all([
    listDeposits({ status: tab === "all" ? undefined : tab, gateway, q, page: pageParam(params) }),
    listTransfers({ status: "QUEUED" }),
    getSettings(),
    getTranslations("adminDeposits"),
    getLocale(),
  ]);
  const money = (units: bigint) => formatCurrency(units, settings, locale);
  const keep = { gateway, q };

  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <div className="flex flex-wrap gap-2 text-sm">
            <Link
              href="/admin/deposits/queue"
              className="rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium text-slate-700 hover:bg-slate-50"
            >
              {t("queueLink", { count: queue.queued })}
            </Link>
            <Link
              href="/admin/deposits/gateways"
              className="rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium text-slate-700 hover:bg-slate-50"
            >
              {t("gatewaysLink")}
            </Link>
          </div>
        }
      />
      <nav className="mb-3 flex flex-wrap gap-2" aria-label={t("col.status")}>
        {(["all", ...STATUSES] as const).map((s) => (
          <Link
            key={s}
            href={hrefWith("/admin/deposits", keep, { status: s === "all" ? undefined : s })}
            aria-current={tab === s ? "page" : undefined}
            className="rounded-full border border-slate-300 bg-white px-3 py-1 text-sm text-slate-700 hover:bg-slate-50 aria-[current=page]:border-brand-600 aria-[current=page]:bg-brand-50 aria-[current=page]:text-brand-700"
          >
            {t(`tabs.${s}`)}
          </Link>
        ))}
      </nav>
      <form className="mb-4 flex flex-wrap gap-2" action="/admin/deposits">
        {tab !== "all" && <input type="hidden" name="status" value={tab} />}
        <input
          name="q"
          defaultValue={q}
          placeholder={t("search")}
          aria-label={t("search")}
          className={`${inputClass} max-w-xs`}
        />
        <select
          name="gateway"
          defaultValue={gateway ?? ""}
          aria-label={t("gateway.all")}
          className={`${inputClass} max-w-xs`}
        >
          <option value="">{t("gateway.all")}</option>
          <option value="sepay">{t("gateway.sepay")}</option>
          <option value="nowpayments">{t("gateway.nowpayments")}</option>
        </select>
        <button className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-50">
          {t("filter")}
        </button>
      </form>
      {result.rows.length === 0 ? (
        <EmptyState title={t("empty")}>{t("emptyHint")}</EmptyState>
      ) : (
        <Table>
          <thead>
            <tr>
              <th className={th}>{t("col.deposit")}</th>
              <th className={th}>{t("col.customer")}</th>
              <th className={`${th} text-right`}>{t("col.amount")}</th>
              <th className={`${th} text-right`}>{t("col.paid")}</th>
              <th className={th}>{t("col.status")}</th>
              <th className={th}>{t("col.created")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {result.rows.map((d) => (
              <tr key={d.id}>
                <td className={td}>
                  <Link
                    href={`/admin/deposits/${d.id}`}
                    className="font-medium text-brand-700 hover:underline"
                  >
                    {d.code}
                  </Link>
                  <div className="text-xs text-slate-500">
                    {t(`gateway.${d.gateway === "sepay" ? "sepay" : "nowpayments"}`)}
                  </div>
                </td>
                <td className={td}>
                  <Link href={`/admin/users/${d.user.id}`} className="hover:underline">
                    {d.user.email}
                  </Link>
                </td>
                <td className={`${td} text-right`}>{money(d.amount)}</td>
                <td className={`${td} whitespace-nowrap text-right`}>
                  {d.payAmount} {d.payCurrency}
                </td>
                <td className={td}>
                  <DepositStatusBadge status={d.status} label={t(`status.${d.status}`)} />
                </td>
                <td className={`${td} whitespace-nowrap`}>{formatDateTime(d.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <Pagination
        path="/admin/deposits"
        params={{ ...keep, status: tab === "all" ? undefined : tab }}
        page={result.page}
        pageCount={result.pageCount}
        total={result.total}
      />
    </>
  );
}
