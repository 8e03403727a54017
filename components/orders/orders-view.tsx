"use client";
// The customer's orders: status tabs with counts, search, and the list, whose statuses refresh
// live (react-query polls /api/orders/status while the page is open). One responsive list: a
// card per order on phones, a grid row on wider screens.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { requestCancelAction, requestRefillAction } from "@/lib/actions/customer/orders";
import { ExternalLink } from "@/components/orders/external-link";
import { OrderStatusBadge, RefillStatusBadge } from "@/components/orders/status-badge";
import { BALANCE_QUERY_KEY } from "@/components/shell/live-balance";
import { Button } from "@/components/ui/button";
import { buttonClass } from "@/components/ui/button-class";
import { useConfirm } from "@/components/ui/confirm-dialog";
import { inputClass } from "@/components/ui/field";
import { formatNumber } from "@/lib/format";
import type { OrderTab, OrderView, StatusCounts } from "@/lib/orders/list-orders";

type Poll = { orders: OrderView[]; counts: StatusCounts; balance?: string };

/** Faster while something on the page can still change. */
const ACTIVE_POLL_MS = 3_000;
const IDLE_POLL_MS = 20_000;

function tabHref(tab: OrderTab, q: string) {
  const params = new URLSearchParams();
  if (tab !== "all") params.set("tab", tab);
  if (q) params.set("q", q);
  const text = params.toString();
  return text ? `/orders?${text}` : "/orders";
}

async function fetchStatuses(ids: number[]): Promise<Poll> {
  const response = await fetch(`/api/orders/status?ids=${ids.join(",")}`, { cache: "no-store" });
  if (!response.ok) throw new Error(`status poll failed: HTTP ${response.status}`);
  return response.json() as Promise<Poll>;
}

