import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { TicketStatusBadge } from "@/components/support/ticket-parts";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button-class";
import { inputClass } from "@/components/ui/field";
import { Pagination } from "@/components/ui/pagination";
import { StackedList, StackedRow } from "@/components/ui/stacked-list";
import { requireAdminPage } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import type { SearchParams } from "@/lib/http/url-filters";
import { listAdmins, listTickets, parseTicketFilters } from "@/lib/tickets/admin-tickets";
import { TICKET_KINDS, TICKET_STATUSES } from "@/lib/tickets/ticket-input";

export async function generateMetadata() {
  return { title: (await getTranslations("support"))("inbox.title") };
}

const label = "mb-1 block text-sm font-medium text-slate-700";
const columns = "lg:grid-cols-[1fr_5rem_9rem_10rem_9rem]";

export default async function AdminTicketsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const admin = await requireAdminPage();
  const [t, locale] = await Promise.all([getTranslations("support"), getLocale()]);
  const filters = parseTicketFilters(await searchParams);
  const [list, admins] = await Promise.all([listTickets(filters, { id: admin.id }), listAdmins()]);
  const params = {
    status: filters.status,
    kind: filters.kind,
    assignee: filters.assignee,
    q: filters.search,
  };
  return (
    <>
      <PageHeader
        title={t("inbox.title")}
        description={t("inbox.description")}
        actions={
          <Link href="/admin/tickets/saved-replies" className={buttonClass("secondary")}>
            {t("inbox.savedReplies")}
          </Link>
        }
      />
      <form
        method="get"
        action="/admin/tickets"
        className="mb-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-5 lg:items-end"
        role="search"
      >
        <div>
          <label htmlFor="f-status" className={label}>
            {t("tickets.status")}
          </label>
          <select id="f-status" name="status" defaultValue={filters.status} className={inputClass}>
            {(["active", ...TICKET_STATUSES] as const).map((s) => (
              <option key={s} value={s}>
                {t(`adminStatus.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="f-kind" className={label}>
            {t("tickets.kind")}
          </label>
          <select id="f-kind" name="kind" defaultValue={filters.kind ?? ""} className={inputClass}>
            <option value="">{t("inbox.anyKind")}</option>
            {TICKET_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="f-assignee" className={label}>
            {t("inbox.assignee")}
          </label>
          <select
            id="f-assignee"
            name="assignee"
            defaultValue={filters.assignee === undefined ? "" : String(filters.assignee)}
            className={inputClass}
          >
            <option value="">{t("inbox.anyone")}</option>
            <option value="me">{t("inbox.me")}</option>
            <option value="none">{t("inbox.unassigned")}</option>
            {admins.map((a) => (
              <option key={a.id} value={a.id}>
                {a.email}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="f-q" className={label}>
            {t("inbox.search")}
          </label>
          <input id="f-q" name="q" defaultValue={filters.search} className={inputClass} />
        </div>
        <button type="submit" className={buttonClass("secondary")}>
          {t("inbox.filter")}
        </button>
      </form>
      {list.rows.length === 0 ? (
        <EmptyState title={t("inbox.empty")} />
      ) : (
        <StackedList
          at="lg"
          columns={columns}
          headers={[
            `${t("tickets.subject")} · ${t("inbox.customer")}`,
            t("tickets.kind"),
            t("tickets.status"),
            t("inbox.assignee"),
            t("tickets.updated"),
          ]}
          label={t("inbox.title")}
        >
          {list.rows.map((row) => (
            <StackedRow
              key={row.id}
              at="lg"
              columns={columns}
              data-testid="admin-ticket-row"
              className={row.staffUnread ? "bg-amber-50/50" : undefined}
            >
              <div className="min-w-0 break-words">
                <Link
                  href={`/admin/tickets/${row.id}`}
                  className={`text-brand-700 hover:underline ${row.staffUnread ? "font-semibold" : ""}`}
                >
                  #{row.id} {row.subject}
                </Link>
                {row.staffUnread && (
                  <span
                    className="ml-2 inline-block size-2 rounded-full bg-red-600"
                    role="img"
                    aria-label={t("tickets.unread")}
                  />
                )}
                <Link
                  href={`/admin/users/${row.user.id}`}
                  className="block truncate text-xs text-slate-500 hover:underline"
                >
                  {row.user.email}
                </Link>
              </div>
              {/* On a phone these share the lines under the subject. */}
              <div className="flex flex-wrap items-center gap-x-3 gap-y-1 lg:contents">
                <span className="text-slate-600">{t(`kind.${row.kind}`)}</span>
                <span>
                  <TicketStatusBadge status={row.status} audience="admin" />
                </span>
                <span className={`truncate text-slate-600 ${row.assignee ? "" : "hidden lg:block"}`}>
                  {row.assignee?.email ?? "—"}
                </span>
                <span className="whitespace-nowrap text-xs text-slate-500 lg:text-sm lg:text-slate-700">
                  {formatDateTime(row.lastMessageAt, locale)}
                </span>
              </div>
            </StackedRow>
          ))}
        </StackedList>
      )}
      <Pagination
        path="/admin/tickets"
        params={params}
        page={list.page}
        pageCount={Math.max(1, Math.ceil(list.total / list.pageSize))}
        total={list.total}
      />
    </>
  );
}
