import { PaymentStatusBadge } from "@/components/admin/payments/payment-status";
import { getLocale, getTranslations } from "next-intl/server";
import { AddFundsForm } from "@/components/add-funds/add-funds-form";
import { DepositForm } from "@/components/add-funds/deposit-form";
import { DepositPanel } from "@/components/add-funds/deposit-panel";
import { PaymentInstructions } from "@/components/add-funds/instructions";
import { Card, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { requireUser } from "@/lib/auth/session";
import { formatCurrency, formatDateTime } from "@/lib/format";
import { pageParam, type SearchParams } from "@/lib/http/url-filters";
import { parseMoney } from "@/lib/money";
import { availableGateways, getDepositView } from "@/lib/payments/deposit-view";
import { isDemoPayments } from "@/lib/payments/demo";
import { listMyDeposits } from "@/lib/payments/list-deposits";
import { listMyPayments } from "@/lib/payments/list-payments";
import { getSettings } from "@/lib/settings/settings";

export const metadata = { title: "Add funds" };

export default async function AddFundsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  const params = await searchParams;
  const [settings, requests, gateways, deposits, demo, t, locale] = await Promise.all([
    getSettings(),
    listMyPayments(user.id, pageParam(params)),
    availableGateways(),
    listMyDeposits(user.id),
    isDemoPayments(),
    getTranslations("deposits"),
    getLocale(),
  ]);
  const money = (units: bigint) => formatCurrency(units, settings, locale);
  const depositId = Number(params.deposit);
  const view = Number.isSafeInteger(depositId) && depositId > 0 ? await getDepositView(user.id, depositId).catch(() => null) : null;
  const min = parseMoney(settings.minDeposit) ?? 0n;
  const max = parseMoney(settings.maxDeposit);
  const limits = `Between ${money(min)} and ${max === null ? "any amount" : money(max)}.`;

  return (
    <>
      <PageHeader title="Add funds" description={t("description")} />
      <div className="mb-8 grid gap-6 lg:grid-cols-2">
        <Card title={t("title")}>
          {view ? (
            <DepositPanel
              id={view.id}
              kind={view.kind}
              code={view.code}
              status={view.status}
              credited={view.credited.toString()}
              payAmount={view.payAmount}
              payCurrency={view.payCurrency}
              expiresAt={view.expiresAt.toISOString()}
              balance={user.balance.toString()}
              bank={view.kind === "bank" ? { qr: view.qr, bankName: view.bankName, accountNumber: view.accountNumber, accountHolder: view.accountHolder } : undefined}
              payUrl={view.kind === "crypto" ? view.payUrl : undefined}
              demo={demo}
              money={{ currencySymbol: settings.currencySymbol, displayDecimals: settings.displayDecimals, currencyCode: settings.currencyCode }}
            />
          ) : gateways.length > 0 ? (
            <DepositForm
              gateways={gateways.map((g) => ({ gateway: g.gateway, limits: t("limits", { min: money(parseMoney(g.min) ?? 0n), max: money(parseMoney(g.max) ?? 0n) }) }))}
              currencySymbol={settings.currencySymbol}
            />
          ) : (
            <p className="text-sm text-slate-500">{t("noGateways")}</p>
          )}
        </Card>
        <Card title={t("recent")}>
          {deposits.length === 0 ? (
            <p className="text-sm text-slate-500">{t("noRecent")}</p>
          ) : (
            <ul className="divide-y divide-slate-100 text-sm" data-testid="my-deposits">
              {deposits.map((d) => (
                <li key={d.id} className="flex items-center justify-between gap-2 py-2">
                  <a href={`/add-funds?deposit=${d.id}`} className="min-w-0 text-brand-700 hover:underline">
                    {money(d.amount)} · {t(`gateway.${d.gateway === "sepay" ? "sepay" : "nowpayments"}`)}
                    <span className="block text-xs text-slate-500">{d.code} · {formatDateTime(d.createdAt)}</span>
                  </a>
                  <span className="shrink-0 text-xs font-medium text-slate-600">{t(`status.${d.status}`)}</span>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
      <h2 className="mb-3 text-sm font-semibold text-slate-800">{t("manualTitle")}</h2>
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
