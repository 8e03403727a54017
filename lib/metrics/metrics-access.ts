// Who may read /api/metrics: a scraper with METRICS_TOKEN (Authorization: Bearer <token>), or a
// client address listed in METRICS_ALLOW_IPS (the socket address, or the forwarded one when it
// came through a TRUST_PROXY proxy: lib/http/client-ip.ts). Neither set: nobody.
import { createHash, timingSafeEqual } from "node:crypto";
import { env } from "../env.mjs";
import { clientIp } from "../http/client-ip";

const digest = (text: string) => createHash("sha256").update(text).digest();

export function canReadMetrics(
  headers: Headers,
  config = { token: env.METRICS_TOKEN, allowIps: env.METRICS_ALLOW_IPS },
): boolean {
  const auth = headers.get("authorization") ?? "";
  if (
    config.token &&
    auth.startsWith("Bearer ") &&
    timingSafeEqual(digest(auth.slice(7).trim()), digest(config.token))
  )
    return true;
  return config.allowIps.length > 0 && config.allowIps.includes(clientIp(headers));
}
