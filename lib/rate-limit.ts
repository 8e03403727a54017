// Fixed-window rate limiter kept in this process's memory. With several app instances each
// counts on its own, so a limit is per instance; that is enough to stop brute force.

type Window = { count: number; resetAt: number };

export type RateLimiter = {
  /** Counts one hit for key; false once the limit is reached within the window. */
  hit(key: string): { ok: boolean; retryAfterSeconds: number };
  /** Forgets a key (e.g. after a successful sign-in). */
  reset(key: string): void;
};

export function createRateLimiter(limit: number, windowMs: number, now: () => number = Date.now): RateLimiter {
  const windows = new Map<string, Window>();
  let lastSweep = now();

  function sweep(t: number) {
    if (t - lastSweep < windowMs) return;
    lastSweep = t;
    for (const [key, w] of windows) if (w.resetAt <= t) windows.delete(key);
  }

  return {
    hit(key) {
      const t = now();
      sweep(t);
      let w = windows.get(key);
      if (!w || w.resetAt <= t) {
        w = { count: 0, resetAt: t + windowMs };
        windows.set(key, w);
      }
      w.count += 1;
      return { ok: w.count <= limit, retryAfterSeconds: Math.max(1, Math.ceil((w.resetAt - t) / 1000)) };
    },
    reset(key) {
      windows.delete(key);
    },
  };
}
