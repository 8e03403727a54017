import { describe, expect, it } from "vitest";
import { ApiError } from "@/lib/reseller-api/api-errors";
import { createApiLimits } from "@/lib/reseller-api/limits";

function refusal(fn: () => void): ApiError | null {
  try {
    fn();
    return null;
  } catch (error) {
    return error as ApiError;
  }
}

describe("API limits", () => {
  it("counts add and reads per key apart, and answers 429 with a retry time", () => {
    let now = 0;
    const limits = createApiLimits({ addPerMin: 2, readPerMin: 3, ipPerMin: 100, badKeyPerMin: 100 }, () => now);
    expect([1, 2, 3].map(() => refusal(() => limits.checkKey(1, "add"))?.httpStatus ?? 200)).toEqual([200, 200, 429]);
    expect(refusal(() => limits.checkKey(1, "read"))).toBeNull();
    expect(refusal(() => limits.checkKey(2, "add"))).toBeNull();
    const refused = refusal(() => limits.checkKey(1, "add"))!;
    expect(refused.retryAfterSeconds).toBe(60);
    now = 60_000;
    expect(refusal(() => limits.checkKey(1, "add"))).toBeNull();
  });

  it("blocks an IP after too many wrong keys until its window ends", () => {
    let now = 0;
    const limits = createApiLimits({ addPerMin: 10, readPerMin: 10, ipPerMin: 100, badKeyPerMin: 2 }, () => now);
    limits.recordBadKey("1.2.3.4");
    limits.recordBadKey("1.2.3.4");
    expect(refusal(() => limits.recordBadKey("1.2.3.4"))?.message).toBe("Too many requests with an invalid API key, try again later");
    expect(refusal(() => limits.checkIp("1.2.3.4"))?.httpStatus).toBe(429);
    expect(refusal(() => limits.checkIp("5.6.7.8"))).toBeNull();
    now = 61_000;
    expect(refusal(() => limits.checkIp("1.2.3.4"))).toBeNull();
  });
});
