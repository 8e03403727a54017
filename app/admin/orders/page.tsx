import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { BulkOrderActions, BULK_FORM_ID } from "@/components/orders/bulk-order-actions";
import { OrderStatusBadge } from "@/components/orders/status-badge";
import { buttonClass } from "@/components/ui/button-class";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { inputClass } from "@/components/ui/field";
import { Pagination } from "@/components/ui/pagination";
import { StatusBadge, Table, td, th } from "@/components/ui/table";
import { requireAdminPage } from "@/lib/auth/session";
import { OrderStatus } from "@/lib/db/generated/sqlite/enums";
import { formatCurrency, formatDateTime, formatNumber } from "@/lib/format";
import { hrefWith, pageParam, type SearchParams } from "@/lib/http/url-filters";
import {
  listAdminOrders,
  listOrderFilterOptions,
  ORDER_TABS,
  parseAdminOrderFilters,
  statusOfTab,
} from "@/lib/orders/list-orders";
import { getSettings } from "@/lib/settings/settings";

export async function generateMetadata() {
  return { title: (await getTranslations("adminOrders"))("title") };
}

const dispatchTone = {
  QUEUED: "gray",
  SENDING: "blue",
  SENT: "green",
  REVIEW: "yellow",
  CLOSED: "gray",
} as const;
const selectClass = `${inputClass} sm:w-auto`;

