import Link from "next/link";
import { LedgerTypeBadge } from "@/components/ledger/ledger-type-badge";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { Table, td, th } from "@/components/ui/table";
import { requireUser } from "@/lib/auth/session";
import { formatCurrency, formatDateTime } from "@/lib/format";
import { pageParam, type SearchParams } from "@/lib/http/url-filters";
import { listLedger } from "@/lib/ledger/list-ledger";
import { getSettings } from "@/lib/settings/settings";

export const metadata = { title: "Transactions" };

export default async function TransactionsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  const [history, settings] = await Promise.all([listLedger({ userId: user.id, page: pageParam(await searchParams) }), getSettings()]);
  return (
    <>
      <PageHeader title="Transactions" description="Every change of your balance: deposits, order charges, refunds and adjustments." />
      {history.total === 0 ? (
        <EmptyState title="No transactions yet">
          Add funds to your balance to place your first order. <Link href="/add-funds" className="text-brand-700 hover:underline">Add funds</Link>
        </EmptyState>
      ) : (
        <>
          {/* A card per row on phones, the table from the small breakpoint up. */}
          <ul className="space-y-2 sm:hidden" aria-label="Transactions">
            {history.rows.map((row) => (
              <li key={row.id} className="rounded-lg border border-slate-200 bg-white p-3 text-sm shadow-sm" data-testid="transaction-card">
                <div className="flex items-start justify-between gap-3">
                  <LedgerTypeBadge type={row.type} />
                  <span className={`font-medium tabular-nums ${row.amount < 0n ? "text-red-700" : "text-emerald-700"}`}>
                    {row.amount > 0n ? "+" : ""}
                    {formatCurrency(row.amount, settings)}
                  </span>
                </div>
                <div className="mt-1 flex justify-between gap-3 text-xs text-slate-600">
                  <span>{formatDateTime(row.createdAt)}</span>
                  <span className="tabular-nums">Balance {formatCurrency(row.balanceAfter, settings)}</span>
                </div>
                {(row.orderId || row.note) && (
                  <p className="mt-1 break-words text-xs text-slate-600">
                    {row.orderId && (
                      <Link href={`/orders?q=${row.orderId}`} className="mr-1 text-brand-700 hover:underline">
                        Order #{row.orderId}
                      </Link>
                    )}
                    {row.note}
                  </p>
                )}
              </li>
            ))}
          </ul>
          <Table className="hidden sm:block">
            <thead>
              <tr>
                <th className={th}>Date</th>
                <th className={th}>Type</th>
                <th className={`${th} text-right`}>Amount</th>
                <th className={`${th} text-right`}>Balance after</th>
                <th className={th}>Order</th>
                <th className={th}>Note</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {history.rows.map((row) => (
                <tr key={row.id} data-testid="transaction-row">
                  <td className={`${td} whitespace-nowrap`}>{formatDateTime(row.createdAt)}</td>
                  <td className={td}>
                    <LedgerTypeBadge type={row.type} />
                  </td>
                  <td className={`${td} whitespace-nowrap text-right font-medium tabular-nums ${row.amount < 0n ? "text-red-700" : "text-emerald-700"}`}>
                    {row.amount > 0n ? "+" : ""}
                    {formatCurrency(row.amount, settings)}
                  </td>
                  <td className={`${td} whitespace-nowrap text-right tabular-nums`}>{formatCurrency(row.balanceAfter, settings)}</td>
                  <td className={td}>
                    {row.orderId ? (
                      <Link href={`/orders?q=${row.orderId}`} className="text-brand-700 hover:underline">
                        #{row.orderId}
                      </Link>
                    ) : (
                      "—"
                    )}
                  </td>
                  <td className={`${td} min-w-40 text-slate-600`}>{row.note ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </Table>
          <Pagination path="/transactions" page={history.page} pageCount={history.pageCount} total={history.total} />
        </>
      )}
    </>
  );
}
