// The orders page's live poll: current statuses of some of the caller's own orders and the
// tab counts, and the caller's balance for the header. Ids of other users' orders are ignored.
import { NextResponse } from "next/server";
import { getRequestLocale } from "@/i18n/server-translator";
import { assertReader } from "@/lib/auth/session";
import { formatCurrency } from "@/lib/format";
import { isExpectedError } from "@/lib/errors";
import { log } from "@/lib/log";
import { countOrdersByStatus, getCustomerOrdersByIds, toOrderView } from "@/lib/orders/list-orders";
import { getSettings } from "@/lib/settings/settings";

export async function GET(request: Request) {
  try {
    const user = await assertReader();
    const ids = (new URL(request.url).searchParams.get("ids") ?? "")
      .split(",")
      .slice(0, 100)
      .map(Number)
      .filter((id) => Number.isSafeInteger(id) && id > 0);
    const [orders, counts, settings, locale] = await Promise.all([
      getCustomerOrdersByIds(user.id, ids),
      countOrdersByStatus(user.id),
      getSettings(),
      getRequestLocale(),
    ]);
    return NextResponse.json(
      {
        orders: orders.map((o) => toOrderView(o, settings, locale)),
        counts,
        balance: formatCurrency(user.balance, settings, locale),
      },
      { headers: { "cache-control": "no-store" } },
    );
  } catch (error) {
    if (isExpectedError(error))
      return NextResponse.json({ error: error.message }, { status: error.code === "forbidden" ? 401 : 400 });
    log.error("order status poll failed", { error });
    return NextResponse.json({ error: "Could not load order statuses" }, { status: 500 });
  }
}
