// refill: asks for a refill of one order ({"refill": "id"}) or of several (an array of
// {order, refill} with a per-order {"error": ...}). Whether a refill is allowed is requestRefill's rule.
import { requestRefill } from "../../orders/refill";
import type { ApiActionDefinition } from "../action-types";
import { API_ERRORS, incorrectRequest, itemError } from "../api-errors";
import { parseId, parseIdList } from "../ids";

export const refillAction: ApiActionDefinition = {
  name: "refill",
  kind: "read",
  title: "Create refill",
  description:
    "Asks for a refill of a completed order whose service offers refills, within its refill window.",
  forms: [
    {
      title: "Create refill",
      params: [{ name: "order", description: "Order ID", example: "23501" }],
      response: { refill: "1" },
    },
    {
      title: "Create multiple refill",
      params: [
        { name: "orders", description: "Order IDs separated by commas (up to 100)", example: "1,2,3" },
      ],
      response: [
        { order: 1, refill: "1" },
        { order: 2, refill: "2" },
        { order: 3, refill: { error: "Incorrect order ID" } },
      ],
    },
  ],
  async run({ caller, params }) {
    const list = params.list("orders");
    if (list !== undefined) {
      const answer = [];
      for (const token of parseIdList(list)) {
        const order = token.id ?? token.text;
        if (token.id === null) {
          answer.push({ order, refill: { error: API_ERRORS.incorrectOrder } });
          continue;
        }
        try {
          const { refillId } = await requestRefill(caller.userId, token.id);
          answer.push({ order, refill: String(refillId) });
        } catch (error) {
          answer.push({ order, refill: itemError(error, "refill") });
        }
      }
      return answer;
    }
    const text = params.one("order");
    if (text === undefined) throw incorrectRequest();
    const id = parseId(text);
    if (id === null) return { error: API_ERRORS.incorrectOrder };
    const { refillId } = await requestRefill(caller.userId, id);
    return { refill: String(refillId) };
  },
};
