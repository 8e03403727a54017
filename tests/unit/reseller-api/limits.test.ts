import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ApiError } from "@/lib/reseller-api/api-errors";
import { createApiLimits } from "@/lib/reseller-api/limits";

const memory = { kind: "memory" } as const;

async function refusal(fn: () => Promise<void>): Promise<ApiError | null> {
  try {
    await fn();
    return null;
  } catch (error) {
    return error as ApiError;
  }
}

beforeEach(() => vi.useFakeTimers({ now: 0 }));
afterEach(() => vi.useRealTimers());

describe("API limits", () => {
  it("counts add and reads per key apart, and answers 429 with a retry time", async () => {
    const limits = createApiLimits(
      { addPerMin: 2, readPerMin: 3, ipPerMin: 100, badKeyPerMin: 100 },
      "api",
      memory,
    );
    const statuses = [];
    for (let i = 0; i < 3; i++)
      statuses.push((await refusal(() => limits.checkKey(1, "add")))?.httpStatus ?? 200);
    expect(statuses).toEqual([200, 200, 429]);
    expect(await refusal(() => limits.checkKey(1, "read"))).toBeNull();
    expect(await refusal(() => limits.checkKey(2, "add"))).toBeNull();
    const refused = (await refusal(() => limits.checkKey(1, "add")))!;
    expect(refused.retryAfterSeconds).toBe(60);
    vi.advanceTimersByTime(60_000);
    expect(await refusal(() => limits.checkKey(1, "add"))).toBeNull();
  });

  it("blocks an IP after too many wrong keys until its window ends", async () => {
    const limits = createApiLimits(
      { addPerMin: 10, readPerMin: 10, ipPerMin: 100, badKeyPerMin: 2 },
      "api",
      memory,
    );
    await limits.recordBadKey("1.2.3.4");
    await limits.recordBadKey("1.2.3.4");
    expect((await refusal(() => limits.recordBadKey("1.2.3.4")))?.message).toBe(
      "Too many requests with an invalid API key, try again later",
    );
    expect((await refusal(() => limits.checkIp("1.2.3.4")))?.httpStatus).toBe(429);
    expect(await refusal(() => limits.checkIp("5.6.7.8"))).toBeNull();
    vi.advanceTimersByTime(61_000);
    expect(await refusal(() => limits.checkIp("1.2.3.4"))).toBeNull();
  });
});
