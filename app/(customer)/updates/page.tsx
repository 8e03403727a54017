import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { Table, td, th } from "@/components/ui/table";
import { requireUser } from "@/lib/auth/session";
import { listCatalogUpdates } from "@/lib/catalog/catalog-updates";
import { formatCurrency, formatDateTime } from "@/lib/format";
import { pageParam, type SearchParams } from "@/lib/http/url-filters";
import { getSettings } from "@/lib/settings/settings";

export async function generateMetadata() {
  return { title: (await getTranslations("support"))("updates.title") };
}

export default async function UpdatesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireUser();
  const settings = await getSettings();
  if (!settings.updatesPage) notFound();
  const [t, locale, list] = await Promise.all([getTranslations("support.updates"), getLocale(), listCatalogUpdates(pageParam(await searchParams))]);
  const money = (units: bigint | null) => (units === null ? "—" : formatCurrency(units, settings, locale));
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      {list.rows.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <Table>
          <thead>
            <tr>
              <th className={th}>{t("date")}</th>
              <th className={th}>{t("service")}</th>
              <th className={th}>{t("change")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {list.rows.map((row) => (
              <tr key={row.id} data-testid="catalog-update">
                <td className={`${td} whitespace-nowrap`}>{formatDateTime(row.createdAt, locale)}</td>
                <td className={td}>
                  <span className="text-slate-500">#{row.service.id}</span> {row.service.name}
                  <div className="text-xs text-slate-500">{row.service.category.name}</div>
                </td>
                <td className={td}>{t(row.change, { rate: money(row.newRate), old: money(row.oldRate), new: money(row.newRate) })}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <Pagination path="/updates" page={list.page} pageCount={Math.max(1, Math.ceil(list.total / list.pageSize))} total={list.total} />
    </>
  );
}
