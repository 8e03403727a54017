import Link from "next/link";
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
          Completed orders of services with refill show a Refill button on the <Link href="/orders?tab=completed" className="text-brand-700 hover:underline">Orders</Link> page.
        </EmptyState>
      ) : (
        <>
          <Table>
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
                  <td className={`${td} max-w-56 truncate`} title={r.link}>{r.link}</td>
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
