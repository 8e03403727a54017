// Two-factor sign-in against the file's real database: enrolment, the sign-in code step,
// replays, recovery codes, turning it off, and the throttle on wrong codes.
import { generate } from "otplib";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { authenticate, CODE_REQUIRED, WRONG_CREDENTIALS } from "@/lib/auth/authenticate";
import { errorMessages } from "@/i18n/error-text";
import { db } from "@/lib/db";
import { disableTwoFactor, resetTwoFactor } from "@/lib/two-factor/disable";
import { confirmTwoFactorEnrolment, startTwoFactorEnrolment } from "@/lib/two-factor/enrolment";
import { WRONG_CODE } from "@/lib/two-factor/second-factor";
import { getTwoFactorStatus } from "@/lib/two-factor/status";
import { createUser } from "@/lib/users/create-user";

const PASSWORD = "test-pass-1";
let n = 0;
let ipSeq = 0;
const newUser = () => createUser({ email: `two-factor${++n}@test.dev`, password: PASSWORD });
const newIp = () => `203.0.113.${++ipSeq}`;

/** The app's code right now (Date is faked, so "now" moves only when a test moves it). */
const codeNow = (secret: string) => generate({ secret, epoch: Math.floor(Date.now() / 1000) });
const nextStep = () => vi.advanceTimersByTime(30_000);

/** A user with two-factor on: its secret and recovery codes. */
async function enrolledUser() {
  const user = await newUser();
  const { secret } = await startTwoFactorEnrolment(user.id);
  const { recoveryCodes } = await confirmTwoFactorEnrolment(
    user.id,
    { code: await codeNow(secret) },
    "198.51.100.1",
  );
  // The confirming code's step is spent; sign-ins in the tests use the next one.
  nextStep();
  return { user, secret, recoveryCodes };
}

// Only Date is faked: the database driver keeps its real timers.
beforeEach(() => vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-12-01T10:00:00Z") }));
afterEach(() => vi.useRealTimers());

describe("enrolment", () => {
  it("stores the secret encrypted, switches on only with a right code, and hands out ten hashed recovery codes", async () => {
    const user = await newUser();
    const { secret, uri } = await startTwoFactorEnrolment(user.id);
    expect(uri).toContain(`secret=${secret}`);
    expect(uri).toContain(encodeURIComponent(user.email));
    const pending = await db.twoFactor.findUniqueOrThrow({ where: { userId: user.id } });
    expect(pending.enabledAt).toBeNull();
    expect(pending.secretEncrypted).toMatch(/^v1\./);
    expect(pending.secretEncrypted).not.toContain(secret);
    // Not in force yet: the password alone still signs in.
    await expect(authenticate({ email: user.email, password: PASSWORD }, newIp())).resolves.toMatchObject({
      id: user.id,
    });

    await expect(confirmTwoFactorEnrolment(user.id, { code: "000000" })).rejects.toThrow(
      errorMessages.twoFactor.codeMismatch,
    );
    await expect(confirmTwoFactorEnrolment(user.id, { code: "12345" })).rejects.toThrow(
      errorMessages.twoFactor.codeFormat,
    );
    expect(await getTwoFactorStatus(user.id)).toMatchObject({ enabled: false });

    const { recoveryCodes } = await confirmTwoFactorEnrolment(
      user.id,
      { code: await codeNow(secret) },
      "198.51.100.7",
    );
    expect(recoveryCodes).toHaveLength(10);
    expect(await getTwoFactorStatus(user.id)).toEqual({
      enabled: true,
      enabledAt: new Date("2026-12-01T10:00:00Z"),
      recoveryCodesLeft: 10,
    });
    const stored = await db.recoveryCode.findMany({ where: { userId: user.id } });
    expect(stored).toHaveLength(10);
    const clear = recoveryCodes.map((code) => code.replace("-", ""));
    for (const row of stored) {
      expect(row.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(clear.filter((code) => row.hash.includes(code))).toEqual([]);
    }
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "two_factor.enable", targetId: String(user.id) },
    });
    expect(audit).toMatchObject({ actorId: user.id, targetType: "user", ip: "198.51.100.7" });

    // Once on, a new set-up cannot replace the secret.
    await expect(startTwoFactorEnrolment(user.id)).rejects.toThrow(errorMessages.twoFactor.alreadyOn);
    await expect(confirmTwoFactorEnrolment(user.id, { code: await codeNow(secret) })).rejects.toThrow(
      errorMessages.twoFactor.alreadyOn,
    );
  });

  it("a restarted set-up replaces the pending secret: codes of the old one no longer confirm", async () => {
    const user = await newUser();
    const first = await startTwoFactorEnrolment(user.id);
    const second = await startTwoFactorEnrolment(user.id);
    expect(second.secret).not.toBe(first.secret);
    await expect(confirmTwoFactorEnrolment(user.id, { code: await codeNow(first.secret) })).rejects.toThrow(
      errorMessages.twoFactor.codeMismatch,
    );
    await expect(
      confirmTwoFactorEnrolment(user.id, { code: await codeNow(second.secret) }),
    ).resolves.toMatchObject({ recoveryCodes: expect.any(Array) });
  });

  it("confirming needs a set-up to have been started", async () => {
    const user = await newUser();
    await expect(confirmTwoFactorEnrolment(user.id, { code: "123456" })).rejects.toThrow(
      errorMessages.twoFactor.notStarted,
    );
  });
});

