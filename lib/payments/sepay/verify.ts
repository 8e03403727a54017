// SePay's webhook authentication, as SePay documents it: "Authorization: Apikey <key>", and/or
// HMAC-SHA256 with X-SePay-Signature ("sha256=<hex>" of "<timestamp>.<raw body>") and
// X-SePay-Timestamp (Unix seconds, refused when more than 5 minutes off). Whatever the owner set
// up is required; with nothing set up every call is refused.
import { createHmac } from "node:crypto";
import { safeEqual } from "../../crypto/safe-equal";

export const SEPAY_MAX_SKEW_SECONDS = 300;

export type SepayHeaders = {
  authorization?: string | null;
  signature?: string | null;
  timestamp?: string | null;
};
export type SepaySecrets = { apiKey: string; hmacSecret: string };
export type SepayAuth = { ok: true } | { ok: false; reason: string };

export function sepaySignature(secret: string, timestamp: string, rawBody: string): string {
  return "sha256=" + createHmac("sha256", secret).update(`${timestamp}.${rawBody}`).digest("hex");
}

export function verifySepay(
  secrets: SepaySecrets,
  headers: SepayHeaders,
  rawBody: string,
  nowMs = Date.now(),
): SepayAuth {
  if (!secrets.apiKey && !secrets.hmacSecret)
    return { ok: false, reason: "no API key or HMAC secret configured" };
  if (secrets.apiKey) {
    const match = /^apikey\s+(.+)$/i.exec((headers.authorization ?? "").trim());
    if (!match || !safeEqual(match[1].trim(), secrets.apiKey)) return { ok: false, reason: "wrong API key" };
  }
  if (secrets.hmacSecret) {
    const timestamp = (headers.timestamp ?? "").trim();
    if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: "missing timestamp" };
    if (Math.abs(nowMs / 1000 - Number(timestamp)) > SEPAY_MAX_SKEW_SECONDS)
      return { ok: false, reason: "stale timestamp" };
    const given = (headers.signature ?? "").trim().toLowerCase();
    const expected = sepaySignature(secrets.hmacSecret, timestamp, rawBody);
    // Accept the bare hex too: some SePay accounts send the digest without the "sha256=" label.
    if (!safeEqual(given.startsWith("sha256=") ? given : `sha256=${given}`, expected))
      return { ok: false, reason: "bad signature" };
  }
  return { ok: true };
}
