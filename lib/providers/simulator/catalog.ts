// The simulator's catalog: one or more services of every API v2 type (DESIGN.md "Service types"),
// with the names, categories and limits a real provider lists. Rates are per 1000, or flat for
// Package types.
import type { ServiceType } from "../types";

export interface SimService {
  service: number;
  name: string;
  type: ServiceType;
  category: string;
  /** Decimal text as providers list it ("0.90", "0.0012"). */
  rate: string;
  min: number;
  max: number;
  refill: boolean;
  cancel: boolean;
  dripfeed: boolean;
}

const s = (
  service: number,
  name: string,
  type: ServiceType,
  category: string,
  rate: string,
  min: number,
  max: number,
  flags: Partial<Pick<SimService, "refill" | "cancel" | "dripfeed">> = {},
): SimService => ({
  service,
  name,
  type,
  category,
  rate,
  min,
  max,
  refill: false,
  cancel: false,
  dripfeed: false,
  ...flags,
});

export const DEFAULT_CATALOG: readonly SimService[] = [
  s(1, "Instagram Followers [Real, 30 days refill]", "Default", "Instagram Followers", "0.90", 50, 10000, {
    refill: true,
    cancel: true,
    dripfeed: true,
  }),
  s(2, "Instagram Likes [Instant, no refill]", "Default", "Instagram Likes", "0.12", 10, 50000, {
    dripfeed: true,
  }),
  s(3, "YouTube Views [Slow, cheapest]", "Default", "YouTube Views", "0.0012", 100, 1000000, {
    cancel: true,
  }),
  s(4, "TikTok Followers [Lifetime refill]", "Default", "TikTok Followers", "2.40", 100, 20000, {
    refill: true,
  }),
  s(
    5,
    "Instagram Starter Package: 1000 followers + 500 likes",
    "Package",
    "Instagram Packages",
    "1.50",
    1,
    1,
  ),
  s(6, "Instagram Custom Comments [Real accounts]", "Custom Comments", "Instagram Comments", "8", 10, 1500, {
    cancel: true,
  }),
  s(
    7,
    "Instagram Custom Comments Package: 10 comments",
    "Custom Comments Package",
    "Instagram Comments",
    "2.00",
    1,
    1,
  ),
  s(
    8,
    "Instagram Mentions with Hashtags",
    "Mentions with Hashtags",
    "Instagram Mentions",
    "3.20",
    100,
    50000,
  ),
  s(9, "Instagram Mentions [Custom List]", "Mentions Custom List", "Instagram Mentions", "4.00", 10, 5000),
  s(10, "Instagram Mentions [Hashtag users]", "Mentions Hashtag", "Instagram Mentions", "2.80", 100, 50000),
  s(
    11,
    "Instagram Mentions [Followers of a user]",
    "Mentions User Followers",
    "Instagram Mentions",
    "2.80",
    100,
    50000,
  ),
  s(
    12,
    "Instagram Mentions [Likers of a post]",
    "Mentions Media Likers",
    "Instagram Mentions",
    "2.80",
    100,
    50000,
  ),
  s(13, "Instagram Comment Likes", "Comment Likes", "Instagram Comments", "1.10", 20, 10000, {
    cancel: true,
  }),
  s(14, "Instagram Comment Replies [Custom]", "Comment Replies", "Instagram Comments", "9.50", 5, 1000),
  s(15, "Twitter Poll Votes", "Poll", "Twitter Polls", "1.80", 100, 100000, { cancel: true }),
  s(16, "Website Traffic from Google [Keyword]", "SEO", "Website Traffic", "0.65", 500, 500000),
  s(
    17,
    "Instagram Auto Likes [Subscription, future posts]",
    "Subscriptions",
    "Instagram Auto Likes",
    "0.15",
    50,
    10000,
  ),
];
