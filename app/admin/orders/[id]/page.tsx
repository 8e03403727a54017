import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ExchangeLogTable } from "@/components/admin/exchange-log-table";
import { notFound } from "next/navigation";
import { LedgerTable } from "@/components/ledger/ledger-table";
import { AdminOrderActions } from "@/components/orders/admin-order-actions";
import { OrderStatusBadge, RefillStatusBadge } from "@/components/orders/status-badge";
import { Card, PageHeader } from "@/components/ui/card";
import { Table, td, th } from "@/components/ui/table";
import { requireAdminPage } from "@/lib/auth/session";
import { formatCurrency, formatDateTime, formatNumber } from "@/lib/format";
import { orderProfit, providerCost } from "@/lib/orders/profit";
import { adminActionsFor, getAdminOrderDetail } from "@/lib/orders/list-orders";
import { getSettings } from "@/lib/settings/settings";

export async function generateMetadata() {
  return { title: (await getTranslations("adminOrders"))("detail.title") };
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <>
      <dt className="text-slate-500">{label}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </>
  );
}

function paramsText(params: string | null): string | null {
  if (!params) return null;
  try {
    const entries = Object.entries(JSON.parse(params) as Record<string, unknown>).filter(
      ([key]) => key !== "link" && key !== "quantity",
    );
    return entries.length ? entries.map(([k, v]) => `${k}: ${String(v)}`).join("\n") : null;
  } catch {
    return params;
  }
}

