import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { StackedList, StackedRow } from "@/components/ui/stacked-list";
import { requireUser } from "@/lib/auth/session";
import { listCatalogUpdates } from "@/lib/catalog/catalog-updates";
import { formatCurrency, formatDateTime } from "@/lib/format";
import { pageParam, type SearchParams } from "@/lib/http/url-filters";
import { getSettings } from "@/lib/settings/settings";

export async function generateMetadata() {
  return { title: (await getTranslations("support"))("updates.title") };
}

const columns = "sm:grid-cols-[1fr_15rem_10rem]";

export default async function UpdatesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireUser();
  const settings = await getSettings();
  if (!settings.updatesPage) notFound();
  const [t, locale, list] = await Promise.all([
    getTranslations("support.updates"),
    getLocale(),
    listCatalogUpdates(pageParam(await searchParams)),
  ]);
  const money = (units: bigint | null) => (units === null ? "—" : formatCurrency(units, settings, locale));
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      {list.rows.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <StackedList columns={columns} headers={[t("service"), t("change"), t("date")]} label={t("title")}>
          {list.rows.map((row) => (
            <StackedRow key={row.id} columns={columns} data-testid="catalog-update">
              <div className="min-w-0 break-words">
                <span className="text-slate-500">#{row.service.id}</span> {row.service.name}
                <div className="text-xs text-slate-500">{row.service.category.name}</div>
              </div>
              <div className="font-medium text-slate-800 sm:font-normal sm:text-slate-700">
                {t(row.change, {
                  rate: money(row.newRate),
                  old: money(row.oldRate),
                  new: money(row.newRate),
                })}
              </div>
              <time
                dateTime={row.createdAt.toISOString()}
                className="whitespace-nowrap text-xs text-slate-500 sm:text-sm sm:text-slate-700"
              >
                {formatDateTime(row.createdAt, locale)}
              </time>
            </StackedRow>
          ))}
        </StackedList>
      )}
      <Pagination
        path="/updates"
        page={list.page}
        pageCount={Math.max(1, Math.ceil(list.total / list.pageSize))}
        total={list.total}
      />
    </>
  );
}