describe("sign-in with two-factor on", () => {
  it("asks for the code after the right password, refuses a wrong one and accepts the right one", async () => {
    const { user, secret } = await enrolledUser();
    const ip = newIp();
    // A wrong password says nothing about two-factor.
    await expect(authenticate({ email: user.email, password: "bad-pass-1" }, ip)).rejects.toThrow(
      WRONG_CREDENTIALS,
    );
    await expect(authenticate({ email: user.email, password: PASSWORD }, ip)).rejects.toThrow(CODE_REQUIRED);
    await expect(authenticate({ email: user.email, password: PASSWORD, code: "  " }, ip)).rejects.toThrow(
      CODE_REQUIRED,
    );
    const right = await codeNow(secret);
    const wrong = right === "000000" ? "000001" : "000000";
    await expect(authenticate({ email: user.email, password: PASSWORD, code: wrong }, ip)).rejects.toThrow(
      WRONG_CODE,
    );
    // The right code with a wrong password gets nowhere either.
    await expect(
      authenticate({ email: user.email, password: "bad-pass-1", code: right }, ip),
    ).rejects.toThrow(WRONG_CREDENTIALS);
    await expect(
      authenticate({ email: user.email, password: PASSWORD, code: right }, ip),
    ).resolves.toMatchObject({ id: user.id });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).lastLoginIp).toBe(ip);
  });

  it("accepts the code of the step before or after (clock drift), not older", async () => {
    const { user, secret } = await enrolledUser();
    const early = await codeNow(secret);
    nextStep();
    await expect(
      authenticate({ email: user.email, password: PASSWORD, code: early }, newIp()),
    ).resolves.toMatchObject({ id: user.id });
    const stale = await codeNow(secret);
    nextStep();
    nextStep();
    await expect(
      authenticate({ email: user.email, password: PASSWORD, code: stale }, newIp()),
    ).rejects.toThrow(WRONG_CODE);
  });

  it("refuses a code used once already, even within its 30 seconds, and the code that confirmed enrolment", async () => {
    const user = await newUser();
    const { secret } = await startTwoFactorEnrolment(user.id);
    const enrolCode = await codeNow(secret);
    await confirmTwoFactorEnrolment(user.id, { code: enrolCode });
    await expect(
      authenticate({ email: user.email, password: PASSWORD, code: enrolCode }, newIp()),
    ).rejects.toThrow(WRONG_CODE);

    nextStep();
    const code = await codeNow(secret);
    await expect(
      authenticate({ email: user.email, password: PASSWORD, code }, newIp()),
    ).resolves.toMatchObject({ id: user.id });
    await expect(authenticate({ email: user.email, password: PASSWORD, code }, newIp())).rejects.toThrow(
      WRONG_CODE,
    );
    // Two sign-ins racing with one fresh code: one wins.
    nextStep();
    const fresh = await codeNow(secret);
    const results = await Promise.allSettled(
      [1, 2, 3].map(() => authenticate({ email: user.email, password: PASSWORD, code: fresh }, newIp())),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    // The next step's code works.
    nextStep();
    await expect(
      authenticate({ email: user.email, password: PASSWORD, code: await codeNow(secret) }, newIp()),
    ).resolves.toMatchObject({ id: user.id });
  });

  it("takes a recovery code in place of the app's code, once, and audits its use", async () => {
    const { user, recoveryCodes } = await enrolledUser();
    const [first, second] = recoveryCodes;
    await expect(
      authenticate({ email: user.email, password: PASSWORD, code: first }, "192.0.2.44"),
    ).resolves.toMatchObject({ id: user.id });
    await expect(
      authenticate({ email: user.email, password: PASSWORD, code: first }, newIp()),
    ).rejects.toThrow(WRONG_CODE);
    // Typed in capitals without the dash, another one works.
    await expect(
      authenticate(
        { email: user.email, password: PASSWORD, code: second.replace("-", "").toUpperCase() },
        newIp(),
      ),
    ).resolves.toMatchObject({ id: user.id });
    expect((await getTwoFactorStatus(user.id)).recoveryCodesLeft).toBe(8);
    const audits = await db.auditLog.findMany({
      where: { action: "two_factor.recovery_code_use", targetId: String(user.id) },
      orderBy: { id: "asc" },
    });
    expect(audits.map((a) => JSON.parse(a.after!))).toEqual([
      { recoveryCodesLeft: 9 },
      { recoveryCodesLeft: 8 },
    ]);
    expect(audits[0]).toMatchObject({ actorId: user.id, ip: "192.0.2.44" });
  });

  it("a recovery code of one user does not sign in another", async () => {
    const a = await enrolledUser();
    const b = await enrolledUser();
    await expect(
      authenticate({ email: b.user.email, password: PASSWORD, code: a.recoveryCodes[0] }, newIp()),
    ).rejects.toThrow(WRONG_CODE);
    expect((await getTwoFactorStatus(a.user.id)).recoveryCodesLeft).toBe(10);
  });

  it("slows wrong codes from one IP down like wrong passwords; another IP is not held up", async () => {
    const { user, secret } = await enrolledUser();
    const ip = newIp();
    const wrong = async () => ((await codeNow(secret)) === "000000" ? "000001" : "000000");
    for (let i = 0; i < 6; i++)
      await expect(
        authenticate({ email: user.email, password: PASSWORD, code: await wrong() }, ip),
      ).rejects.toThrow(WRONG_CODE);
    // Past the free attempts: even the right code must wait.
    await expect(
      authenticate({ email: user.email, password: PASSWORD, code: await codeNow(secret) }, ip),
    ).rejects.toThrow("Too many failed attempts. Try again in 2 s.");
    await expect(
      authenticate({ email: user.email, password: PASSWORD, code: await codeNow(secret) }, newIp()),
    ).resolves.toMatchObject({ id: user.id });
    nextStep();
    await expect(
      authenticate({ email: user.email, password: PASSWORD, code: await codeNow(secret) }, ip),
    ).resolves.toMatchObject({ id: user.id });
    // A success clears the count: five wrong codes are free again.
    nextStep();
    for (let i = 0; i < 5; i++)
      await expect(
        authenticate({ email: user.email, password: PASSWORD, code: await wrong() }, ip),
      ).rejects.toThrow(WRONG_CODE);
  });
});

