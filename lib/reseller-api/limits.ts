// Request limits of the reseller API, shared by every instance (lib/rate-limit.ts): all requests
// per IP, add and reads per key, and wrong-key attempts per IP (an IP over that limit is refused
// before any key lookup until its window ends).
import { env } from "../env.mjs";
import { createRateLimiter, defaultLimitStore, type LimitStore } from "../rate-limit";
import { API_ERRORS, ApiError } from "./api-errors";

export type ApiLimitConfig = {
  addPerMin: number;
  readPerMin: number;
  ipPerMin: number;
  badKeyPerMin: number;
};

export type ApiLimits = {
  checkIp(ip: string): Promise<void>;
  checkKey(apiKeyId: number, kind: "add" | "read"): Promise<void>;
  /** Counts a wrong key from this IP; throws once the IP is over its limit. */
  recordBadKey(ip: string): Promise<void>;
};

const MINUTE = 60;

export function apiLimitsFromEnv(): ApiLimitConfig {
  return {
    addPerMin: env.API_LIMIT_ADD_PER_MIN,
    readPerMin: env.API_LIMIT_READ_PER_MIN,
    ipPerMin: env.API_LIMIT_IP_PER_MIN,
    badKeyPerMin: env.API_LIMIT_BAD_KEY_PER_MIN,
  };
}

/** `name` keeps separately configured limit sets apart in a shared store (tests use several). */
export function createApiLimits(
  config: ApiLimitConfig,
  name = "api",
  store: LimitStore = defaultLimitStore(),
): ApiLimits {
  const perIp = createRateLimiter(`${name}-ip`, config.ipPerMin, MINUTE, store);
  const adds = createRateLimiter(`${name}-add`, config.addPerMin, MINUTE, store);
  const reads = createRateLimiter(`${name}-read`, config.readPerMin, MINUTE, store);
  const badKeys = createRateLimiter(`${name}-badkey`, config.badKeyPerMin, MINUTE, store);

  const refuse = (message: string, retryAfterSeconds: number) =>
    new ApiError(message, 429, retryAfterSeconds);

  return {
    async checkIp(ip) {
      const bad = await badKeys.peek(ip);
      if (!bad.ok) throw refuse(API_ERRORS.tooManyBadKeys, bad.retryAfterSeconds);
      const hit = await perIp.hit(ip);
      if (!hit.ok) throw refuse(API_ERRORS.rateLimited, hit.retryAfterSeconds);
    },
    async checkKey(apiKeyId, kind) {
      const hit = await (kind === "add" ? adds : reads).hit(String(apiKeyId));
      if (!hit.ok) throw refuse(API_ERRORS.rateLimited, hit.retryAfterSeconds);
    },
    async recordBadKey(ip) {
      const hit = await badKeys.hit(ip);
      if (!hit.ok) throw refuse(API_ERRORS.tooManyBadKeys, hit.retryAfterSeconds);
    },
  };
}
