import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ExternalLink } from "@/components/orders/external-link";
import { RefillStatusBadge } from "@/components/orders/status-badge";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { Table, td, th } from "@/components/ui/table";
import { requireUser } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { pageParam, type SearchParams } from "@/lib/http/url-filters";
import { listCustomerRefills } from "@/lib/orders/list-orders";

export async function generateMetadata() {
  return { title: (await getTranslations("refills"))("title") };
}

export default async function RefillsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  const params = await searchParams;
  const [refills, t, locale] = await Promise.all([
    listCustomerRefills({ userId: user.id, page: pageParam(params) }),
    getTranslations("refills"),
    getLocale(),
  ]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      {refills.total === 0 ? (
        <EmptyState title={t("empty")}>
          {t.rich("emptyHint", {
            orders: (chunks) => (
              <Link href="/orders?tab=completed" className="text-brand-700 underline hover:no-underline">
                {chunks}
              </Link>
            ),
          })}
        </EmptyState>
      ) : (
        <>
          {/* A card per refill on phones, the table from the small breakpoint up. */}
          <ul className="space-y-2 sm:hidden" aria-label={t("title")}>
            {refills.rows.map((r) => (
              <li
                key={r.id}
                className="rounded-lg border border-slate-200 bg-white p-3 text-sm shadow-sm"
                data-testid="refill-card"
              >
                <div className="flex items-start justify-between gap-3">
                  <span className="font-medium text-slate-900">
                    {t.rich("refillOfOrder", {
                      refill: r.id,
                      order: r.orderId,
                      link: (chunks) => (
                        <Link href={`/orders?q=${r.orderId}`} className="text-brand-700 hover:underline">
                          {chunks}
                        </Link>
                      ),
                    })}
                  </span>
                  <RefillStatusBadge status={r.status} />
                </div>
                <p className="mt-1 text-slate-800">{r.serviceName}</p>
                <ExternalLink href={r.link} className="block truncate" />
                <p className="mt-1 text-xs text-slate-600">{formatDateTime(r.createdAt, locale)}</p>
              </li>
            ))}
          </ul>
          <Table className="hidden sm:block">
            <thead>
              <tr>
                <th className={th}>{t("refill")}</th>
                <th className={th}>{t("order")}</th>
                <th className={th}>{t("service")}</th>
                <th className={th}>{t("link")}</th>
                <th className={th}>{t("requested")}</th>
                <th className={th}>{t("status")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {refills.rows.map((r) => (
                <tr key={r.id} data-testid="refill-row">
                  <td className={td}>#{r.id}</td>
                  <td className={td}>
                    <Link href={`/orders?q=${r.orderId}`} className="text-brand-700 hover:underline">
                      #{r.orderId}
                    </Link>
                  </td>
                  <td className={`${td} min-w-40`}>{r.serviceName}</td>
                  <td className={`${td} max-w-56`}>
                    <ExternalLink href={r.link} className="block truncate" />
                  </td>
                  <td className={`${td} whitespace-nowrap`}>{formatDateTime(r.createdAt, locale)}</td>
                  <td className={td}>
                    <RefillStatusBadge status={r.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
          <Pagination
            path="/refills"
            page={refills.page}
            pageCount={refills.pageCount}
            total={refills.total}
          />
        </>
      )}
    </>
  );
}
