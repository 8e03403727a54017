// Order fields per service type (DESIGN.md "Service types"), shared by the new-order form (client
// side too: no server imports here), mass orders, the reseller API and placeOrder. The result is
// what the panel stores and forwards: the link, the quantity it charges for, and the provider's
// `add` fields. Error texts are the field's usual wording: the reseller API shows them verbatim.
import { errorMessages, type ErrorI18n } from "@/i18n/error-text";
import { z } from "zod";
import type { AddOrderFields } from "../providers/types";
import { idempotencyKeySchema } from "./idempotency";

/**
 * The most items one order may charge for (drip-feed quantity x runs, Subscriptions max x posts):
 * a total the panel computes, kept well inside what every engine's integer column holds.
 */
export const MAX_ORDER_TOTAL = 1_000_000_000;

/** The provider `add` fields an order carries, except `service` (the panel adds it). */
export type OrderParams = Omit<AddOrderFields, "service">;

export type OrderFields = {
  /** What the order is for: a URL, or the username for Subscriptions. */
  link: string;
  /** Items charged for: quantity x runs for drip-feed, comment lines, max x posts for Subscriptions, 1 for packages. */
  quantity: number;
  /** True for drip-feed orders (runs and interval set). */
  dripfeed: boolean;
  /** The fields sent to the provider's `add`. */
  params: OrderParams;
};

export type OrderFieldsResult =
  { ok: true; fields: OrderFields } | { ok: false; field: string; message: string; i18n?: ErrorI18n };

export type QuantityLimits = { min: number; max: number };

const URL_MAX = 500;
const USERNAME = /^@?([A-Za-z0-9._-]{1,64})$/;
const DATE_DMY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

class FieldError extends Error {
  constructor(
    readonly field: string,
    message: string,
    readonly i18n?: ErrorI18n,
  ) {
    super(message);
  }
}

// Messages stay in the field's English (the reseller API answers with them); pages translate
// them through messages/<locale>/errors.json (i18n/error-text.ts).
const orderErrors = errorMessages.order;

export type FieldProblem = { message: string; i18n?: ErrorI18n };

/** Set while checkOrderFields runs: errors are collected (the first per field) instead of thrown. */
let collected: Map<string, FieldProblem> | null = null;

const fail = (field: string, message: string, i18n?: ErrorI18n): never => {
  if (collected) {
    if (!collected.has(field)) collected.set(field, { message, i18n });
    // Parsing goes on with a placeholder so later fields are checked too; the result is dropped.
    return undefined as never;
  }
  throw new FieldError(field, message, i18n);
};

/** Text of a raw value (forms send strings, JSON bodies may send numbers). */
function text(raw: Record<string, unknown>, name: string): string {
  const value = raw[name];
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return "";
}

/** Non-empty lines of a multi-line field, trimmed. */
export function splitLines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

const httpUrl = z.url({ protocol: /^https?$/, hostname: z.regexes.domain });

/** An http(s) URL with a real host name (what providers accept as a link). */
export function isHttpLink(value: string): boolean {
  return value.length <= URL_MAX && !/\s/.test(value) && httpUrl.safeParse(value).success;
}

function link(raw: Record<string, unknown>): string {
  const value = text(raw, "link");
  if (!isHttpLink(value)) fail("link", orderErrors.badLink);
  return value;
}

function username(raw: Record<string, unknown>, name: string, message: string): string {
  const match = USERNAME.exec(text(raw, name));
  return match ? match[1] : fail(name, message);
}

function required(raw: Record<string, unknown>, name: string, message: string, max = 1000): string {
  const value = text(raw, name);
  if (value === "" || value.length > max) fail(name, message);
  return value;
}

function integer(
  raw: Record<string, unknown>,
  name: string,
  message: string,
  options: { optional?: boolean; min?: number; max?: number } = {},
): number | undefined {
  const value = text(raw, name);
  if (value === "" && options.optional) return undefined;
  if (!/^\d{1,9}$/.test(value)) return fail(name, message);
  const n = Number(value);
  if (n < (options.min ?? 0) || n > (options.max ?? 999_999_999)) fail(name, message);
  return n;
}

function checkRange(quantity: number, limits: QuantityLimits | undefined, field: string): void {
  if (!limits) return;
  if (quantity < limits.min)
    fail(field, `Quantity less than minimal ${limits.min}`, {
      key: "errors.order.quantityBelowMin",
      values: { min: limits.min },
    });
  if (quantity > limits.max)
    fail(field, `Quantity more than maximum ${limits.max}`, {
      key: "errors.order.quantityAboveMax",
      values: { max: limits.max },
    });
}

function quantity(raw: Record<string, unknown>, limits: QuantityLimits | undefined): number {
  const n = integer(raw, "quantity", orderErrors.quantity, { min: 1 }) as number;
  checkRange(n, limits, "quantity");
  return n;
}