export default async function AdminOrderPage({ params }: { params: Promise<{ id: string }> }) {
  await requireAdminPage();
  const order = await getAdminOrderDetail(Number((await params).id));
  if (!order) notFound();
  const [settings, t, tOrders, locale] = await Promise.all([
    getSettings(),
    getTranslations("adminOrders.detail"),
    getTranslations("adminOrders"),
    getLocale(),
  ]);
  const money = (units: bigint) => formatCurrency(units, settings, locale);
  const date = (at: Date) => formatDateTime(at, locale);
  const source = tOrders.has(`source.${order.source}`) ? tOrders(`source.${order.source}`) : order.source;
  const extra = paramsText(order.params);

  return (
    <>
      <PageHeader
        title={t("heading", { id: String(order.id) })}
        description={
          <>
            <Link href="/admin/orders" className="text-brand-700 underline hover:no-underline">
              {t("allOrders")}
            </Link>{" "}
            · {t("placed", { date: date(order.createdAt), source })}
          </>
        }
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <Card title={t("order")} className="lg:col-span-2">
          <dl className="grid grid-cols-[9rem_minmax(0,1fr)] gap-x-3 gap-y-2 text-sm">
            <Row label={t("status")}>
              <OrderStatusBadge status={order.status} />
            </Row>
            <Row label={t("dispatch")}>
              <span data-testid="dispatch-state">{tOrders(`dispatch.${order.dispatchState}`)}</span>
              {order.dispatchTries > 0 && (
                <span className="text-slate-500"> · {t("tries", { count: order.dispatchTries })}</span>
              )}
            </Row>
            {order.reviewReason && (
              <Row label={t("reviewReason")}>
                <span className="text-amber-800">{order.reviewReason}</span>
              </Row>
            )}
            {order.lastError && (
              <Row label={t("lastError")}>
                <span className="text-red-700">{order.lastError}</span>
              </Row>
            )}
            <Row label={t("service")}>
              #{order.service.id} {order.service.name}{" "}
              <span className="text-slate-500">({order.service.type})</span>
            </Row>
            <Row label={t("provider")}>
              <Link href={`/admin/providers/${order.provider.id}`} className="text-brand-700 hover:underline">
                {order.provider.name}
              </Link>
              <span className="text-slate-500"> · {t("providerOrder")} </span>
              <span data-testid="provider-order-id">{order.providerOrderId ?? t("none")}</span>
            </Row>
            <Row label={t("link")}>{order.link}</Row>
            <Row label={t("quantity")}>{formatNumber(order.quantity, locale)}</Row>
            {extra && (
              <Row label={t("fields")}>
                <pre className="whitespace-pre-wrap font-sans text-slate-700">{extra}</pre>
              </Row>
            )}
            <Row label={t("startCount")}>{order.startCount?.toString() ?? "—"}</Row>
            <Row label={t("remains")}>{order.remains ?? "—"}</Row>
            <Row label={t("lastChecked")}>
              {order.statusCheckedAt ? date(order.statusCheckedAt) : t("never")}
            </Row>
            {order.completedAt && <Row label={t("finished")}>{date(order.completedAt)}</Row>}
          </dl>
        </Card>
        <div className="space-y-6">
          <Card title={t("customer")}>
            <dl className="grid grid-cols-[5rem_minmax(0,1fr)] gap-x-3 gap-y-2 text-sm">
              <Row label={t("email")}>
                <Link href={`/admin/users/${order.user.id}`} className="text-brand-700 hover:underline">
                  {order.user.email}
                </Link>
              </Row>
              <Row label={t("balance")}>{money(order.user.balance)}</Row>
              <Row label={t("status")}>{order.user.status === "ACTIVE" ? t("active") : t("suspended")}</Row>
            </dl>
          </Card>
          <Card title={t("money")}>
            <dl className="grid grid-cols-[5rem_minmax(0,1fr)] gap-x-3 gap-y-2 text-sm tabular-nums">
              <Row label={t("charge")}>
                <span data-testid="order-charge">{money(order.charge)}</span>
              </Row>
              <Row label={t("refunded")}>
                <span data-testid="order-refunded">{money(order.refunded)}</span>
              </Row>
              <Row label={t("cost")}>
                <span data-testid="order-cost">{money(providerCost(order))}</span>
                {providerCost(order) !== order.cost && (
                  <span className="block text-xs text-slate-500">
                    {t("deliveredShare", { amount: money(order.cost) })}
                  </span>
                )}
              </Row>
              <Row label={t("profit")}>
                <span data-testid="order-profit">{money(orderProfit(order))}</span>
              </Row>
            </dl>
          </Card>
        </div>
      </div>

      <div className="mt-6">
        <Card title={t("actions")}>
          <AdminOrderActions
            orderId={order.id}
            quantity={order.quantity}
            charge={money(order.charge)}
            startCount={order.startCount === null ? null : Number(order.startCount)}
            {...adminActionsFor(order)}
          />
        </Card>
      </div>

      <h2 className="mb-2 mt-8 text-sm font-semibold text-slate-800">{t("exchanges")}</h2>
      <ExchangeLogTable exchanges={order.exchanges} empty={t("noExchanges")} />

      <h2 className="mb-2 mt-8 text-sm font-semibold text-slate-800">{t("ledger")}</h2>
      <LedgerTable entries={order.ledger} settings={settings} empty={t("noLedger")} />

      {order.refills.length > 0 && (
        <>
          <h2 className="mb-2 mt-8 text-sm font-semibold text-slate-800">{t("refills")}</h2>
          <Table>
            <thead>
              <tr>
                <th className={th}>{t("refill")}</th>
                <th className={th}>{t("requested")}</th>
                <th className={th}>{t("providerRefill")}</th>
                <th className={th}>{t("status")}</th>
                <th className={th}>{t("error")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {order.refills.map((r) => (
                <tr key={r.id}>
                  <td className={td}>#{r.id}</td>
                  <td className={`${td} whitespace-nowrap`}>{date(r.createdAt)}</td>
                  <td className={td}>{r.providerRefillId ?? "—"}</td>
                  <td className={td}>
                    <RefillStatusBadge status={r.status} />
                  </td>
                  <td className={td}>{r.lastError ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </Table>
        </>
      )}
    </>
  );
}