describe("turning two-factor off", () => {
  it("needs the password and a current code; a wrong password uses up no recovery code", async () => {
    const { user, secret, recoveryCodes } = await enrolledUser();
    const ip = newIp();
    await expect(
      disableTwoFactor(user.id, { password: "bad-pass-1", code: recoveryCodes[0] }, ip),
    ).rejects.toThrow(errorMessages.wrongPassword);
    await expect(disableTwoFactor(user.id, { password: PASSWORD, code: "" }, ip)).rejects.toThrow(
      errorMessages.twoFactor.codeRequired,
    );
    const right = await codeNow(secret);
    await expect(
      disableTwoFactor(user.id, { password: PASSWORD, code: right === "000000" ? "000001" : "000000" }, ip),
    ).rejects.toThrow(WRONG_CODE);
    expect(await getTwoFactorStatus(user.id)).toMatchObject({ enabled: true, recoveryCodesLeft: 10 });

    await disableTwoFactor(user.id, { password: PASSWORD, code: right }, "192.0.2.55");
    expect(await getTwoFactorStatus(user.id)).toEqual({
      enabled: false,
      enabledAt: null,
      recoveryCodesLeft: 0,
    });
    expect(await db.twoFactor.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.recoveryCode.count({ where: { userId: user.id } })).toBe(0);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "two_factor.disable", targetId: String(user.id) },
    });
    expect(audit).toMatchObject({ actorId: user.id, ip: "192.0.2.55" });
    expect(JSON.parse(audit.after!)).toEqual({ with: "totp" });
    // The password alone signs in again.
    await expect(authenticate({ email: user.email, password: PASSWORD }, newIp())).resolves.toMatchObject({
      id: user.id,
    });
    await expect(disableTwoFactor(user.id, { password: PASSWORD, code: right }, ip)).rejects.toThrow(
      errorMessages.twoFactor.notOn,
    );
  });

  it("takes a recovery code in place of the app's code", async () => {
    const { user, recoveryCodes } = await enrolledUser();
    await disableTwoFactor(user.id, { password: PASSWORD, code: recoveryCodes[3] }, newIp());
    expect(await getTwoFactorStatus(user.id)).toMatchObject({ enabled: false });
  });

  it("the owner's reset (CLI) turns it off for a user who lost everything, audited", async () => {
    const { user } = await enrolledUser();
    expect(await resetTwoFactor(user.id, { id: null })).toBe(true);
    expect(await getTwoFactorStatus(user.id)).toMatchObject({ enabled: false });
    expect(
      await db.auditLog.count({
        where: { action: "two_factor.reset", targetId: String(user.id), actorId: null },
      }),
    ).toBe(1);
    expect(await resetTwoFactor(user.id, { id: null })).toBe(false);
  });
});
