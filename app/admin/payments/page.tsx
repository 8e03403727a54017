import Link from "next/link";
import { PaymentReview } from "@/components/admin/payments/payment-review";
import { PaymentStatusBadge } from "@/components/admin/payments/payment-status";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { Table, td, th } from "@/components/ui/table";
import { requireAdminPage } from "@/lib/auth/session";
import { formatCurrency, formatDateTime } from "@/lib/format";
import { enumParam, hrefWith, pageParam, type SearchParams } from "@/lib/http/url-filters";
import { listPayments } from "@/lib/payments/list-payments";
import { PAYMENT_STATUSES } from "@/lib/payments/payment-input";
import { getSettings } from "@/lib/settings/settings";

export const metadata = { title: "Payments" };

const TABS = [
  { value: "PENDING", label: "Pending" },
  { value: "APPROVED", label: "Approved" },
  { value: "REJECTED", label: "Rejected" },
  { value: "all", label: "All" },
] as const;

export default async function PaymentsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireAdminPage();
  const params = await searchParams;
  const tab = enumParam(params, "status", [...PAYMENT_STATUSES, "all"] as const, "PENDING");
  const [result, settings] = await Promise.all([
    listPayments({ status: tab === "all" ? undefined : tab, page: pageParam(params) }),
    getSettings(),
  ]);
  const money = (units: bigint) => formatCurrency(units, settings);

  return (
    <>
      <PageHeader title="Payments" description="Manual payments customers report on Add funds. Approving credits their balance once, through the ledger." />
      <nav className="mb-4 flex flex-wrap gap-2" aria-label="Status">
        {TABS.map((t) => (
          <Link
            key={t.value}
            href={hrefWith("/admin/payments", {}, { status: t.value === "PENDING" ? undefined : t.value })}
            aria-current={tab === t.value ? "page" : undefined}
            className="rounded-full border border-slate-300 bg-white px-3 py-1 text-sm text-slate-700 hover:bg-slate-50 aria-[current=page]:border-brand-600 aria-[current=page]:bg-brand-50 aria-[current=page]:text-brand-700"
          >
            {t.label}
            {t.value === "PENDING" && result.pending > 0 && <span className="ml-1 font-semibold">({result.pending})</span>}
          </Link>
        ))}
      </nav>
      {result.rows.length === 0 ? (
        <EmptyState title={tab === "PENDING" ? "No payments waiting for review" : "No payment requests"}>Requests appear here when customers report a payment on Add funds.</EmptyState>
      ) : (
        <Table>
          <thead>
            <tr>
              <th className={th}>Request</th>
              <th className={th}>Customer</th>
              <th className={`${th} text-right`}>Amount</th>
              <th className={th}>Method / reference</th>
              <th className={th}>Status</th>
              <th className={th}>Review</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {result.rows.map((p) => (
              <tr key={p.id} data-testid={`payment-row-${p.id}`}>
                <td className={`${td} whitespace-nowrap`}>
                  #{p.id}
                  <div className="text-xs text-slate-500">{formatDateTime(p.createdAt)}</div>
                </td>
                <td className={td}>
                  <Link href={`/admin/users/${p.user.id}`} className="text-brand-700 hover:underline">{p.user.email}</Link>
                </td>
                <td className={`${td} text-right font-medium tabular-nums`}>{money(p.amount)}</td>
                <td className={td}>
                  {p.method}
                  <div className="max-w-xs break-words text-xs text-slate-500">{p.reference}</div>
                </td>
                <td className={td}>
                  <PaymentStatusBadge status={p.status} />
                  {p.reason && <div className="mt-1 max-w-xs text-xs text-slate-500">{p.reason}</div>}
                  {p.reviewedAt && <div className="text-xs text-slate-400">{formatDateTime(p.reviewedAt)} by #{p.reviewedById}</div>}
                </td>
                <td className={td}>{p.status === "PENDING" ? <PaymentReview id={p.id} summary={`${money(p.amount)} from ${p.user.email}`} /> : "—"}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <Pagination path="/admin/payments" params={{ status: tab === "PENDING" ? undefined : tab }} page={result.page} pageCount={result.pageCount} total={result.total} />
    </>
  );
}
