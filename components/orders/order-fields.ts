// How each order field of a service type is asked for on the new-order form: its label, input
// kind and hint. Which fields a type has comes from lib/validations/order.ts (orderFieldsOf).
// label, placeholder and hint are keys of messages/<locale>/orderFields.json.
export type FieldSpec = {
  label: string;
  /** "date": a date picker whose value is sent as d/m/Y (the API v2 format). */
  kind: "text" | "number" | "textarea" | "url" | "date";
  placeholder?: string;
  hint?: string;
  optional?: boolean;
};

const base: Record<string, FieldSpec> = {
  link: { label: "link", kind: "url", placeholder: "urlPlaceholder" },
  quantity: { label: "quantity", kind: "number" },
  runs: { label: "runs", kind: "number", optional: true, hint: "runsHint" },
  interval: { label: "interval", kind: "number", optional: true, hint: "intervalHint" },
  comments: { label: "comments", kind: "textarea", hint: "linesAreQuantity" },
  usernames: { label: "usernames", kind: "textarea", placeholder: "onePerLine" },
  hashtags: { label: "hashtags", kind: "textarea", placeholder: "hashtagsPlaceholder" },
  hashtag: { label: "hashtag", kind: "text", placeholder: "hashtagPlaceholder" },
  username: { label: "username", kind: "text", placeholder: "usernamePlaceholder" },
  media: { label: "media", kind: "url", placeholder: "urlPlaceholder" },
  answer_number: { label: "answerNumber", kind: "number", hint: "answerNumberHint" },
  keywords: { label: "keywords", kind: "textarea", placeholder: "onePerLine" },
  min: { label: "minPerPost", kind: "number" },
  max: { label: "maxPerPost", kind: "number" },
  posts: { label: "posts", kind: "number", hint: "postsHint" },
  old_posts: { label: "oldPosts", kind: "number", optional: true, hint: "oldPostsHint" },
  delay: { label: "delay", kind: "number", optional: true, hint: "delayHint" },
  expiry: { label: "expiry", kind: "date", optional: true, hint: "expiryHint" },
};

/** Type-specific wording where a field means something else. */
const byType: Record<string, Record<string, Partial<FieldSpec>>> = {
  "Custom Comments Package": { comments: { hint: "oneCommentPerLine" } },
  "Comment Replies": {
    comments: { label: "replies", hint: "linesAreQuantity" },
    username: { label: "commentAuthor" },
  },
  "Mentions Custom List": { usernames: { label: "usernameList", hint: "linesAreQuantity" } },
  "Mentions User Followers": { username: { label: "followersOf" } },
  "Comment Likes": { username: { label: "commentAuthor" } },
  Subscriptions: { username: { label: "usernameToFollow", hint: "usernameToFollowHint" } },
};

export function fieldSpec(type: string, name: string): FieldSpec {
  return { ...(base[name] ?? { label: "other", kind: "text" }), ...byType[type]?.[name] };
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
