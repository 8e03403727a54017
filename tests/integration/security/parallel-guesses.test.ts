// Parallel guesses: an attempt is counted before its password or code is checked, so 40 wrong
// passwords (or codes) sent at once from one IP get no more checks than 40 sent one by one.
import { generate } from "otplib";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { authenticate, WRONG_CREDENTIALS } from "@/lib/auth/authenticate";
import { confirmTwoFactorEnrolment, startTwoFactorEnrolment } from "@/lib/two-factor/enrolment";
import { verifySecondFactor, WRONG_CODE } from "@/lib/two-factor/second-factor";
import { createUser } from "@/lib/users/create-user";

const PASSWORD = "test-pass-1";
let n = 0;
const newUser = () => createUser({ email: `parallel${++n}@test.dev`, password: PASSWORD });

const REFUSED = "Too many failed attempts";
/** How each of the settled attempts ended: its error message, or "signed in". */
const outcomes = (results: PromiseSettledResult<unknown>[]) =>
  results.map((r) =>
    r.status === "fulfilled"
      ? "signed in"
      : r.reason instanceof Error
        ? r.reason.message.replace(/^Too many failed attempts.*/, REFUSED)
        : String(r.reason),
  );
const tally = (list: string[]) =>
  Object.fromEntries([...new Set(list)].map((o) => [o, list.filter((x) => x === o).length]));

// Only Date is faked: the database driver keeps its real timers.
beforeEach(() => vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-12-01T10:00:00Z") }));
afterEach(() => vi.useRealTimers());

describe("parallel guesses", () => {
  it("lets 6 of 40 parallel wrong passwords from one IP reach the password check, as sequential ones do", async () => {
    const user = await newUser();
    const ip = "203.0.113.40";
    const results = await Promise.allSettled(
      Array.from({ length: 40 }, () => authenticate({ email: user.email, password: "bad-pass-1" }, ip)),
    );
    // 5 free failures, then one turn per delay window.
    expect(tally(outcomes(results))).toEqual({ [WRONG_CREDENTIALS]: 6, [REFUSED]: 34 });
    // The right password from that IP now waits too; from another IP it signs in.
    await expect(authenticate({ email: user.email, password: PASSWORD }, ip)).rejects.toThrow(
      /Too many failed attempts/,
    );
    await expect(
      authenticate({ email: user.email, password: PASSWORD }, "203.0.113.41"),
    ).resolves.toMatchObject({ id: user.id });
  });

  it("refuses an IP spraying 40 accounts at once after its 30 failures", async () => {
    const users = await Promise.all(Array.from({ length: 40 }, () => newUser()));
    const ip = "203.0.113.42";
    const results = await Promise.allSettled(
      users.map((u) => authenticate({ email: u.email, password: "bad-pass-1" }, ip)),
    );
    expect(tally(outcomes(results))).toEqual({ [WRONG_CREDENTIALS]: 30, [REFUSED]: 10 });
  });

  it("lets 6 of 40 parallel wrong two-factor codes from one IP reach the code check", async () => {
    const user = await newUser();
    const { secret } = await startTwoFactorEnrolment(user.id);
    await confirmTwoFactorEnrolment(
      user.id,
      { code: await generate({ secret, epoch: Math.floor(Date.now() / 1000) }) },
      "198.51.100.1",
    );
    vi.advanceTimersByTime(30_000);
    const ip = "203.0.113.43";
    // Wrong codes that are not the current one: the digits of no step near now.
    const right = await generate({ secret, epoch: Math.floor(Date.now() / 1000) });
    const wrong = right === "000000" ? "111111" : "000000";
    // The code step itself, as sign-in and turning two-factor off call it.
    const results = await Promise.allSettled(
      Array.from({ length: 40 }, () => verifySecondFactor(user, wrong, ip)),
    );
    expect(tally(outcomes(results))).toEqual({ [WRONG_CODE]: 6, [REFUSED]: 34 });
    await expect(authenticate({ email: user.email, password: PASSWORD, code: right }, ip)).rejects.toThrow(
      /Too many failed attempts/,
    );
  });

  it("takes back the count of attempts that succeed", async () => {
    const user = await newUser();
    const ip = "203.0.113.44";
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, () => authenticate({ email: user.email, password: PASSWORD }, ip)),
    );
    expect(tally(outcomes(results))).toEqual({ "signed in": 5 });
    for (let i = 0; i < 6; i++)
      await expect(authenticate({ email: user.email, password: "bad-pass-1" }, ip)).rejects.toThrow(
        WRONG_CREDENTIALS,
      );
  });
});