export default async function AdminOrdersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireAdminPage();
  const params = await searchParams;
  const filters = parseAdminOrderFilters(params);
  const [list, options, settings, t, status, locale] = await Promise.all([
    listAdminOrders(filters, pageParam(params)),
    listOrderFilterOptions(),
    getSettings(),
    getTranslations("adminOrders"),
    getTranslations("status.order"),
    getLocale(),
  ]);
  const money = (units: bigint) => formatCurrency(units, settings, locale);
  const current = {
    status: filters.status?.toLowerCase(),
    user: filters.user,
    service: filters.serviceId,
    provider: filters.providerId,
    state: filters.state,
    q: filters.search,
  };
  const filtered = Object.values(current).some((v) => v !== undefined);

  return (
    <>
      <PageHeader
        title={t("title")}
        description={
          filters.state === "stuck"
            ? t("descriptionStuck", { minutes: settings.stuckOrderMinutes })
            : t("description")
        }
        actions={
          <Link
            href={hrefWith("/admin/orders", {}, { state: "review" })}
            className={buttonClass(filters.state === "review" ? "primary" : "secondary")}
            data-testid="review-queue-link"
          >
            {t("reviewQueue")}
            <span className="rounded-full bg-amber-100 px-2 text-xs text-amber-900">{list.reviewCount}</span>
          </Link>
        }
      />

      <nav className="-mx-4 mb-4 overflow-x-auto px-4 sm:mx-0 sm:px-0" aria-label={t("statusNav")}>
        <ul className="flex min-w-max gap-1 border-b border-slate-200">
          {ORDER_TABS.map((tab) => {
            const tabStatus = statusOfTab(tab);
            const selected = (tabStatus?.toLowerCase() ?? undefined) === current.status;
            return (
              <li key={tab}>
                <Link
                  href={hrefWith("/admin/orders", current, { status: tabStatus?.toLowerCase() })}
                  aria-current={selected ? "page" : undefined}
                  data-testid={`admin-tab-${tab}`}
                  className="-mb-px inline-flex items-center gap-1.5 border-b-2 border-transparent px-3 py-2 text-sm font-medium text-slate-600 hover:text-slate-900 aria-[current=page]:border-brand-600 aria-[current=page]:text-brand-700"
                >
                  {tabStatus ? status(tabStatus) : t("all")}
                  <span className="rounded-full bg-slate-100 px-1.5 text-xs tabular-nums text-slate-700">
                    {list.counts[tab]}
                  </span>
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>

      {/* Keyed by the filters: a link that changes them (Review queue, a tab) resets the inputs too. */}
      <form
        key={JSON.stringify(current)}
        action="/admin/orders"
        className="mb-4 grid gap-2 rounded-lg border border-slate-200 bg-white p-3 shadow-sm sm:flex sm:flex-wrap sm:items-end"
        role="search"
      >
        <label className="text-xs font-medium text-slate-600">
          {t("filter.search")}
          <input
            name="q"
            defaultValue={filters.search}
            placeholder={t("filter.searchPlaceholder")}
            className={`${inputClass} mt-1 sm:w-48`}
          />
        </label>
        <label className="text-xs font-medium text-slate-600">
          {t("filter.customer")}
          <input
            name="user"
            defaultValue={filters.user}
            placeholder={t("filter.customerPlaceholder")}
            className={`${inputClass} mt-1 sm:w-44`}
          />
        </label>
        <label className="text-xs font-medium text-slate-600">
          {t("filter.status")}
          <select name="status" defaultValue={current.status ?? ""} className={`${selectClass} mt-1`}>
            <option value="">{t("filter.anyStatus")}</option>
            {Object.values(OrderStatus).map((s) => (
              <option key={s} value={s.toLowerCase()}>
                {status(s)}
              </option>
            ))}
          </select>
        </label>
        <label className="text-xs font-medium text-slate-600">
          {t("filter.service")}
          <select
            name="service"
            defaultValue={filters.serviceId ?? ""}
            className={`${selectClass} mt-1 sm:max-w-56`}
          >
            <option value="">{t("filter.anyService")}</option>
            {options.services.map((s) => (
              <option key={s.id} value={s.id}>
                {s.id} — {s.name}
              </option>
            ))}
          </select>
        </label>
        <label className="text-xs font-medium text-slate-600">
          {t("filter.provider")}
          <select name="provider" defaultValue={filters.providerId ?? ""} className={`${selectClass} mt-1`}>
            <option value="">{t("filter.anyProvider")}</option>
            {options.providers.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <label className="flex items-center gap-2 py-2 text-sm text-slate-700">
          <input
            type="checkbox"
            name="state"
            value="review"
            defaultChecked={filters.state === "review"}
            className="size-4"
          />
          {t("filter.needsReview")}
        </label>
        <div className="flex gap-2">
          <button type="submit" className={buttonClass("secondary")}>
            {t("filter.apply")}
          </button>
          {filtered && (
            <Link href="/admin/orders" className={buttonClass("ghost")}>
              {t("filter.clear")}
            </Link>
          )}
        </div>
      </form>

      {list.searchCapped !== null && (
        <p
          className="mb-4 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900"
          role="status"
          data-testid="search-capped"
        >
          {t("searchCapped", { count: formatNumber(list.searchCapped, locale) })}
        </p>
      )}

      {list.total === 0 ? (
        <EmptyState title={filtered ? t("emptyFiltered") : t("empty")}>
          {filters.state === "review" ? t("emptyReview") : undefined}
        </EmptyState>
      ) : (
        <>
          <BulkOrderActions />
          <Table>
            <thead>
              <tr>
                <th className={th}>
                  <span className="sr-only">{t("col.select")}</span>
                </th>
                <th className={th}>{t("col.order")}</th>
                <th className={th}>{t("col.customer")}</th>
                <th className={th}>{t("col.service")}</th>
                <th className={th}>{t("col.link")}</th>
                <th className={`${th} text-right`}>{t("col.qty")}</th>
                <th className={`${th} text-right`}>{t("col.money")}</th>
                <th className={th}>{t("col.status")}</th>
                <th className={th}>{t("col.provider")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {list.rows.map((o) => (
                <tr key={o.id} data-testid="admin-order-row" data-order-id={o.id}>
                  <td className={td}>
                    <input
                      type="checkbox"
                      name="ids"
                      value={o.id}
                      form={BULK_FORM_ID}
                      aria-label={t("selectOrder", { id: String(o.id) })}
                      className="size-4"
                    />
                  </td>
                  <td className={`${td} whitespace-nowrap`}>
                    <Link
                      href={`/admin/orders/${o.id}`}
                      className="font-medium text-brand-700 hover:underline"
                    >
                      #{o.id}
                    </Link>
                    <div className="text-xs text-slate-500">{formatDateTime(o.createdAt, locale)}</div>
                    <div className="text-xs text-slate-500">
                      {t.has(`source.${o.source}`) ? t(`source.${o.source}`) : o.source}
                    </div>
                  </td>
                  <td className={td}>
                    <Link
                      href={hrefWith("/admin/orders", {}, { user: String(o.user.id) })}
                      className="hover:underline"
                    >
                      {o.user.email}
                    </Link>
                  </td>
                  <td className={`${td} min-w-40`}>{o.service.name}</td>
                  <td className={`${td} max-w-48 truncate`} title={o.link}>
                    {o.link}
                  </td>
                  <td className={`${td} text-right tabular-nums`}>{formatNumber(o.quantity, locale)}</td>
                  <td className={`${td} whitespace-nowrap text-right tabular-nums`}>
                    <div>
                      <span className="text-xs text-slate-500">{t("charge")} </span>
                      {money(o.charge)}
                    </div>
                    <div className="text-xs text-slate-600">{t("cost", { amount: money(o.cost) })}</div>
                    {o.refunded > 0n && (
                      <div className="text-xs text-emerald-700">
                        {t("refunded", { amount: money(o.refunded) })}
                      </div>
                    )}
                  </td>
                  <td className={td}>
                    <OrderStatusBadge status={o.status} />
                    {o.dispatchState !== "SENT" && (
                      <div className="mt-1">
                        <StatusBadge tone={dispatchTone[o.dispatchState]}>
                          {t(`dispatchBadge.${o.dispatchState}`)}
                        </StatusBadge>
                      </div>
                    )}
                    {o.reviewReason && (
                      <div className="mt-1 max-w-48 text-xs text-amber-800">{o.reviewReason}</div>
                    )}
                  </td>
                  <td className={`${td} whitespace-nowrap`}>
                    {o.provider.name}
                    <div className="text-xs text-slate-500">
                      {o.providerOrderId ? `#${o.providerOrderId}` : t("noProviderId")}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
          <Pagination
            path="/admin/orders"
            params={current}
            page={list.page}
            pageCount={list.pageCount}
            total={list.total}
          />
        </>
      )}
    </>
  );
}
