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
import { amountField } from "@/lib/payments/top-up-amount";
import { listDemoGateways } from "@/lib/payments/demo";
import { listMyDeposits } from "@/lib/payments/list-deposits";
import { listMyPayments } from "@/lib/payments/list-payments";
import { getSettings } from "@/lib/settings/settings";

export async function generateMetadata() {
  return { title: (await getTranslations("addFunds"))("title") };
}

export default async function AddFundsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  const params = await searchParams;
  const [settings, requests, gateways, deposits, demoGateways, t, locale] = await Promise.all([
    getSettings(),
    listMyPayments(user.id, pageParam(params)),
    availableGateways(),
    listMyDeposits(user.id),
    listDemoGateways(),
    getTranslations(),
    getLocale(),
  ]);
  const money = (units: bigint) => formatCurrency(units, settings, locale);
  const depositId = Number(params.deposit);
  const view =
    Number.isSafeInteger(depositId) && depositId > 0
      ? await getDepositView(user.id, depositId).catch(() => null)
      : null;
  const min = parseMoney(settings.minDeposit) ?? 0n;
  const max = parseMoney(settings.maxDeposit);
  const limits =
    max === null
      ? t("addFunds.limitsNoMax", { min: money(min) })
      : t("addFunds.limits", { min: money(min), max: money(max) });

  return (
    <>
      <PageHeader title={t("addFunds.title")} description={t("deposits.description")} />
      <div className="mb-8 grid gap-6 lg:grid-cols-2">
        <Card title={t("deposits.title")}>
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
              bank={
                view.kind === "bank"
                  ? {
                      qr: view.qr,
                      bankName: view.bankName,
                      accountNumber: view.accountNumber,
                      accountHolder: view.accountHolder,
                    }
                  : undefined
              }
              payUrl={view.kind === "crypto" ? view.payUrl : undefined}
              demo={demoGateways.some((g) => g === (view.kind === "bank" ? "sepay" : "nowpayments"))}
              money={{
                currencySymbol: settings.currencySymbol,
                displayDecimals: settings.displayDecimals,
                currencyCode: settings.currencyCode,
              }}
            />
          ) : gateways.length > 0 ? (
            <DepositForm
              gateways={gateways.map((g) => {
                const gatewayMin = parseMoney(g.min) ?? 0n;
                return {
                  gateway: g.gateway,
                  limits: t("deposits.limits", {
                    min: money(gatewayMin),
                    max: money(parseMoney(g.max) ?? 0n),
                  }),
                  amountField: amountField(gatewayMin, settings.currencyCode, locale),
                };
              })}
              currencySymbol={settings.currencySymbol}
            />
          ) : (
            <p className="text-sm text-slate-500">{t("deposits.noGateways")}</p>
          )}
        </Card>
        <Card title={t("deposits.recent")}>
          {deposits.length === 0 ? (
            <p className="text-sm text-slate-500">{t("deposits.noRecent")}</p>
          ) : (
            <ul className="divide-y divide-slate-100 text-sm" data-testid="my-deposits">
              {deposits.map((d) => (
                <li key={d.id} className="flex items-center justify-between gap-2 py-2">
                  <a href={`/add-funds?deposit=${d.id}`} className="min-w-0 text-brand-700 hover:underline">
                    {money(d.amount)} ·{" "}
                    {t(`deposits.gateway.${d.gateway === "sepay" ? "sepay" : "nowpayments"}`)}
                    <span className="block text-xs text-slate-500">
                      {d.code} · {formatDateTime(d.createdAt, locale)}
                    </span>
                  </a>
                  <span className="shrink-0 text-xs font-medium text-slate-600">
                    {t(`deposits.status.${d.status}`)}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
      <h2 className="mb-3 text-sm font-semibold text-slate-800">{t("deposits.manualTitle")}</h2>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t("addFunds.howToPay")}>
          <PaymentInstructions text={settings.paymentInstructions} />
        </Card>
        <Card title={t("addFunds.havePaid")}>
          <AddFundsForm
            methods={settings.paymentMethods}
            currencySymbol={settings.currencySymbol}
            limits={limits}
            amountField={amountField(min, settings.currencyCode, locale)}
          />
        </Card>
      </div>
      <h2 className="mb-2 mt-8 text-sm font-semibold text-slate-800">{t("addFunds.requests")}</h2>
      {requests.rows.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white px-4 py-6 text-center text-sm text-slate-500">
          {t("addFunds.noRequests")}
        </p>
      ) : (
        <ul
          className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-sm shadow-sm"
          data-testid="payment-requests"
        >
          {requests.rows.map((r) => (
            <li key={r.id} className="flex flex-wrap items-start justify-between gap-2 px-4 py-3">
              <div className="min-w-0">
                <div className="font-medium text-slate-900">
                  {money(r.amount)} <span className="font-normal text-slate-500">· {r.method}</span>
                </div>
                <div className="break-words text-xs text-slate-500">
                  #{r.id} · {formatDateTime(r.createdAt, locale)} ·{" "}
                  {t("addFunds.reference", { reference: r.reference })}
                </div>
                {r.status === "REJECTED" && r.reason && (
                  <div className="mt-1 text-xs text-red-600">
                    {t("addFunds.reason", { reason: r.reason })}
                  </div>
                )}
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
