// status: one order ({charge, start_count, status, remains, currency}) or up to 100 orders (an
// object keyed by id). Orders that are not the caller's are "Incorrect order ID", like unknown ones.
import { getOrderStatuses } from "../../orders/order-status";
import { orderStatusName } from "../../orders/status-names";
import { formatMoney } from "../../money";
import type { ApiActionDefinition } from "../action-types";
import { API_ERRORS, incorrectRequest } from "../api-errors";
import { parseId, parseIdList } from "../ids";

type OrderStatusView = NonNullable<ReturnType<Awaited<ReturnType<typeof getOrderStatuses>>["get"]>>;

function presentStatus(order: OrderStatusView, currency: string) {
  return {
    charge: formatMoney(order.charge),
    start_count: String(order.startCount ?? 0),
    status: orderStatusName(order.status),
    remains: String(order.remains),
    currency,
  };
}

const notFound = { error: API_ERRORS.incorrectOrder };

export const statusAction: ApiActionDefinition = {
  name: "status",
  kind: "read",
  title: "Order status",
  description: "The charge, start count, status and remains of one order, or of up to 100 orders at once.",
  forms: [
    {
      title: "Order status",
      params: [{ name: "order", description: "Order ID", example: "23501" }],
      response: {
        charge: "0.27819",
        start_count: "3572",
        status: "Partial",
        remains: "157",
        currency: "USD",
      },
    },
    {
      title: "Multiple orders status",
      params: [
        { name: "orders", description: "Order IDs separated by commas (up to 100)", example: "1,123,3" },
      ],
      response: {
        "1": { charge: "20.00000", start_count: "9379", status: "Completed", remains: "0", currency: "USD" },
        "123": { error: "Incorrect order ID" },
        "3": { charge: "0.02000", start_count: "10460", status: "Canceled", remains: "0", currency: "USD" },
      },
    },
  ],
  async run({ caller, params, currency }) {
    const list = params.list("orders");
    if (list !== undefined) {
      const tokens = parseIdList(list);
      const ids = tokens.flatMap((t) => (t.id === null ? [] : [t.id]));
      const [statuses, code] = await Promise.all([getOrderStatuses(caller.userId, ids), currency()]);
      const answer: Record<string, unknown> = {};
      for (const token of tokens) {
        const order = token.id === null ? null : statuses.get(token.id);
        answer[token.text] = order ? presentStatus(order, code) : notFound;
      }
      return answer;
    }
    const text = params.one("order");
    if (text === undefined) throw incorrectRequest();
    const id = parseId(text);
    if (id === null) return notFound;
    const [statuses, code] = await Promise.all([getOrderStatuses(caller.userId, [id]), currency()]);
    const order = statuses.get(id);
    return order ? presentStatus(order, code) : notFound;
  },
};
