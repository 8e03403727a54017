// Turns a provider's `{"error": "..."}` text into an outcome kind. Providers word errors in
// their own way, so matching is by case-insensitive substrings, first rule wins.
import type { FailureKind } from "./outcome";

interface ErrorRule {
  contains: string;
  kind: FailureKind;
}

// Order matters: the specific account/availability wordings come before generic words like
// "invalid" or "not allowed" that they could also contain.
const ERROR_RULES: readonly ErrorRule[] = [
  // The provider's own account: an admin problem, retry later (the request did not take effect).
  { contains: "not enough funds", kind: "temporary" },
  { contains: "insufficient", kind: "temporary" },
  { contains: "low balance", kind: "temporary" },
  { contains: "balance is too low", kind: "temporary" },
  { contains: "api key", kind: "temporary" },
  { contains: "incorrect key", kind: "temporary" },
  { contains: "invalid key", kind: "temporary" },
  { contains: "your account", kind: "temporary" }, // "Your account is suspended"
  { contains: "ip address", kind: "temporary" }, // "IP address not allowed"
  // Load and maintenance.
  { contains: "too many", kind: "temporary" },
  { contains: "rate limit", kind: "temporary" },
  { contains: "try again", kind: "temporary" },
  { contains: "try later", kind: "temporary" },
  { contains: "maintenance", kind: "temporary" },
  { contains: "temporar", kind: "temporary" },
  { contains: "server error", kind: "temporary" },
  { contains: "busy", kind: "temporary" },
  { contains: "active order with this link", kind: "temporary" }, // possible once it finishes
  // The request itself: permanent.
  { contains: "bad link", kind: "rejected" },
  { contains: "link", kind: "rejected" },
  { contains: "service", kind: "rejected" },
  { contains: "quantity", kind: "rejected" },
  { contains: "minimal", kind: "rejected" },
  { contains: "maximum", kind: "rejected" },
  { contains: "order id", kind: "rejected" },
  { contains: "not found", kind: "rejected" },
  { contains: "refill", kind: "rejected" },
  { contains: "cancel", kind: "rejected" },
  { contains: "not allowed", kind: "rejected" },
  { contains: "incorrect", kind: "rejected" },
  { contains: "invalid", kind: "rejected" },
];

/**
 * Kind for a provider error text. Unmatched texts count as rejected: the provider answered
 * clearly that it refused this request (so it did not charge), and temporary conditions have
 * the recognisable wordings listed above.
 */
export function classifyErrorText(text: string): FailureKind {
  const lower = text.toLowerCase();
  for (const rule of ERROR_RULES) {
    if (lower.includes(rule.contains)) return rule.kind;
  }
  return "rejected";
}

/**
 * Kind for an HTTP status whose body carried no readable answer. 504/524 are gateway timeouts:
 * the provider behind the gateway may still have handled the request.
 */
export function classifyHttpStatus(status: number): FailureKind {
  if (status === 504 || status === 524) return "uncertain";
  return "temporary";
}

/** Codes of network errors raised before the request reached the provider. */
const NOT_SENT_CODES = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "UND_ERR_CONNECT_TIMEOUT",
  "CERT_HAS_EXPIRED",
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "ERR_TLS_CERT_ALTNAME_INVALID",
]);

/** Kind for a network error code: temporary when nothing was sent, otherwise uncertain. */
export function classifyNetworkCode(code: string | undefined): FailureKind {
  return code && NOT_SENT_CODES.has(code) ? "temporary" : "uncertain";
}
