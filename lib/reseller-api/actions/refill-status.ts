// refill_status: one refill ({"status": ...}) or up to 100 (an array of {refill, status}, with
// {"error": "Refill not found"} as the status of refills that are not the caller's).
import { getRefillStatuses } from "../../orders/refill";
import { refillStatusName } from "../../orders/status-names";
import type { ApiActionDefinition } from "../action-types";
import { API_ERRORS, incorrectRequest } from "../api-errors";
import { parseId, parseIdList } from "../ids";

const notFound = { error: API_ERRORS.refillNotFound };

export const refillStatusAction: ApiActionDefinition = {
  name: "refill_status",
  kind: "read",
  title: "Get refill status",
  description: "The status of one refill, or of up to 100 refills at once.",
  forms: [
    {
      title: "Get refill status",
      params: [{ name: "refill", description: "Refill ID", example: "1" }],
      response: { status: "Completed" },
    },
    {
      title: "Get multiple refill status",
      params: [
        { name: "refills", description: "Refill IDs separated by commas (up to 100)", example: "1,2,3" },
      ],
      response: [
        { refill: "1", status: "Rejected" },
        { refill: "2", status: "Rejected" },
        { refill: "3", status: { error: "Refill not found" } },
      ],
    },
  ],
  async run({ caller, params }) {
    const list = params.list("refills");
    if (list !== undefined) {
      const tokens = parseIdList(list);
      const statuses = await getRefillStatuses(
        caller.userId,
        tokens.flatMap((t) => (t.id === null ? [] : [t.id])),
      );
      return tokens.map((token) => {
        const status = token.id === null ? null : statuses.get(token.id);
        return { refill: token.text, status: status ? refillStatusName(status) : notFound };
      });
    }
    const text = params.one("refill");
    if (text === undefined) throw incorrectRequest();
    const id = parseId(text);
    const status = id === null ? null : (await getRefillStatuses(caller.userId, [id])).get(id);
    return status ? { status: refillStatusName(status) } : notFound;
  },
};
