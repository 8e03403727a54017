import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { SyncPricesButton } from "@/components/catalog/sync-prices-button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { Table, td, th } from "@/components/ui/table";
import { requireAdminPage } from "@/lib/auth/session";
import { listPriceSyncLog } from "@/lib/catalog/list-sync-log";
import { formatDateTime } from "@/lib/format";
import { pageParam, type SearchParams } from "@/lib/http/url-filters";
import { getSettings } from "@/lib/settings/settings";

export async function generateMetadata() {
  return { title: (await getTranslations("adminServices"))("syncLog.title") };
}

export default async function SyncLogPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireAdminPage();
  const [log, settings, t, locale] = await Promise.all([
    listPriceSyncLog({ page: pageParam(await searchParams) }),
    getSettings(),
    getTranslations("adminServices"),
    getLocale(),
  ]);
  return (
    <>
      <PageHeader
        title={t("syncLog.title")}
        description={
          <>
            <Link href="/admin/services" className="text-brand-700 hover:underline">
              {t("allServices")}
            </Link>
            <span className="ml-2">{t("syncLog.description", { minutes: settings.priceSyncMinutes })}</span>
          </>
        }
        actions={<SyncPricesButton />}
      />
      {log.rows.length === 0 ? (
        <EmptyState title={t("syncLog.empty")}>{t("syncLog.emptyHint")}</EmptyState>
      ) : (
        <Table>
          <thead>
            <tr>
              <th className={th}>{t("log.when")}</th>
              <th className={th}>{t("log.service")}</th>
              <th className={th}>{t("log.field")}</th>
              <th className={th}>{t("log.change")}</th>
              <th className={th}>{t("log.why")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {log.rows.map((row) => (
              <tr key={row.id} data-testid="sync-log-row">
                <td className={`${td} whitespace-nowrap`}>{formatDateTime(row.createdAt, locale)}</td>
                <td className={td}>
                  {row.service ? (
                    <>
                      <Link
                        href={`/admin/services/${row.service.id}`}
                        className="text-brand-700 hover:underline"
                      >
                        #{row.service.id} {row.service.name}
                      </Link>
                      <div className="text-xs text-slate-500">{row.service.providerName}</div>
                    </>
                  ) : (
                    <span className="text-slate-500">—</span>
                  )}
                </td>
                <td className={td}>{row.field}</td>
                <td className={`${td} whitespace-nowrap tabular-nums`}>
                  {row.oldValue ?? "—"} → {row.newValue ?? "—"}
                </td>
                <td className={td}>{row.note}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <Pagination path="/admin/services/sync-log" page={log.page} pageCount={log.pages} total={log.total} />
    </>
  );
}
