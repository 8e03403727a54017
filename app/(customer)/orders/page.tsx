import Link from "next/link";
import { OrdersView } from "@/components/orders/orders-view";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { requireUser } from "@/lib/auth/session";
import { enumParam, firstParam, pageParam, type SearchParams } from "@/lib/http/url-filters";
import { listCustomerOrders, ORDER_TABS, statusOfTab, toOrderView } from "@/lib/orders/list-orders";
import { orderStatusName } from "@/lib/orders/status-names";
import { getSettings } from "@/lib/settings/settings";

export const metadata = { title: "Orders" };

const tabs = ORDER_TABS.map((key) => {
  const status = statusOfTab(key);
  return { key, label: status ? orderStatusName(status) : "All" };
});

export default async function OrdersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  const params = await searchParams;
  const tab = enumParam(params, "tab", ORDER_TABS, "all");
  const q = firstParam(params, "q") ?? "";
  const [list, settings] = await Promise.all([listCustomerOrders({ userId: user.id, tab, search: q, page: pageParam(params) }), getSettings()]);
  const orders = list.rows.map((o) => toOrderView(o, settings));
  return (
    <>
      <PageHeader
        title="Orders"
        description="Statuses update by themselves while this page is open."
        actions={
          <Link href="/new-order" className={buttonClass()}>
            New order
          </Link>
        }
      />
      {/* The key remounts the live list when the page of orders changes. */}
      <OrdersView key={`${tab}:${q}:${list.page}`} tabs={tabs} tab={tab} q={q} initial={{ orders, counts: list.counts }} />
      <Pagination path="/orders" params={{ tab: tab === "all" ? undefined : tab, q: q || undefined }} page={list.page} pageCount={list.pageCount} total={list.total} />
    </>
  );
}
