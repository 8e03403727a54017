// How each order field of a service type is asked for on the new-order form: its label, input
// kind and hint. Which fields a type has comes from lib/validations/order.ts (orderFieldsOf).
export type FieldSpec = {
  label: string;
  /** "date": a date picker whose value is sent as d/m/Y (the API v2 format). */
  kind: "text" | "number" | "textarea" | "url" | "date";
  placeholder?: string;
  hint?: string;
  optional?: boolean;
};

const base: Record<string, FieldSpec> = {
  link: { label: "Link", kind: "url", placeholder: "https://" },
  quantity: { label: "Quantity", kind: "number" },
  runs: { label: "Runs (drip-feed)", kind: "number", optional: true, hint: "Optional: deliver the quantity this many times (2-1000)" },
  interval: { label: "Interval (minutes)", kind: "number", optional: true, hint: "Minutes between runs (1-1440)" },
  comments: { label: "Comments (one per line)", kind: "textarea", hint: "The quantity is the number of lines" },
  usernames: { label: "Usernames", kind: "textarea", placeholder: "one per line" },
  hashtags: { label: "Hashtags", kind: "textarea", placeholder: "#one #two" },
  hashtag: { label: "Hashtag", kind: "text", placeholder: "#hashtag" },
  username: { label: "Username", kind: "text", placeholder: "username" },
  media: { label: "Media URL", kind: "url", placeholder: "https://" },
  answer_number: { label: "Answer number", kind: "number", hint: "Which poll answer to vote for (1 = first)" },
  keywords: { label: "Keywords", kind: "textarea", placeholder: "one per line" },
  min: { label: "Min per post", kind: "number" },
  max: { label: "Max per post", kind: "number" },
  posts: { label: "Posts", kind: "number", hint: "New posts to deliver to (1-10000)" },
  old_posts: { label: "Old posts", kind: "number", optional: true, hint: "Optional: recent existing posts to include (0-100)" },
  delay: { label: "Delay (minutes)", kind: "number", optional: true, hint: "Optional: wait after a new post (0-600)" },
  expiry: { label: "Expiry", kind: "date", optional: true, hint: "Optional: the last day the subscription runs" },
};

/** Type-specific wording where a field means something else. */
const byType: Record<string, Record<string, Partial<FieldSpec>>> = {
  "Custom Comments Package": { comments: { hint: "One comment per line" } },
  "Comment Replies": { comments: { label: "Replies (one per line)", hint: "The quantity is the number of lines" }, username: { label: "Username of the comment author" } },
  "Mentions Custom List": { usernames: { label: "Usernames (one per line)", hint: "The quantity is the number of lines" } },
  "Mentions User Followers": { username: { label: "Username whose followers to mention" } },
  "Comment Likes": { username: { label: "Username of the comment author" } },
  Subscriptions: { username: { label: "Username to follow", hint: "New posts of this account are served automatically" } },
};

export function fieldSpec(type: string, name: string): FieldSpec {
  return { ...(base[name] ?? { label: name, kind: "text" }), ...byType[type]?.[name] };
}

/** "31/12/2026" <-> "2026-12-31" (a date input's value); anything else maps to "". */
export function dmyToIso(dmy: string | undefined): string {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(dmy ?? "");
  return match ? `${match[3]}-${match[2].padStart(2, "0")}-${match[1].padStart(2, "0")}` : "";
}

export function isoToDmy(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : "";
}
