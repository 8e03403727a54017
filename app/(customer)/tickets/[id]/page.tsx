import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { OrderStatusBadge } from "@/components/orders/status-badge";
import { CustomerTicketActions } from "@/components/support/customer-ticket-forms";
import { TicketStatusBadge, TicketThread } from "@/components/support/ticket-parts";
import { Card, PageHeader } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { readOwnTicket } from "@/lib/tickets/customer-tickets";

export async function generateMetadata() {
  return { title: (await getTranslations("support"))("tickets.title") };
}

export default async function TicketPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const t = await getTranslations("support");
  const ticket = await readOwnTicket(user.id, Number((await params).id));
  if (!ticket) notFound();
  return (
    <>
      <PageHeader
        title={`#${ticket.id} ${ticket.subject}`}
        description={
          <span className="inline-flex items-center gap-2">
            {t(`kind.${ticket.kind}`)} <TicketStatusBadge status={ticket.status} />
          </span>
        }
        actions={
          <Link href="/tickets" className="text-sm text-brand-700 hover:underline">
            {t("tickets.back")}
          </Link>
        }
      />
      <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
        <div className="space-y-6">
          <TicketThread messages={ticket.messages} audience="customer" />
          <Card>
            <CustomerTicketActions ticketId={ticket.id} closed={ticket.status === "CLOSED"} />
          </Card>
        </div>
        {ticket.orders.length > 0 && (
          <Card title={t("tickets.linkedOrders")} className="lg:self-start">
            <ul className="space-y-3 text-sm">
              {ticket.orders.map(({ order }) => (
                <li key={order.id}>
                  <Link href={`/orders?q=${order.id}`} className="font-medium text-brand-700 hover:underline">
                    #{order.id}
                  </Link>{" "}
                  {order.service.name}
                  <div className="mt-1">
                    <OrderStatusBadge status={order.status} />
                  </div>
                </li>
              ))}
            </ul>
          </Card>
        )}
      </div>
    </>
  );
}
