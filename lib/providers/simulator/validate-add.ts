// Checks an `add` request the way a provider does, per service type, and prices it. Error texts
// are the field's usual wording so the client's classification meets what it will see live.
import { chargeFor, parseMoney } from "@/lib/money";
import type { SimService } from "./catalog";

export type AddCheck =
  { ok: true; link: string | null; quantity: number; charge: bigint } | { ok: false; error: string };

const LINK = /^(https?:\/\/)?[\w-]+(\.[\w-]+)+(:\d+)?(\/\S*)?$/i;
const DATE_DMY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

const reject = (error: string): AddCheck => ({ ok: false, error });

function lines(text: string | undefined): string[] {
  return (text ?? "")
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "");
}

function intField(value: string | undefined): number | null {
  if (value === undefined || !/^\d+$/.test(value.trim())) return null;
  return Number(value.trim());
}

function checkRange(service: SimService, quantity: number): string | null {
  if (quantity < service.min) return `Quantity less than minimal ${service.min}`;
  if (quantity > service.max) return `Quantity more than maximum ${service.max}`;
  return null;
}

/** Which extra fields each type needs, with the error when one is missing. */
const REQUIRED: Partial<Record<SimService["type"], Array<[string, string]>>> = {
  "Mentions with Hashtags": [
    ["usernames", "Incorrect usernames"],
    ["hashtags", "Incorrect hashtags"],
  ],
  "Mentions Hashtag": [["hashtag", "Incorrect hashtag"]],
  "Mentions User Followers": [["username", "Incorrect username"]],
  "Mentions Media Likers": [["media", "Incorrect media"]],
  "Comment Likes": [["username", "Incorrect username"]],
  "Comment Replies": [["username", "Incorrect username"]],
  Poll: [["answer_number", "Incorrect answer number"]],
  SEO: [["keywords", "Incorrect keywords"]],
};

function checkSubscription(service: SimService, p: Record<string, string>, rate: bigint): AddCheck {
  if (!p.username?.trim()) return reject("Incorrect username");
  const min = intField(p.min);
  const max = intField(p.max);
  if (min === null || max === null || min > max) return reject("Incorrect min/max");
  const range = checkRange(service, min) ?? checkRange(service, max);
  if (range) return reject(range);
  const posts = p.posts === undefined || p.posts === "" ? 1 : intField(p.posts);
  if (posts === null || posts < 1) return reject("Incorrect posts");
  if (p.old_posts !== undefined && p.old_posts !== "" && intField(p.old_posts) === null)
    return reject("Incorrect old posts");
  if (p.delay !== undefined && p.delay !== "" && intField(p.delay) === null) return reject("Incorrect delay");
  if (p.expiry && !DATE_DMY.test(p.expiry.trim())) return reject("Incorrect expiry date");
  // Priced as if every expected post got the maximum.
  return { ok: true, link: null, quantity: max * posts, charge: chargeFor(rate, max * posts) };
}

export function checkAdd(service: SimService, p: Record<string, string>): AddCheck {
  const rate = parseMoney(service.rate);
  if (rate === null) throw new Error(`simulator catalog: bad rate for service ${service.service}`);
  if (service.type === "Subscriptions") return checkSubscription(service, p, rate);

  const link = p.link?.trim() ?? "";
  if (!LINK.test(link)) return reject("Bad link");
  for (const [field, error] of REQUIRED[service.type] ?? []) {
    if (!p[field]?.trim()) return reject(error);
  }

  switch (service.type) {
    case "Package":
      return { ok: true, link, quantity: 1, charge: rate };
    case "Custom Comments Package":
      if (lines(p.comments).length === 0) return reject("Incorrect comments");
      return { ok: true, link, quantity: 1, charge: rate };
    case "Custom Comments":
    case "Comment Replies":
    case "Mentions Custom List": {
      const list = lines(service.type === "Mentions Custom List" ? p.usernames : p.comments);
      if (list.length === 0)
        return reject(service.type === "Mentions Custom List" ? "Incorrect usernames" : "Incorrect comments");
      const range = checkRange(service, list.length);
      return range
        ? reject(range)
        : { ok: true, link, quantity: list.length, charge: chargeFor(rate, list.length) };
    }
    default: {
      const quantity = intField(p.quantity);
      if (quantity === null) return reject("Incorrect quantity");
      const range = checkRange(service, quantity);
      if (range) return reject(range);
      const dripfeed = (p.runs ?? "") !== "" && p.runs !== "0";
      if (!dripfeed) return { ok: true, link, quantity, charge: chargeFor(rate, quantity) };
      if (!service.dripfeed) return reject("Drip-feed is not available for this service");
      const runs = intField(p.runs);
      const interval = intField(p.interval);
      if (runs === null || runs < 2 || runs > 1000) return reject("Incorrect runs");
      if (interval === null || interval < 1 || interval > 1440) return reject("Incorrect interval");
      return { ok: true, link, quantity: quantity * runs, charge: chargeFor(rate, quantity * runs) };
    }
  }
}
