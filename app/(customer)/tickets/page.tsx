import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { TicketStatusBadge } from "@/components/support/ticket-parts";
import { buttonClass } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Table, td, th } from "@/components/ui/table";
import { requireUser } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { listOwnTickets } from "@/lib/tickets/customer-tickets";

export async function generateMetadata() {
  return { title: (await getTranslations("support"))("tickets.title") };
}

export default async function TicketsPage() {
  const user = await requireUser();
  const [t, locale, tickets] = await Promise.all([getTranslations("support"), getLocale(), listOwnTickets(user.id)]);
  const newTicket = <Link href="/tickets/new" className={buttonClass()}>{t("tickets.new")}</Link>;
  return (
    <>
      <PageHeader title={t("tickets.title")} description={t("tickets.description")} actions={newTicket} />
      {tickets.length === 0 ? (
        <EmptyState title={t("tickets.empty")}>{t("tickets.emptyHint")}</EmptyState>
      ) : (
        <Table>
          <thead>
            <tr>
              <th className={th}>{t("tickets.subject")}</th>
              <th className={th}>{t("tickets.kind")}</th>
              <th className={th}>{t("tickets.status")}</th>
              <th className={th}>{t("tickets.updated")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {tickets.map((ticket) => (
              <tr key={ticket.id} data-testid="ticket-row">
                <td className={td}>
                  <Link href={`/tickets/${ticket.id}`} className="font-medium text-brand-700 hover:underline">
                    #{ticket.id} {ticket.subject}
                  </Link>
                  {ticket.customerUnread && <span className="ml-2 rounded-full bg-red-600 px-2 py-0.5 text-xs font-medium text-white" data-testid="ticket-unread">{t("tickets.unread")}</span>}
                </td>
                <td className={td}>{t(`kind.${ticket.kind}`)}</td>
                <td className={td}><TicketStatusBadge status={ticket.status} /></td>
                <td className={`${td} whitespace-nowrap`}>{formatDateTime(ticket.lastMessageAt, locale)}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
