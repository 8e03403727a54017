import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AdminOrderActions } from "@/components/orders/admin-order-actions";
import { OrderStatusBadge } from "@/components/orders/status-badge";
import { StaffReplyForm, TicketAdminControls } from "@/components/support/staff-ticket-forms";
import { TicketStatusBadge, TicketThread } from "@/components/support/ticket-parts";
import { Card, PageHeader } from "@/components/ui/card";
import { requireAdminPage } from "@/lib/auth/session";
import { formatCurrency } from "@/lib/format";
import { adminActionsFor } from "@/lib/orders/list-orders";
import { getSettings } from "@/lib/settings/settings";
import { listAdmins, listSavedReplies, readTicketAsAdmin } from "@/lib/tickets/admin-tickets";

export async function generateMetadata() {
  return { title: (await getTranslations("support"))("inbox.title") };
}

export default async function AdminTicketPage({ params }: { params: Promise<{ id: string }> }) {
  await requireAdminPage();
  const [t, locale] = await Promise.all([getTranslations("support"), getLocale()]);
  const ticket = await readTicketAsAdmin(Number((await params).id));
  if (!ticket) notFound();
  const [admins, savedReplies, settings] = await Promise.all([
    listAdmins(),
    listSavedReplies(),
    getSettings(),
  ]);
  const money = (units: bigint) => formatCurrency(units, settings, locale);
  const messages = ticket.messages.map((m) => ({
    ...m,
    author: m.staff ? (ticket.staffNames.get(m.authorId) ?? t("tickets.staff")) : ticket.user.email,
  }));
  return (
    <>
      <PageHeader
        title={`#${ticket.id} ${ticket.subject}`}
        description={
          <span className="inline-flex flex-wrap items-center gap-2">
            <Link href={`/admin/users/${ticket.user.id}`} className="text-brand-700 hover:underline">
              {ticket.user.email}
            </Link>
            · {t(`kind.${ticket.kind}`)} <TicketStatusBadge status={ticket.status} audience="admin" />
          </span>
        }
        actions={
          <Link href="/admin/tickets" className="text-sm text-brand-700 hover:underline">
            {t("tickets.back")}
          </Link>
        }
      />
      <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <div className="space-y-6">
          <TicketThread messages={messages} audience="admin" />
          <Card>
            <StaffReplyForm ticketId={ticket.id} savedReplies={savedReplies} />
          </Card>
          <Card title={t("tickets.linkedOrders")}>
            {ticket.orders.length === 0 ? (
              <p className="text-sm text-slate-500">{t("inbox.noOrders")}</p>
            ) : (
              <div className="space-y-6">
                {ticket.orders.map(({ order }) => (
                  <section
                    key={order.id}
                    className="space-y-3 border-b border-slate-100 pb-4 last:border-0 last:pb-0"
                    data-testid="ticket-order"
                  >
                    <div className="flex flex-wrap items-center gap-2 text-sm">
                      <Link
                        href={`/admin/orders/${order.id}`}
                        className="font-medium text-brand-700 hover:underline"
                      >
                        #{order.id}
                      </Link>
                      <span>{order.service.name}</span>
                      <OrderStatusBadge status={order.status} />
                    </div>
                    <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[9rem_1fr]">
                      <dt className="text-slate-500">{t("inbox.provider")}</dt>
                      <dd>{order.provider.name}</dd>
                      <dt className="text-slate-500">{t("inbox.providerOrder")}</dt>
                      <dd>{order.providerOrderId ?? "—"}</dd>
                      <dt className="text-slate-500">{t("inbox.dispatch")}</dt>
                      <dd>
                        {t(`inbox.dispatchState.${order.dispatchState}`)}
                        {order.lastError ? ` · ${order.lastError}` : ""}
                      </dd>
                      <dt className="text-slate-500">{t("inbox.charge")}</dt>
                      <dd>{money(order.charge)}</dd>
                    </dl>
                    <AdminOrderActions
                      orderId={order.id}
                      quantity={order.quantity}
                      charge={money(order.charge)}
                      startCount={order.startCount === null ? null : Number(order.startCount)}
                      {...adminActionsFor(order)}
                    />
                  </section>
                ))}
              </div>
            )}
          </Card>
        </div>
        <Card className="lg:self-start">
          <TicketAdminControls
            ticketId={ticket.id}
            assigneeId={ticket.assigneeId}
            status={ticket.status}
            admins={admins}
          />
        </Card>
      </div>
    </>
  );
}
