import { PaymentStatusBadge } from "@/components/admin/payments/payment-status";
import { AddFundsForm } from "@/components/add-funds/add-funds-form";
import { PaymentInstructions } from "@/components/add-funds/instructions";
import { Card, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { requireUser } from "@/lib/auth/session";
import { formatCurrency, formatDateTime } from "@/lib/format";
import { pageParam, type SearchParams } from "@/lib/http/url-filters";
import { parseMoney } from "@/lib/money";
import { listMyPayments } from "@/lib/payments/list-payments";
import { getSettings } from "@/lib/settings/settings";

export const metadata = { title: "Add funds" };

export default async function AddFundsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  const [settings, requests] = await Promise.all([getSettings(), listMyPayments(user.id, pageParam(await searchParams))]);
  const money = (units: bigint) => formatCurrency(units, settings);
  const min = parseMoney(settings.minDeposit) ?? 0n;
  const max = parseMoney(settings.maxDeposit);
  const limits = `Between ${money(min)} and ${max === null ? "any amount" : money(max)}.`;

  return (
    <>
      <PageHeader title="Add funds" description="Pay the panel owner with one of the methods below, then tell us about it here." />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="How to pay">
          <PaymentInstructions text={settings.paymentInstructions} />
        </Card>
        <Card title="I have paid">
          <AddFundsForm methods={settings.paymentMethods} currencySymbol={settings.currencySymbol} limits={limits} />
        </Card>
      </div>
      <h2 className="mb-2 mt-8 text-sm font-semibold text-slate-800">Your payment requests</h2>
      {requests.rows.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white px-4 py-6 text-center text-sm text-slate-500">No requests yet.</p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-sm shadow-sm" data-testid="payment-requests">
          {requests.rows.map((r) => (
            <li key={r.id} className="flex flex-wrap items-start justify-between gap-2 px-4 py-3">
              <div className="min-w-0">
                <div className="font-medium text-slate-900">
                  {money(r.amount)} <span className="font-normal text-slate-500">· {r.method}</span>
                </div>
                <div className="break-words text-xs text-slate-500">
                  #{r.id} · {formatDateTime(r.createdAt)} · ref. {r.reference}
                </div>
                {r.status === "REJECTED" && r.reason && <div className="mt-1 text-xs text-red-600">Reason: {r.reason}</div>}
              </div>
              <PaymentStatusBadge status={r.status} />
            </li>
          ))}
        </ul>
      )}
      <Pagination path="/add-funds" page={requests.page} pageCount={requests.pageCount} />
    </>
  );
}
