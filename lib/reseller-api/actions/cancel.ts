// cancel: asks to cancel up to 100 orders; an array of {order, cancel: 1} or a per-order
// {"error": ...}. Whether an order may be canceled is requestCancel's rule; the refund follows
// when the provider reports it canceled.
import { requestCancel } from "../../orders/cancel";
import type { ApiActionDefinition } from "../action-types";
import { API_ERRORS, incorrectRequest } from "../api-errors";
import { parseIdList } from "../ids";

export const cancelAction: ApiActionDefinition = {
  name: "cancel",
  kind: "read",
  title: "Create cancel",
  description:
    "Asks to cancel orders whose service allows it and that are not finished yet. The charge is refunded once the order is canceled.",
  forms: [
    {
      title: "Create cancel",
      params: [{ name: "orders", description: "Order IDs separated by commas (up to 100)", example: "9,2" }],
      response: [
        { order: 9, cancel: { error: "Incorrect order ID" } },
        { order: 2, cancel: 1 },
      ],
    },
  ],
  async run({ caller, params }) {
    // `order` (one id) is accepted too; the answer is the same array.
    const list = params.list("orders") ?? params.one("order");
    if (list === undefined) throw incorrectRequest();
    const tokens = parseIdList(list);
    const results = await requestCancel(
      caller.userId,
      tokens.flatMap((t) => (t.id === null ? [] : [t.id])),
    );
    return tokens.map((token) => {
      const result = token.id === null ? undefined : results.get(token.id);
      const cancel = !result ? { error: API_ERRORS.incorrectOrder } : result.ok ? 1 : { error: result.error };
      return { order: token.id ?? token.text, cancel };
    });
  },
};
