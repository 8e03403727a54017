// Request limits of the reseller API, counted in this process (lib/rate-limit.ts): all requests
// per IP, add and reads per key, and wrong-key attempts per IP (an IP over that limit is refused
// before any key lookup until its window ends).
import { env } from "../env.mjs";
import { createRateLimiter } from "../rate-limit";
import { API_ERRORS, ApiError } from "./api-errors";

export type ApiLimitConfig = { addPerMin: number; readPerMin: number; ipPerMin: number; badKeyPerMin: number };

export type ApiLimits = {
  checkIp(ip: string): void;
  checkKey(apiKeyId: number, kind: "add" | "read"): void;
  /** Counts a wrong key from this IP; throws once the IP is over its limit. */
  recordBadKey(ip: string): void;
};

const MINUTE = 60_000;

export function apiLimitsFromEnv(): ApiLimitConfig {
  return {
    addPerMin: env.API_LIMIT_ADD_PER_MIN,
    readPerMin: env.API_LIMIT_READ_PER_MIN,
    ipPerMin: env.API_LIMIT_IP_PER_MIN,
    badKeyPerMin: env.API_LIMIT_BAD_KEY_PER_MIN,
  };
}

export function createApiLimits(config: ApiLimitConfig, now: () => number = Date.now): ApiLimits {
  const perIp = createRateLimiter(config.ipPerMin, MINUTE, now);
  const adds = createRateLimiter(config.addPerMin, MINUTE, now);
  const reads = createRateLimiter(config.readPerMin, MINUTE, now);
  const badKeys = createRateLimiter(config.badKeyPerMin, MINUTE, now);
  const blockedUntil = new Map<string, number>();

  const refuse = (message: string, retryAfterSeconds: number) => new ApiError(message, 429, retryAfterSeconds);

  return {
    checkIp(ip) {
      const until = blockedUntil.get(ip);
      if (until !== undefined) {
        const left = until - now();
        if (left > 0) throw refuse(API_ERRORS.tooManyBadKeys, Math.ceil(left / 1000));
        blockedUntil.delete(ip);
      }
      const hit = perIp.hit(ip);
      if (!hit.ok) throw refuse(API_ERRORS.rateLimited, hit.retryAfterSeconds);
    },
    checkKey(apiKeyId, kind) {
      const hit = (kind === "add" ? adds : reads).hit(String(apiKeyId));
      if (!hit.ok) throw refuse(API_ERRORS.rateLimited, hit.retryAfterSeconds);
    },
    recordBadKey(ip) {
      const hit = badKeys.hit(ip);
      if (!hit.ok) {
        if (blockedUntil.size > 10_000) for (const [key, until] of blockedUntil) if (until <= now()) blockedUntil.delete(key);
        blockedUntil.set(ip, now() + hit.retryAfterSeconds * 1000);
        throw refuse(API_ERRORS.tooManyBadKeys, hit.retryAfterSeconds);
      }
    },
  };
}
