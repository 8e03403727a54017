import Link from "next/link";
import { SyncPricesButton } from "@/components/catalog/sync-prices-button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { Table, td, th } from "@/components/ui/table";
import { requireAdminPage } from "@/lib/auth/session";
import { listPriceSyncLog } from "@/lib/catalog/list-sync-log";
import { formatDateTime } from "@/lib/format";
import { pageParam, type SearchParams } from "@/lib/http/url-filters";
import { getSettings } from "@/lib/settings/settings";

export const metadata = { title: "Price sync log" };

export default async function SyncLogPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireAdminPage();
  const [log, settings] = await Promise.all([listPriceSyncLog({ page: pageParam(await searchParams) }), getSettings()]);
  return (
    <>
      <PageHeader
        title="Price sync log"
        description={
          <>
            <Link href="/admin/services" className="text-brand-700 hover:underline">← All services</Link>
            <span className="ml-2">Prices sync every {settings.priceSyncMinutes} minutes. Every change the sync made, newest first.</span>
          </>
        }
        actions={<SyncPricesButton />}
      />
      {log.rows.length === 0 ? (
        <EmptyState title="No changes yet">Rate, limit and availability changes from providers appear here.</EmptyState>
      ) : (
        <Table>
          <thead>
            <tr>
              <th className={th}>When</th>
              <th className={th}>Service</th>
              <th className={th}>Field</th>
              <th className={th}>Old → new</th>
              <th className={th}>Why</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {log.rows.map((row) => (
              <tr key={row.id} data-testid="sync-log-row">
                <td className={`${td} whitespace-nowrap`}>{formatDateTime(row.createdAt)}</td>
                <td className={td}>
                  {row.service ? (
                    <>
                      <Link href={`/admin/services/${row.service.id}`} className="text-brand-700 hover:underline">#{row.service.id} {row.service.name}</Link>
                      <div className="text-xs text-slate-500">{row.service.providerName}</div>
                    </>
                  ) : (
                    <span className="text-slate-500">—</span>
                  )}
                </td>
                <td className={td}>{row.field}</td>
                <td className={`${td} whitespace-nowrap tabular-nums`}>{row.oldValue ?? "—"} → {row.newValue ?? "—"}</td>
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
