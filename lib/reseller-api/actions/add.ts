// add: places an order through the same placeOrder as the web pages. The type's fields are
// passed as sent; placeOrder validates them with the field's wording ("Bad link", ...).
// Beyond the standard: `request_id` makes a retry return the first order instead of a second.
import { formatMoney } from "../../money";
import { placeOrder } from "../../orders/place-order";
import { ORDER_FIELDS_BY_TYPE } from "../../validations/order";
import type { ApiActionDefinition } from "../action-types";
import { API_ERRORS, ApiError, incorrectRequest } from "../api-errors";
import { parseId } from "../ids";

/** Every order field of every service type (link, quantity, runs, comments, username, ...). */
export const ORDER_FIELD_NAMES = [...new Set(Object.values(ORDER_FIELDS_BY_TYPE).flat())];

const REQUEST_ID = /^[\x21-\x7e]{1,100}$/;

export const addAction: ApiActionDefinition = {
  name: "add",
  kind: "add",
  title: "Add order",
  description:
    "Places an order and charges your balance. Send the fields of the service's type (see the examples). The answer has the new order id and your balance after the charge.",
  forms: [
    {
      title: "Default order",
      serviceTypes: ["Default"],
      params: [
        { name: "service", description: "Service ID", example: "1" },
        { name: "link", description: "Link to page", example: "https://instagram.com/example" },
        { name: "quantity", description: "Needed quantity", example: "1000" },
        { name: "runs", description: "Drip-feed: number of runs (2-1000)", example: "5", optional: true },
        {
          name: "interval",
          description: "Drip-feed: minutes between runs (1-1440)",
          example: "30",
          optional: true,
        },
        {
          name: "request_id",
          description:
            "Your own id for this order (up to 100 characters). Sending the same request_id again returns the first order instead of placing a second one, so retrying after a timeout is safe.",
          example: "a1b2c3",
          optional: true,
        },
      ],
      response: { order: 23501, newBalance: "1234.56000" },
    },
    {
      title: "Package order",
      serviceTypes: ["Package"],
      params: [
        { name: "service", description: "Service ID", example: "10" },
        { name: "link", description: "Link to page", example: "https://instagram.com/example" },
      ],
      response: { order: 23502, newBalance: "1230.06000" },
    },
    {
      title: "Custom Comments (and Custom Comments Package) order",
      serviceTypes: ["Custom Comments", "Custom Comments Package"],
      params: [
        { name: "service", description: "Service ID", example: "15" },
        { name: "link", description: "Link to page", example: "https://instagram.com/p/example" },
        {
          name: "comments",
          description: "Comments, one per line (the quantity is the number of lines)",
          example: "Great post\nLove it\nWow",
        },
      ],
      response: { order: 23503, newBalance: "1229.82000" },
    },
    {
      title: "Comment Likes / Mentions User Followers order",
      serviceTypes: ["Comment Likes", "Mentions User Followers"],
      params: [
        { name: "service", description: "Service ID", example: "20" },
        { name: "link", description: "Link to page", example: "https://instagram.com/p/example" },
        { name: "quantity", description: "Needed quantity", example: "100" },
        {
          name: "username",
          description: "Username of the comment owner / of the account whose followers to mention",
          example: "vsmm",
        },
      ],
      response: { order: 23504, newBalance: "1229.02000" },
    },
    {
      title: "Subscriptions order",
      serviceTypes: ["Subscriptions"],
      params: [
        { name: "service", description: "Service ID", example: "30" },
        { name: "username", description: "Username", example: "vsmm" },
        { name: "min", description: "Quantity min per post", example: "100" },
        { name: "max", description: "Quantity max per post", example: "110" },
        { name: "posts", description: "New posts count", example: "10" },
        { name: "old_posts", description: "Old posts count", example: "0", optional: true },
        { name: "delay", description: "Delay in minutes", example: "30", optional: true },
        { name: "expiry", description: "Expiry date d/m/Y", example: "31/12/2026", optional: true },
      ],
      response: { order: 23505, newBalance: "1219.12000" },
      note: "Other types take their own fields the same way: usernames and hashtags (Mentions with Hashtags), usernames one per line (Mentions Custom List), hashtag (Mentions Hashtag), media (Mentions Media Likers), username and comments (Comment Replies), answer_number (Poll), keywords (SEO).",
    },
  ],
  async run({ caller, params }) {
    const serviceId = parseId(params.one("service"));
    if (serviceId === null) throw new ApiError(API_ERRORS.incorrectService);
    const requestId = params.one("request_id");
    if (requestId !== undefined && !REQUEST_ID.test(requestId)) throw incorrectRequest();

    const fields: Record<string, string> = {};
    for (const name of ORDER_FIELD_NAMES) {
      const value = params.one(name);
      if (value !== undefined) fields[name] = value;
    }
    const placed = await placeOrder({ userId: caller.userId, serviceId, fields, source: "api", requestId });
    return { order: placed.orderId, newBalance: formatMoney(placed.balanceAfter) };
  },
};
