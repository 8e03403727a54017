// Pieces shared by the customer's and the admin's ticket pages: the status badge and the thread.
// Message text is plain text shown by React (escaped), line breaks kept.
import { useLocale, useTranslations } from "next-intl";
import { StatusBadge } from "@/components/ui/table";
import type { TicketStatus } from "@/lib/db/generated/sqlite/enums";
import { formatDateTime } from "@/lib/format";

const tone = {
  OPEN: "blue",
  ANSWERED: "green",
  AWAITING_CUSTOMER: "yellow",
  CLOSED: "gray",
} as const satisfies Record<TicketStatus, string>;

export function TicketStatusBadge({
  status,
  audience = "customer",
}: {
  status: TicketStatus;
  audience?: "customer" | "admin";
}) {
  const t = useTranslations("support");
  return (
    <span data-testid="ticket-status" data-status={status}>
      <StatusBadge tone={tone[status]}>
        {t(audience === "admin" ? `adminStatus.${status}` : `status.${status}`)}
      </StatusBadge>
    </span>
  );
}

type Message = { id: number; staff: boolean; body: string; createdAt: Date; author?: string };

export function TicketThread({
  messages,
  audience,
}: {
  messages: Message[];
  audience: "customer" | "admin";
}) {
  const t = useTranslations("support.tickets");
  const locale = useLocale();
  return (
    <ol className="space-y-3" data-testid="ticket-thread">
      {messages.map((m) => {
        const mine = audience === "customer" ? !m.staff : m.staff;
        return (
          <li
            key={m.id}
            className={`rounded-lg border p-3 text-sm ${m.staff ? "border-brand-100 bg-brand-50" : "border-slate-200 bg-white"} ${mine ? "sm:ml-12" : "sm:mr-12"}`}
            data-testid="ticket-message"
            data-staff={m.staff}
          >
            <div className="mb-1 flex flex-wrap justify-between gap-2 text-xs text-slate-500">
              <span className="font-medium text-slate-700">
                {m.author ?? (m.staff ? t("staff") : t("you"))}
              </span>
              <time dateTime={m.createdAt.toISOString()}>{formatDateTime(m.createdAt, locale)}</time>
            </div>
            <p className="whitespace-pre-wrap break-words text-slate-800">{m.body}</p>
          </li>
        );
      })}
    </ol>
  );
}