export function OrdersView({
  tabs,
  tab,
  q,
  initial,
}: {
  tabs: Array<{ key: OrderTab; label: string }>;
  tab: OrderTab;
  q: string;
  initial: Poll;
}) {
  const t = useTranslations("orders");
  const ids = initial.orders.map((o) => o.id);
  const queryClient = useQueryClient();
  const { data, refetch } = useQuery({
    queryKey: ["order-statuses", ids.join(",")],
    queryFn: async () => {
      const poll = await fetchStatuses(ids);
      if (poll.balance) queryClient.setQueryData(BALANCE_QUERY_KEY, poll.balance);
      return poll;
    },
    initialData: initial,
    staleTime: 0,
    refetchInterval: (query) =>
      query.state.data?.orders.some((o) => !o.final) ? ACTIVE_POLL_MS : IDLE_POLL_MS,
  });
  const latest = new Map(data.orders.map((o) => [o.id, o]));
  const orders = initial.orders.map((o) => latest.get(o.id) ?? o);

  return (
    <>
      <nav className="-mx-4 mb-4 overflow-x-auto px-4 sm:mx-0 sm:px-0" aria-label={t("statusTabs")}>
        <ul className="flex min-w-max gap-1 border-b border-slate-200">
          {tabs.map((item) => (
            <li key={item.key}>
              <Link
                href={tabHref(item.key, q)}
                aria-current={item.key === tab ? "page" : undefined}
                data-testid={`tab-${item.key}`}
                className="-mb-px inline-flex items-center gap-1.5 border-b-2 border-transparent px-3 py-2 text-sm font-medium text-slate-500 hover:text-slate-800 aria-[current=page]:border-brand-600 aria-[current=page]:text-brand-700"
              >
                {item.label}
                <span
                  className="rounded-full bg-slate-100 px-1.5 text-xs tabular-nums text-slate-600"
                  data-testid={`count-${item.key}`}
                >
                  {data.counts[item.key]}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <form action="/orders" className="mb-4 flex gap-2" role="search">
        {tab !== "all" && <input type="hidden" name="tab" value={tab} />}
        <label htmlFor="orders-search" className="sr-only">
          {t("searchLabel")}
        </label>
        <input
          id="orders-search"
          name="q"
          defaultValue={q}
          placeholder={t("searchPlaceholder")}
          className={`${inputClass} max-w-sm`}
        />
        <button type="submit" className={buttonClass("secondary")}>
          {t("search")}
        </button>
        {q && (
          <Link href={tabHref(tab, "")} className={buttonClass("ghost")}>
            {t("clear")}
          </Link>
        )}
      </form>

      {orders.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white px-6 py-12 text-center">
          <p className="font-medium text-slate-700">
            {q ? t("noMatch") : tab === "all" ? t("empty") : t("emptyTab")}
          </p>
          {!q && tab === "all" && (
            <p className="mt-2 text-sm text-slate-500">
              <Link href="/new-order" className="text-brand-700 hover:underline">
                {t("placeFirst")}
              </Link>
            </p>
          )}
        </div>
      ) : (
        <div className="overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm">
          <div className="hidden grid-cols-[6rem_minmax(0,1.4fr)_minmax(0,1.6fr)_8rem_6.5rem_7rem_9rem] gap-3 bg-slate-50 px-4 py-2 text-xs font-semibold uppercase tracking-wide text-slate-500 lg:grid">
            <span>{t("order")}</span>
            <span>{t("service")}</span>
            <span>{t("link")}</span>
            <span>{t("quantity")}</span>
            <span>{t("charge")}</span>
            <span>{t("status")}</span>
            <span />
          </div>
          <ul className="divide-y divide-slate-100">
            {orders.map((order) => (
              <OrderRow key={order.id} order={order} onChanged={() => void refetch()} />
            ))}
          </ul>
        </div>
      )}
    </>
  );
}

function OrderRow({ order, onChanged }: { order: OrderView; onChanged: () => void }) {
  const t = useTranslations("orders");
  const locale = useLocale();
  const router = useRouter();
  const confirm = useConfirm();
  const [busy, setBusy] = useState<"refill" | "cancel">();

  async function refill() {
    setBusy("refill");
    const result = await requestRefillAction(order.id);
    setBusy(undefined);
    if (!result.ok) return void toast.error(result.error);
    toast.success(t("refillRequested", { refill: result.data.refillId, order: order.id }));
    onChanged();
    router.refresh();
  }

  async function cancel() {
    const ok = await confirm({
      title: t("cancelTitle", { order: order.id }),
      description: t("cancelDescription", { charge: order.charge }),
      confirmLabel: t("cancelConfirm"),
      cancelLabel: t("cancelKeep"),
      danger: true,
    });
    if (!ok) return;
    setBusy("cancel");
    const result = await requestCancelAction(order.id);
    setBusy(undefined);
    if (!result.ok) return void toast.error(result.error);
    toast.success(t("cancelRequested", { order: order.id }));
    onChanged();
    router.refresh();
  }

  return (
    <li
      className="grid grid-cols-2 gap-x-3 gap-y-1.5 px-4 py-3 text-sm lg:grid-cols-[6rem_minmax(0,1.4fr)_minmax(0,1.6fr)_8rem_6.5rem_7rem_9rem] lg:items-center"
      data-testid="order-row"
      data-order-id={order.id}
    >
      <div className="order-1">
        <span className="font-medium text-slate-900">#{order.id}</span>
        <div className="text-xs text-slate-500">{order.createdAt}</div>
      </div>
      <div className="order-2 text-right lg:order-6 lg:text-left">
        <OrderStatusBadge status={order.status} />
        {order.refillStatus && (
          <div className="mt-1 text-xs text-slate-500">
            {t("refill")} <RefillStatusBadge status={order.refillStatus} />
          </div>
        )}
      </div>
      <div className="order-3 col-span-2 text-slate-800 lg:order-2 lg:col-span-1">{order.serviceName}</div>
      <div className="order-4 col-span-2 min-w-0 lg:order-3 lg:col-span-1">
        <ExternalLink href={order.link} className="block truncate" />
        {order.reason && <p className="mt-0.5 text-xs text-red-600">{order.reason}</p>}
      </div>
      <div className="order-5 text-slate-700 lg:order-4">
        <span className="tabular-nums">{formatNumber(order.quantity, locale)}</span>
        <div className="text-xs text-slate-500">
          {order.startCount !== null && t("startCount", { count: formatNumber(order.startCount, locale) })}
          {order.startCount !== null && order.remains !== null && " · "}
          {order.remains !== null && t("remains", { count: formatNumber(order.remains, locale) })}
        </div>
      </div>
      <div className="order-6 text-right tabular-nums lg:order-5 lg:text-left">
        <span className="font-medium text-slate-900">{order.charge}</span>
        {order.refunded && (
          <div className="text-xs text-emerald-700">{t("refunded", { amount: order.refunded })}</div>
        )}
      </div>
      <div className="order-7 col-span-2 flex flex-wrap gap-2 empty:hidden lg:col-span-1 lg:justify-end">
        {order.canRefill ? (
          <Button
            variant="secondary"
            className="px-3 py-1 text-xs"
            onClick={refill}
            loading={busy === "refill"}
          >
            {t("refill")}
          </Button>
        ) : order.refillStatus === "PENDING" || order.refillStatus === "IN_PROGRESS" ? (
          <Button variant="secondary" className="px-3 py-1 text-xs" disabled data-testid="refill-requested">
            {t("refillPending")}
          </Button>
        ) : null}
        {order.canCancel && (
          <Button variant="ghost" className="px-3 py-1 text-xs" onClick={cancel} loading={busy === "cancel"}>
            <span className="text-red-700">{t("cancel")}</span>
          </Button>
        )}
      </div>
    </li>
  );
}
