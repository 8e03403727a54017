import { describe, expect, it } from "vitest";
import { createRateLimiter } from "@/lib/rate-limit";

describe("createRateLimiter", () => {
  it("allows up to the limit per key within a window, then refuses until it resets", () => {
    let now = 0;
    const limiter = createRateLimiter(3, 60_000, () => now);
    expect([1, 2, 3].map(() => limiter.hit("a").ok)).toEqual([true, true, true]);
    const refused = limiter.hit("a");
    expect(refused.ok).toBe(false);
    expect(refused.retryAfterSeconds).toBe(60);
    expect(limiter.hit("b").ok).toBe(true);
    now = 60_000;
    expect(limiter.hit("a").ok).toBe(true);
  });

  it("forgets a key on reset", () => {
    const limiter = createRateLimiter(1, 1000, () => 0);
    limiter.hit("k");
    expect(limiter.hit("k").ok).toBe(false);
    limiter.reset("k");
    expect(limiter.hit("k").ok).toBe(true);
  });
});
