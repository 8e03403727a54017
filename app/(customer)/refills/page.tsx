import Link from "next/link";
import { ExternalLink } from "@/components/orders/external-link";
import { RefillStatusBadge } from "@/components/orders/status-badge";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { Table, td, th } from "@/components/ui/table";
import { requireUser } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { pageParam, type SearchParams } from "@/lib/http/url-filters";
import { listCustomerRefills } from "@/lib/orders/list-orders";

export const metadata = { title: "Refills" };

export default async function RefillsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  const refills = await listCustomerRefills({ userId: user.id, page: pageParam(await searchParams) });
  return (
    <>
      <PageHeader title="Refills" description="Refills you asked for on completed orders. Ask for one from the Orders page." />
      {refills.total === 0 ? (
        <EmptyState title="No refills yet">
          Completed orders of services with refill show a Refill button on the <Link href="/orders?tab=completed" className="text-brand-700 underline hover:no-underline">Orders</Link> page.
        </EmptyState>
      ) : (
        <>
          {/* A card per refill on phones, the table from the small breakpoint up. */}
          <ul className="space-y-2 sm:hidden" aria-label="Refills">
            {refills.rows.map((r) => (
              <li key={r.id} className="rounded-lg border border-slate-200 bg-white p-3 text-sm shadow-sm" data-testid="refill-card">
                <div className="flex items-start justify-between gap-3">
                  <span className="font-medium text-slate-900">
                    Refill #{r.id} ·{" "}
                    <Link href={`/orders?q=${r.orderId}`} className="text-brand-700 hover:underline">
                      order #{r.orderId}
                    </Link>
                  </span>
                  <RefillStatusBadge status={r.status} />
                </div>
                <p className="mt-1 text-slate-800">{r.serviceName}</p>
                <ExternalLink href={r.link} className="block truncate" />
                <p className="mt-1 text-xs text-slate-600">{formatDateTime(r.createdAt)}</p>
              </li>
            ))}
          </ul>
          <Table className="hidden sm:block">
            <thead>
              <tr>
                <th className={th}>Refill</th>
                <th className={th}>Order</th>
                <th className={th}>Service</th>
                <th className={th}>Link</th>
                <th className={th}>Requested</th>
                <th className={th}>Status</th>
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
                  <td className={`${td} whitespace-nowrap`}>{formatDateTime(r.createdAt)}</td>
                  <td className={td}>
                    <RefillStatusBadge status={r.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
          <Pagination path="/refills" page={refills.page} pageCount={refills.pageCount} total={refills.total} />
        </>
      )}
    </>
  );
}