/** A list field (one item per line): the count is the quantity, checked against min/max. */
function list(
  raw: Record<string, unknown>,
  name: string,
  message: string,
  limits: QuantityLimits | undefined,
) {
  const lines = splitLines(text(raw, name));
  if (lines.length === 0 || lines.some((line) => line.length > 1000)) fail(name, message);
  checkRange(lines.length, limits, name);
  return { value: lines.join("\n"), count: lines.length };
}

function parseDefault(raw: Record<string, unknown>, limits: QuantityLimits | undefined): OrderFields {
  const url = link(raw);
  const perRun = quantity(raw, limits);
  const runsText = text(raw, "runs");
  if (runsText === "" || runsText === "0")
    return { link: url, quantity: perRun, dripfeed: false, params: { link: url, quantity: perRun } };
  const runs = integer(raw, "runs", orderErrors.runs, { min: 2, max: 1000 }) as number;
  const interval = integer(raw, "interval", orderErrors.interval, { min: 1, max: 1440 }) as number;
  if (perRun * runs > MAX_ORDER_TOTAL)
    fail("runs", `Quantity x runs more than maximum ${MAX_ORDER_TOTAL}`, {
      key: "errors.order.runsTotalAboveMax",
      values: { max: MAX_ORDER_TOTAL },
    });
  return {
    link: url,
    quantity: perRun * runs,
    dripfeed: true,
    params: { link: url, quantity: perRun, runs, interval },
  };
}

function parseSubscription(raw: Record<string, unknown>, limits: QuantityLimits | undefined): OrderFields {
  const user = username(raw, "username", orderErrors.username);
  const min = integer(raw, "min", orderErrors.min, { min: 1 }) as number;
  const max = integer(raw, "max", orderErrors.max, { min: 1 }) as number;
  if (min > max) fail("max", orderErrors.maxBelowMin);
  checkRange(min, limits, "min");
  checkRange(max, limits, "max");
  // The charge covers every expected post at the maximum, so posts is required.
  const posts = integer(raw, "posts", orderErrors.posts, { min: 1, max: 10_000 }) as number;
  if (max * posts > MAX_ORDER_TOTAL)
    fail("posts", `Max x posts more than maximum ${MAX_ORDER_TOTAL}`, {
      key: "errors.order.postsTotalAboveMax",
      values: { max: MAX_ORDER_TOTAL },
    });
  const oldPosts = integer(raw, "old_posts", orderErrors.oldPosts, { optional: true, max: 100 });
  const delay = integer(raw, "delay", orderErrors.delay, { optional: true, max: 600 });
  const expiryText = text(raw, "expiry");
  let expiry: string | undefined;
  if (expiryText !== "") {
    const match = DATE_DMY.exec(expiryText);
    const date = match ? new Date(Date.UTC(Number(match[3]), Number(match[2]) - 1, Number(match[1]))) : null;
    if (
      !match ||
      !date ||
      date.getUTCDate() !== Number(match[1]) ||
      date.getUTCMonth() !== Number(match[2]) - 1
    ) {
      fail("expiry", orderErrors.expiry);
    }
    expiry = expiryText;
  }
  const params: OrderParams = { username: user, min, max, posts };
  if (oldPosts !== undefined) params.old_posts = oldPosts;
  if (delay !== undefined) params.delay = delay;
  if (expiry !== undefined) params.expiry = expiry;
  return { link: user, quantity: max * posts, dripfeed: false, params };
}

