import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createRateLimiter } from "@/lib/rate-limit";

const memory = { kind: "memory" } as const;

beforeEach(() => vi.useFakeTimers({ now: 0 }));
afterEach(() => vi.useRealTimers());

describe("createRateLimiter (memory store)", () => {
  it("allows up to the limit per key within a window, then refuses until it resets", async () => {
    const limiter = createRateLimiter("t", 3, 60, memory);
    const first = [];
    for (let i = 0; i < 3; i++) first.push((await limiter.hit("a")).ok);
    expect(first).toEqual([true, true, true]);
    const refused = await limiter.hit("a");
    expect(refused).toEqual({ count: 4, ok: false, retryAfterSeconds: 60 });
    expect(await limiter.hit("b")).toMatchObject({ ok: true });
    vi.advanceTimersByTime(60_000);
    expect(await limiter.peek("a")).toMatchObject({ count: 0, ok: true });
    expect(await limiter.hit("a")).toMatchObject({ ok: true });
  });

  it("forgets a key on reset, and peeks without counting", async () => {
    const limiter = createRateLimiter("t", 1, 1, memory);
    await limiter.hit("k");
    expect(await limiter.peek("k")).toMatchObject({ count: 1, ok: false });
    expect(await limiter.hit("k")).toMatchObject({ ok: false });
    await limiter.reset("k");
    expect(await limiter.hit("k")).toMatchObject({ ok: true });
  });

  it("takes a window length from the key's first hit", async () => {
    const limiter = createRateLimiter("t", 1, 60, memory);
    expect((await limiter.hit("k", { windowSeconds: 8 })).retryAfterSeconds).toBe(8);
    expect((await limiter.hit("k", { windowSeconds: 30 })).retryAfterSeconds).toBe(8);
  });
});
