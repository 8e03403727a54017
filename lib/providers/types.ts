// The shapes the rest of the app sees from an upstream API v2 provider, after normalization.
// Ids are strings (providers send numbers or strings), money is bigint units (lib/money.ts).

export const SERVICE_TYPES = [
  "Default",
  "Package",
  "Custom Comments",
  "Custom Comments Package",
  "Mentions with Hashtags",
  "Mentions Custom List",
  "Mentions Hashtag",
  "Mentions User Followers",
  "Mentions Media Likers",
  "Comment Likes",
  "Comment Replies",
  "Poll",
  "SEO",
  "Subscriptions",
] as const;
export type ServiceType = (typeof SERVICE_TYPES)[number];

/**
 * Canonical order status. FAILED is not an API v2 status: it marks providers that answer
 * "Fail"/"Error" for an order they gave up on. Callers treat it like CANCELED (nothing more
 * will be delivered; refund what the provider did not deliver). EXPIRED ends a Subscription
 * (Active and Paused ones read as IN_PROGRESS).
 */
export type OrderStatus =
  "PENDING" | "IN_PROGRESS" | "PROCESSING" | "COMPLETED" | "PARTIAL" | "CANCELED" | "FAILED" | "EXPIRED";

/** Canonical refill status, as in the Prisma RefillStatus enum. */
export type RefillStatus = "PENDING" | "IN_PROGRESS" | "COMPLETED" | "REJECTED" | "ERROR";

export interface ProviderService {
  id: string;
  name: string;
  /** Canonical spelling when the type is one of SERVICE_TYPES, else null (see typeName). */
  type: ServiceType | null;
  typeName: string;
  category: string;
  /** Provider cost in units per 1000 (flat price per order for Package types). */
  rate: bigint;
  min: number;
  max: number;
  refill: boolean;
  cancel: boolean;
  dripfeed: boolean;
  description: string | null;
}

export interface ServiceList {
  services: ProviderService[];
  /** Entries that could not be read (missing id, rate not a number...), with why. */
  invalid: Array<{ index: number; reason: string }>;
}

export interface OrderState {
  status: OrderStatus;
  /** The provider's own wording, for the exchange log and admin views. */
  rawStatus: string;
  charge: bigint | null;
  startCount: number | null;
  remains: number | null;
  currency: string | null;
}

export interface AddedOrder {
  orderId: string;
  /** Some providers report their balance after the charge. */
  newBalance: bigint | null;
}

export interface Balance {
  balance: bigint;
  currency: string | null;
}

/** Every field an API v2 `add` takes, across all service types. Unset fields are not sent. */
export interface AddOrderFields {
  service: string | number;
  link?: string;
  quantity?: number;
  runs?: number;
  interval?: number;
  comments?: string;
  usernames?: string;
  username?: string;
  hashtags?: string;
  hashtag?: string;
  media?: string;
  answer_number?: string | number;
  keywords?: string;
  // Subscriptions
  min?: number;
  max?: number;
  posts?: number;
  old_posts?: number;
  delay?: number;
  /** d/m/Y, as API v2 expects. */
  expiry?: string;
}

export type ProviderAction =
  "services" | "add" | "status" | "refill" | "refill_status" | "cancel" | "balance";
