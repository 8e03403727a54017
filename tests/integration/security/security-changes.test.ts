// After a security change the other sessions end and the current one stays: turning two-factor
// on and changing the password. Recovery codes can be regenerated (the old ones die), and the owner
// can reset another account's two-factor sign-in from its user page (audited). The server actions
// are called as the pages call them, with a real next-auth session cookie; only the framework's
// request context (cookies, headers, cache) is replaced.
import { generate } from "otplib";
import { encode, decode } from "next-auth/jwt";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db, Role } from "@/lib/db";
import { appSecret } from "@/lib/env.mjs";
import { createUser } from "@/lib/users/create-user";
import { startTwoFactorEnrolment, confirmTwoFactorEnrolment } from "@/lib/two-factor/enrolment";
import { consumeSecondFactor } from "@/lib/two-factor/second-factor";

const COOKIE = "next-auth.session-token";
const jar = vi.hoisted(() => new Map<string, string>());
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; ") }),
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    getAll: () => [...jar].map(([name, value]) => ({ name, value })),
    has: (name: string) => jar.has(name),
    set: (name: string, value: string) => void jar.set(name, value),
    delete: (name: string) => void jar.delete(name),
  }),
}));
// next-auth reads the request through Next's own modules: its session is read here from the jar's
// cookie, the way it does (decode, then the session callback's uid and sv).
vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  getServerSession: vi.fn(async () => {
    const { decode } = await import("next-auth/jwt");
    const { appSecret } = await import("@/lib/env.mjs");
    const claims = await decode({ token: jar.get("next-auth.session-token"), secret: appSecret() });
    return claims ? { uid: claims.uid, sv: claims.sv } : null;
  }),
}));
vi.mock("next/cache", () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
  refresh: vi.fn(),
  unstable_noStore: vi.fn(),
  unstable_cache: <T>(fn: T) => fn,
}));

const { confirmTwoFactorAction, startTwoFactorAction, regenerateRecoveryCodesAction } =
  await import("@/lib/actions/customer/two-factor");
const { changePasswordAction } = await import("@/lib/actions/customer/account");
const { resetUserTwoFactorAction } = await import("@/lib/actions/admin/users");

const PASSWORD = "test-pass-1";
let n = 0;
const newUser = (role?: Role) => createUser({ email: `security${++n}@test.dev`, password: PASSWORD, role });

/** A signed session cookie for the user, as next-auth sets it at sign-in. */
const sessionToken = async (user: { id: number; email: string }) => {
  const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: user.id } });
  return encode({ token: { uid: user.id, sv: sessionVersion, email: user.email }, secret: appSecret() });
};
/** Whether a browser holding this cookie is still signed in. */
const signedIn = async (token: string, userId: number) => {
  const claims = await decode({ token, secret: appSecret() });
  const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: userId } });
  return claims?.uid === userId && claims.sv === sessionVersion;
};
const codeNow = (secret: string) =>
  generate({ secret: secret.replace(/\s/g, ""), epoch: Math.floor(Date.now() / 1000) });

beforeEach(() => jar.clear());

describe("sessions after a security change", () => {
  it("turning two-factor on ends every other session; this one stays", async () => {
    const user = await newUser();
    const other = await sessionToken(user);
    jar.set(COOKIE, await sessionToken(user));
    const started = await startTwoFactorAction();
    if (!started.ok) throw new Error(started.error);
    const confirmed = await confirmTwoFactorAction({ code: await codeNow(started.data.secret) });
    expect(confirmed).toMatchObject({ ok: true });
    expect({
      other: await signedIn(other, user.id),
      current: await signedIn(jar.get(COOKIE)!, user.id),
    }).toEqual({ other: false, current: true });
  });

  it("changing the password ends every other session; this one stays", async () => {
    const user = await newUser();
    const other = await sessionToken(user);
    jar.set(COOKIE, await sessionToken(user));
    expect(await changePasswordAction({ current: PASSWORD, next: "new-pass-123" })).toEqual({
      ok: true,
      data: undefined,
    });
    expect({
      other: await signedIn(other, user.id),
      current: await signedIn(jar.get(COOKIE)!, user.id),
    }).toEqual({ other: false, current: true });
  });
});

describe("recovery codes and the owner's reset", () => {
  async function enrolled() {
    const user = await newUser();
    const { secret } = await startTwoFactorEnrolment(user.id);
    const { recoveryCodes } = await confirmTwoFactorEnrolment(user.id, { code: await codeNow(secret) });
    return { user, recoveryCodes };
  }

  it("regenerates recovery codes with the password: the old ones die, ten new ones work", async () => {
    const { user, recoveryCodes } = await enrolled();
    jar.set(COOKIE, await sessionToken(user));
    expect(await regenerateRecoveryCodesAction({ password: "wrong-pass-1" })).toMatchObject({
      ok: false,
      field: "password",
    });
    const result = await regenerateRecoveryCodesAction({ password: PASSWORD });
    if (!result.ok) throw new Error(result.error);
    expect(result.data.recoveryCodes).toHaveLength(10);
    expect(await consumeSecondFactor(user.id, recoveryCodes[0], "10.0.0.1")).toBeNull();
    expect(await consumeSecondFactor(user.id, result.data.recoveryCodes[0], "10.0.0.1")).toBe("recovery");
    expect(
      await db.auditLog.count({
        where: { action: "two_factor.recovery_codes_regenerate", targetId: String(user.id) },
      }),
    ).toBe(1);
  });

  it("lets the owner, and only the owner, reset another account's two-factor sign-in, audited; never the owner's", async () => {
    const owner = await newUser(Role.OWNER);
    const admin = await newUser(Role.ADMIN);
    const { user } = await enrolled();
    const otherSession = await sessionToken(user);

    jar.set(COOKIE, await sessionToken(admin));
    expect(await resetUserTwoFactorAction(user.id)).toMatchObject({
      ok: false,
      error: "Only the panel's owner can do this",
    });
    expect(await db.twoFactor.count({ where: { userId: user.id } })).toBe(1);
    expect(await resetUserTwoFactorAction(owner.id)).toMatchObject({ ok: false });

    jar.set(COOKIE, await sessionToken(owner));
    expect(await resetUserTwoFactorAction(user.id)).toEqual({ ok: true, data: undefined });
    expect(await db.twoFactor.count({ where: { userId: user.id } })).toBe(0);
    expect(
      await db.auditLog.findFirstOrThrow({
        where: { action: "two_factor.reset", targetId: String(user.id) },
      }),
    ).toMatchObject({ actorId: owner.id });
    // Their sessions end too: whoever held them signs in again.
    expect(await signedIn(otherSession, user.id)).toBe(false);
    expect(await resetUserTwoFactorAction(owner.id)).toMatchObject({
      ok: false,
      error: "You cannot reset two-factor sign-in of your own account",
    });
  });
});
