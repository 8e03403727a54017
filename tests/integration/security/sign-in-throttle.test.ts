// Sign-in throttling: guessing is slowed per account + IP, nobody can lock the owner out, an IP
// spraying many accounts is refused, and successes never count.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { authenticate, WRONG_CREDENTIALS } from "@/lib/auth/authenticate";
import { Role } from "@/lib/db";
import { createUser } from "@/lib/users/create-user";

let n = 0;
const newUser = (role?: Role) =>
  createUser({ email: `throttle${++n}@test.dev`, password: "test-pass-1", role });
const attempt = (email: string, password: string, ip: string) => authenticate({ email, password }, ip);

// Only Date is faked: the database driver keeps its real timers.
beforeEach(() => vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-12-01T10:00:00Z") }));
afterEach(() => vi.useRealTimers());

describe("sign-in throttle", () => {
  it("lets the owner in from their own IP after wrong passwords from many other IPs", async () => {
    const owner = await newUser(Role.ADMIN);
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 10; i++)
        await expect(attempt(owner.email, "bad-pass-1", `10.1.${round}.${i}`)).rejects.toThrow(
          WRONG_CREDENTIALS,
        );
    }
    await expect(attempt(owner.email, "test-pass-1", "198.51.100.1")).resolves.toMatchObject({
      id: owner.id,
    });
  });

  it("slows repeated failures from one IP on one account with a growing delay", async () => {
    const user = await newUser();
    const ip = "203.0.113.5";
    for (let i = 0; i < 6; i++)
      await expect(attempt(user.email, "bad-pass-1", ip)).rejects.toThrow(WRONG_CREDENTIALS);
    // Past the free attempts: the next one must wait, even with the right password.
    await expect(attempt(user.email, "test-pass-1", ip)).rejects.toThrow(
      "Too many failed attempts. Try again in 2 s.",
    );
    vi.advanceTimersByTime(2_000);
    await expect(attempt(user.email, "bad-pass-1", ip)).rejects.toThrow(WRONG_CREDENTIALS);
    await expect(attempt(user.email, "bad-pass-1", ip)).rejects.toThrow("Try again in 4 s.");
    vi.advanceTimersByTime(4_000);
    await expect(attempt(user.email, "bad-pass-1", ip)).rejects.toThrow(WRONG_CREDENTIALS);
    await expect(attempt(user.email, "bad-pass-1", ip)).rejects.toThrow("Try again in 8 s.");
    // Another IP on the same account is not held up.
    await expect(attempt(user.email, "test-pass-1", "203.0.113.6")).resolves.toMatchObject({ id: user.id });
    vi.advanceTimersByTime(8_000);
    await expect(attempt(user.email, "test-pass-1", ip)).resolves.toMatchObject({ id: user.id });
    // A success clears the account + IP's failures.
    for (let i = 0; i < 5; i++)
      await expect(attempt(user.email, "bad-pass-1", ip)).rejects.toThrow(WRONG_CREDENTIALS);
  });

  it("never counts successes", async () => {
    const user = await newUser();
    for (let i = 0; i < 40; i++) await attempt(user.email, "test-pass-1", "203.0.113.7");
    await expect(attempt(user.email, "test-pass-1", "203.0.113.7")).resolves.toMatchObject({ id: user.id });
  });

  it("refuses an IP that fails on many accounts for a while", async () => {
    const ip = "203.0.113.8";
    for (let account = 0; account < 6; account++) {
      const { email } = await newUser();
      for (let i = 0; i < 5; i++)
        await expect(attempt(email, "bad-pass-1", ip)).rejects.toThrow(WRONG_CREDENTIALS);
    }
    const user = await newUser();
    await expect(attempt(user.email, "test-pass-1", ip)).rejects.toThrow(/Too many failed attempts/);
    vi.advanceTimersByTime(15 * 60_000);
    await expect(attempt(user.email, "test-pass-1", ip)).resolves.toMatchObject({ id: user.id });
  });
});
