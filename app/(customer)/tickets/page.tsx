import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { TicketStatusBadge } from "@/components/support/ticket-parts";
import { buttonClass } from "@/components/ui/button-class";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { StackedList, StackedRow } from "@/components/ui/stacked-list";
import { requireUser } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { listOwnTickets } from "@/lib/tickets/customer-tickets";

export async function generateMetadata() {
  return { title: (await getTranslations("support"))("tickets.title") };
}

const columns = "sm:grid-cols-[1fr_6rem_10rem_10rem]";

export default async function TicketsPage() {
  const user = await requireUser();
  const [t, locale, tickets] = await Promise.all([
    getTranslations("support"),
    getLocale(),
    listOwnTickets(user.id),
  ]);
  const newTicket = (
    <Link href="/tickets/new" className={buttonClass()}>
      {t("tickets.new")}
    </Link>
  );
  return (
    <>
      <PageHeader title={t("tickets.title")} description={t("tickets.description")} actions={newTicket} />
      {tickets.length === 0 ? (
        <EmptyState title={t("tickets.empty")}>{t("tickets.emptyHint")}</EmptyState>
      ) : (
        <StackedList
          columns={columns}
          headers={[t("tickets.subject"), t("tickets.kind"), t("tickets.status"), t("tickets.updated")]}
          label={t("tickets.title")}
        >
          {tickets.map((ticket) => (
            <StackedRow key={ticket.id} columns={columns} data-testid="ticket-row">
              <div className="min-w-0 break-words">
                <Link href={`/tickets/${ticket.id}`} className="font-medium text-brand-700 hover:underline">
                  #{ticket.id} {ticket.subject}
                </Link>
                {ticket.customerUnread && (
                  <span
                    className="ml-2 inline-block whitespace-nowrap rounded-full bg-red-600 px-2 py-0.5 text-xs font-medium text-white"
                    data-testid="ticket-unread"
                  >
                    {t("tickets.unread")}
                  </span>
                )}
              </div>
              {/* On a phone these three share one line under the subject. */}
              <div className="flex flex-wrap items-center gap-x-3 gap-y-1 sm:contents">
                <span className="text-slate-600">{t(`kind.${ticket.kind}`)}</span>
                <span>
                  <TicketStatusBadge status={ticket.status} />
                </span>
                <span className="whitespace-nowrap text-xs text-slate-500 sm:text-sm sm:text-slate-700">
                  {formatDateTime(ticket.lastMessageAt, locale)}
                </span>
              </div>
            </StackedRow>
          ))}
        </StackedList>
      )}
    </>
  );
}