function parseByType(
  type: string,
  raw: Record<string, unknown>,
  limits: QuantityLimits | undefined,
): OrderFields {
  const single = (url: string, n: number, extra: OrderParams): OrderFields => ({
    link: url,
    quantity: n,
    dripfeed: false,
    params: { link: url, ...extra },
  });
  switch (type) {
    case "Subscriptions":
      return parseSubscription(raw, limits);
    case "Package":
      return single(link(raw), 1, {});
    case "Custom Comments": {
      const url = link(raw);
      const comments = list(raw, "comments", orderErrors.comments, limits);
      return single(url, comments.count, { comments: comments.value });
    }
    case "Custom Comments Package": {
      const url = link(raw);
      const comments = list(raw, "comments", orderErrors.comments, undefined);
      return single(url, 1, { comments: comments.value });
    }
    case "Mentions with Hashtags": {
      const url = link(raw);
      const n = quantity(raw, limits);
      return single(url, n, {
        quantity: n,
        usernames: required(raw, "usernames", orderErrors.usernames, 5000),
        hashtags: required(raw, "hashtags", orderErrors.hashtags, 5000),
      });
    }
    case "Mentions Custom List": {
      const url = link(raw);
      const usernames = list(raw, "usernames", orderErrors.usernameList, limits);
      return single(url, usernames.count, { usernames: usernames.value });
    }
    case "Mentions Hashtag": {
      const url = link(raw);
      const n = quantity(raw, limits);
      return single(url, n, { quantity: n, hashtag: required(raw, "hashtag", orderErrors.hashtag, 200) });
    }
    case "Mentions User Followers":
    case "Comment Likes": {
      const url = link(raw);
      const n = quantity(raw, limits);
      return single(url, n, { quantity: n, username: username(raw, "username", orderErrors.username) });
    }
    case "Mentions Media Likers": {
      const url = link(raw);
      const n = quantity(raw, limits);
      return single(url, n, { quantity: n, media: required(raw, "media", orderErrors.media, URL_MAX) });
    }
    case "Comment Replies": {
      const url = link(raw);
      const user = username(raw, "username", orderErrors.username);
      const comments = list(raw, "comments", orderErrors.replies, limits);
      return single(url, comments.count, { username: user, comments: comments.value });
    }
    case "Poll": {
      const url = link(raw);
      const n = quantity(raw, limits);
      const answer = integer(raw, "answer_number", orderErrors.answerNumber, { min: 1, max: 100 }) as number;
      return single(url, n, { quantity: n, answer_number: String(answer) });
    }
    case "SEO": {
      const url = link(raw);
      const n = quantity(raw, limits);
      return single(url, n, { quantity: n, keywords: required(raw, "keywords", orderErrors.keywords, 2000) });
    }
    default:
      // "Default" and any type a provider names its own way: link + quantity (+ drip-feed).
      return parseDefault(raw, limits);
  }
}

/**
 * Reads and normalizes the order fields of one service type. `limits` (the service's min/max)
 * checks the quantity too; without them only the shape is checked (placeOrder always passes them).
 */
export function parseOrderFields(
  serviceType: string,
  raw: Record<string, unknown>,
  limits?: QuantityLimits,
): OrderFieldsResult {
  try {
    return { ok: true, fields: parseByType(serviceType, raw, limits) };
  } catch (error) {
    if (error instanceof FieldError)
      return { ok: false, field: error.field, message: error.message, i18n: error.i18n };
    throw error;
  }
}

export type OrderFieldsCheck = {
  /** Every field's first error, all at once (forms show them together); empty when valid. */
  errors: Record<string, FieldProblem>;
  /** The quantity charged for, as soon as the fields it depends on are readable (even outside min/max). */
  quantity: number | null;
};

/** For forms: all field errors at once, and the quantity so the charge shows before the link is typed. */
export function checkOrderFields(
  serviceType: string,
  raw: Record<string, unknown>,
  limits?: QuantityLimits,
): OrderFieldsCheck {
  collected = new Map();
  try {
    const { quantity } = parseByType(serviceType, raw, limits);
    return {
      errors: Object.fromEntries(collected),
      quantity: Number.isSafeInteger(quantity) && quantity > 0 ? quantity : null,
    };
  } finally {
    collected = null;
  }
}

/** The form fields each type asks for, in display order (the new-order page renders these). */
export const ORDER_FIELDS_BY_TYPE: Record<string, readonly string[]> = {
  Default: ["link", "quantity", "runs", "interval"],
  Package: ["link"],
  "Custom Comments": ["link", "comments"],
  "Custom Comments Package": ["link", "comments"],
  "Mentions with Hashtags": ["link", "quantity", "usernames", "hashtags"],
  "Mentions Custom List": ["link", "usernames"],
  "Mentions Hashtag": ["link", "quantity", "hashtag"],
  "Mentions User Followers": ["link", "quantity", "username"],
  "Mentions Media Likers": ["link", "quantity", "media"],
  "Comment Likes": ["link", "quantity", "username"],
  "Comment Replies": ["link", "username", "comments"],
  Poll: ["link", "quantity", "answer_number"],
  SEO: ["link", "quantity", "keywords"],
  Subscriptions: ["username", "min", "max", "posts", "old_posts", "delay", "expiry"],
};

export function orderFieldsOf(serviceType: string): readonly string[] {
  return ORDER_FIELDS_BY_TYPE[serviceType] ?? ORDER_FIELDS_BY_TYPE.Default;
}

/** The mass order text: one `service_id|link|quantity` per line. */
export const massOrderSchema = z.object({
  text: z.string().max(100_000, "Too much text: up to 100 lines at a time"),
  idempotencyKey: idempotencyKeySchema,
});

/** The server action / API input around the type fields. */
export const placeOrderSchema = z.object({
  serviceId: z.coerce.number().int().positive("Incorrect service ID"),
  fields: z.record(z.string(), z.unknown()),
  idempotencyKey: idempotencyKeySchema,
});
