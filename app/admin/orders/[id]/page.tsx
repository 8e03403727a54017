import Link from "next/link";
import { ExchangeLogTable } from "@/components/admin/exchange-log-table";
import { notFound } from "next/navigation";
import { LedgerTable } from "@/components/ledger/ledger-table";
import { AdminOrderActions } from "@/components/orders/admin-order-actions";
import { OrderStatusBadge, RefillStatusBadge } from "@/components/orders/status-badge";
import { Card, PageHeader } from "@/components/ui/card";
import { Table, td, th } from "@/components/ui/table";
import { requireAdminPage } from "@/lib/auth/session";
import { formatCurrency, formatDateTime } from "@/lib/format";
import { adminActionsFor, getAdminOrderDetail } from "@/lib/orders/list-orders";
import { getSettings } from "@/lib/settings/settings";

export const metadata = { title: "Order" };

const dispatchLabel = { QUEUED: "Queued to send", SENDING: "Being sent", SENT: "Sent", REVIEW: "Needs review", CLOSED: "Not sent (closed)" } as const;

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
    const entries = Object.entries(JSON.parse(params) as Record<string, unknown>).filter(([key]) => key !== "link" && key !== "quantity");
    return entries.length ? entries.map(([k, v]) => `${k}: ${String(v)}`).join("\n") : null;
  } catch {
    return params;
  }
}

export default async function AdminOrderPage({ params }: { params: Promise<{ id: string }> }) {
  await requireAdminPage();
  const order = await getAdminOrderDetail(Number((await params).id));
  if (!order) notFound();
  const settings = await getSettings();
  const money = (units: bigint) => formatCurrency(units, settings);
  const extra = paramsText(order.params);

  return (
    <>
      <PageHeader
        title={`Order #${order.id}`}
        description={
          <>
            <Link href="/admin/orders" className="text-brand-700 hover:underline">
              All orders
            </Link>{" "}
            · placed {formatDateTime(order.createdAt)} from {order.source}
          </>
        }
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <Card title="Order" className="lg:col-span-2">
          <dl className="grid grid-cols-[9rem_minmax(0,1fr)] gap-x-3 gap-y-2 text-sm">
            <Row label="Status">
              <OrderStatusBadge status={order.status} />
            </Row>
            <Row label="Dispatch">
              <span data-testid="dispatch-state">{dispatchLabel[order.dispatchState]}</span>
              {order.dispatchTries > 0 && <span className="text-slate-500"> · {order.dispatchTries} tries</span>}
            </Row>
            {order.reviewReason && (
              <Row label="Review reason">
                <span className="text-amber-800">{order.reviewReason}</span>
              </Row>
            )}
            {order.lastError && (
              <Row label="Last error">
                <span className="text-red-700">{order.lastError}</span>
              </Row>
            )}
            <Row label="Service">
              #{order.service.id} {order.service.name} <span className="text-slate-500">({order.service.type})</span>
            </Row>
            <Row label="Provider">
              <Link href={`/admin/providers/${order.provider.id}`} className="text-brand-700 hover:underline">
                {order.provider.name}
              </Link>
              <span className="text-slate-500"> · order </span>
              <span data-testid="provider-order-id">{order.providerOrderId ?? "none"}</span>
            </Row>
            <Row label="Link">{order.link}</Row>
            <Row label="Quantity">{order.quantity.toLocaleString("en-US")}</Row>
            {extra && (
              <Row label="Fields">
                <pre className="whitespace-pre-wrap font-sans text-slate-700">{extra}</pre>
              </Row>
            )}
            <Row label="Start count">{order.startCount?.toString() ?? "—"}</Row>
            <Row label="Remains">{order.remains ?? "—"}</Row>
            <Row label="Last checked">{order.statusCheckedAt ? formatDateTime(order.statusCheckedAt) : "never"}</Row>
            {order.completedAt && <Row label="Finished">{formatDateTime(order.completedAt)}</Row>}
          </dl>
        </Card>
        <div className="space-y-6">
          <Card title="Customer">
            <dl className="grid grid-cols-[5rem_minmax(0,1fr)] gap-x-3 gap-y-2 text-sm">
              <Row label="Email">
                <Link href={`/admin/users/${order.user.id}`} className="text-brand-700 hover:underline">
                  {order.user.email}
                </Link>
              </Row>
              <Row label="Balance">{money(order.user.balance)}</Row>
              <Row label="Status">{order.user.status === "ACTIVE" ? "Active" : "Suspended"}</Row>
            </dl>
          </Card>
          <Card title="Money">
            <dl className="grid grid-cols-[5rem_minmax(0,1fr)] gap-x-3 gap-y-2 text-sm tabular-nums">
              <Row label="Charge">{money(order.charge)}</Row>
              <Row label="Cost">{money(order.cost)}</Row>
              <Row label="Refunded">
                <span data-testid="order-refunded">{money(order.refunded)}</span>
              </Row>
              <Row label="Profit">{money(order.charge - order.refunded - order.cost)}</Row>
            </dl>
          </Card>
        </div>
      </div>

      <div className="mt-6">
        <Card title="Actions">
          <AdminOrderActions orderId={order.id} quantity={order.quantity} charge={money(order.charge)} {...adminActionsFor(order)} />
        </Card>
      </div>

      <h2 className="mb-2 mt-8 text-sm font-semibold text-slate-800">Provider exchanges</h2>
      <ExchangeLogTable exchanges={order.exchanges} empty="No calls to the provider for this order yet." />

      <h2 className="mb-2 mt-8 text-sm font-semibold text-slate-800">Ledger</h2>
      <LedgerTable entries={order.ledger} settings={settings} empty="No balance changes for this order." />

      {order.refills.length > 0 && (
        <>
          <h2 className="mb-2 mt-8 text-sm font-semibold text-slate-800">Refills</h2>
          <Table>
            <thead>
              <tr>
                <th className={th}>Refill</th>
                <th className={th}>Requested</th>
                <th className={th}>Provider refill</th>
                <th className={th}>Status</th>
                <th className={th}>Error</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {order.refills.map((r) => (
                <tr key={r.id}>
                  <td className={td}>#{r.id}</td>
                  <td className={`${td} whitespace-nowrap`}>{formatDateTime(r.createdAt)}</td>
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
