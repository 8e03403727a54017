import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { OrdersView } from "@/components/orders/orders-view";
import { buttonClass } from "@/components/ui/button-class";
import { PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { requireUser } from "@/lib/auth/session";
import { enumParam, firstParam, pageParam, type SearchParams } from "@/lib/http/url-filters";
import { listCustomerOrders, ORDER_TABS, statusOfTab, toOrderView } from "@/lib/orders/list-orders";
import { getSettings } from "@/lib/settings/settings";

export async function generateMetadata() {
  return { title: (await getTranslations("orders"))("title") };
}

export default async function OrdersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  const params = await searchParams;
  const tab = enumParam(params, "tab", ORDER_TABS, "all");
  const q = firstParam(params, "q") ?? "";
  const [list, settings, t, locale] = await Promise.all([
    listCustomerOrders({ userId: user.id, tab, search: q, page: pageParam(params) }),
    getSettings(),
    getTranslations(),
    getLocale(),
  ]);
  const orders = list.rows.map((o) => toOrderView(o, settings, locale));
  const tabs = ORDER_TABS.map((key) => {
    const status = statusOfTab(key);
    return { key, label: status ? t(`status.order.${status}`) : t("orders.all") };
  });
  return (
    <>
      <PageHeader
        title={t("orders.title")}
        description={t("orders.description")}
        actions={
          <Link href="/new-order" className={buttonClass()}>
            {t("nav.newOrder")}
          </Link>
        }
      />
      {/* The key remounts the live list when the page of orders changes. */}
      <OrdersView
        key={`${tab}:${q}:${list.page}`}
        tabs={tabs}
        tab={tab}
        q={q}
        initial={{ orders, counts: list.counts }}
      />
      <Pagination
        path="/orders"
        params={{ tab: tab === "all" ? undefined : tab, q: q || undefined }}
        page={list.page}
        pageCount={list.pageCount}
        total={list.total}
      />
    </>
  );
}
