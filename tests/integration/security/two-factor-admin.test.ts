// The owner's "require two-factor sign-in for admins": only an admin who has it may turn it on;
// once on, an admin without it is sent to set it up by every admin page and refused by every
// admin action, until they do. Customers are not affected. Only the framework's request context
// is replaced (next-auth's session, next/headers, next/cache); the database is the file's own.
import type { IncomingMessage } from "node:http";
import { generate } from "otplib";
import { afterEach, describe, expect, it, vi } from "vitest";
import { errorMessages } from "@/i18n/error-text";
import { db, Role } from "@/lib/db";
import { stampClientIp } from "@/lib/http/client-ip";
import { confirmTwoFactorEnrolment, startTwoFactorEnrolment } from "@/lib/two-factor/enrolment";
import { createUser } from "@/lib/users/create-user";

const session = vi.hoisted(() => ({ current: null as null | { uid: number; sv: number } }));

vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  getServerSession: vi.fn(async () => session.current),
}));
vi.mock("next/headers", () => ({
  headers: async () => {
    const req = { headers: {}, socket: { remoteAddress: "10.77.0.1" } } as unknown as IncomingMessage;
    stampClientIp(req, null);
    return new Headers(req.headers as Record<string, string>);
  },
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false }),
}));
// Pages read their texts from the English catalog, as in a request without a language choice.
vi.mock("next-intl/server", () => import("@/tests/support/next-intl-server"));
vi.mock("next/cache", () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
  refresh: vi.fn(),
  unstable_noStore: vi.fn(),
  unstable_cache: <T>(fn: T) => fn,
}));

/** Signed in as the user, with their current session version (turning two-factor on moves it). */
const asUser = async (id: number) => {
  const { sessionVersion } = await db.user.findUniqueOrThrow({
    where: { id },
    select: { sessionVersion: true },
  });
  session.current = { uid: id, sv: sessionVersion };
};
afterEach(() => void (session.current = null));

async function enrol(userId: number) {
  const { secret } = await startTwoFactorEnrolment(userId);
  await confirmTwoFactorEnrolment(userId, { code: await generate({ secret }) });
}

/** The digest of what a page threw (Next's redirect and notFound throw), or "rendered". */
async function pageOutcome(file: string): Promise<string> {
  const Page = (await import(/* @vite-ignore */ file)).default as (props: unknown) => Promise<unknown>;
  try {
    await Page({ params: Promise.resolve({}), searchParams: Promise.resolve({}), children: null });
    return "rendered";
  } catch (error) {
    if (error && typeof error === "object" && "digest" in error) return String(error.digest);
    throw error;
  }
}

describe("two-factor required for admins", () => {
  it("is turned on only by an admin who has it, audited, and then holds back admins without it", async () => {
    const { saveSettingsAction } = await import("@/lib/actions/admin/settings");
    const { setUserSuspendedAction } = await import("@/lib/actions/admin/users");
    const { startTwoFactorAction } = await import("@/lib/actions/customer/two-factor");
    const owner = await createUser({
      email: "owner@two-factor.test",
      password: "test-pass-1",
      role: Role.ADMIN,
    });
    const helper = await createUser({
      email: "helper@two-factor.test",
      password: "test-pass-1",
      role: Role.ADMIN,
    });
    const customer = await createUser({ email: "customer@two-factor.test", password: "test-pass-1" });

    // Without two-factor of their own, the owner cannot require it.
    await asUser(owner.id);
    expect(await saveSettingsAction({ requireAdminTwoFactor: true })).toEqual({
      ok: false,
      error: errorMessages.twoFactor.enableOwnFirst,
      field: "requireAdminTwoFactor",
    });
    await enrol(owner.id);
    // The browser that turned it on keeps its session, at the new version (lib/auth/keep-session.ts).
    await asUser(owner.id);
    expect(await saveSettingsAction({ requireAdminTwoFactor: true })).toEqual({
      ok: true,
      data: { changed: ["requireAdminTwoFactor"] },
    });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "settings.update" },
      orderBy: { id: "desc" },
    });
    expect(audit).toMatchObject({ actorId: owner.id, ip: "10.77.0.1" });
    expect(JSON.parse(audit.before!)).toEqual({ requireAdminTwoFactor: false });
    expect(JSON.parse(audit.after!)).toEqual({ requireAdminTwoFactor: true });

    // The helper (an admin without two-factor): every admin action refuses, every admin page sends them to set it up.
    await asUser(helper.id);
    expect(await setUserSuspendedAction(customer.id, true)).toEqual({
      ok: false,
      error: errorMessages.twoFactor.adminRequired,
    });
    expect(await saveSettingsAction({ requireAdminTwoFactor: false })).toEqual({
      ok: false,
      error: errorMessages.twoFactor.adminRequired,
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: customer.id } })).status).toBe("ACTIVE");
    for (const page of [
      "@/app/admin/layout",
      "@/app/admin/page",
      "@/app/admin/settings/page",
      "@/app/admin/users/page",
    ]) {
      expect(await pageOutcome(page), page).toBe("NEXT_REDIRECT;replace;/account/security;307;");
    }
    // ...where they can set it up (the customer area's actions are open to them).
    expect(await startTwoFactorAction()).toMatchObject({
      ok: true,
      data: { secret: expect.any(String), qrCode: expect.stringMatching(/^data:image\/svg\+xml;base64,/) },
    });

    // The owner, with two-factor, works as before.
    await asUser(owner.id);
    expect(await pageOutcome("@/app/admin/page")).toBe("rendered");
    expect(await setUserSuspendedAction(customer.id, true)).toEqual({ ok: true, data: undefined });
    expect(await setUserSuspendedAction(customer.id, false)).toEqual({ ok: true, data: undefined });

    // Once the helper has set it up, the admin pages and actions work for them.
    await enrol(helper.id);
    await asUser(helper.id);
    expect(await pageOutcome("@/app/admin/page")).toBe("rendered");
    expect(await setUserSuspendedAction(customer.id, true)).toEqual({ ok: true, data: undefined });

    // Customers never need it: the requirement is for admins only.
    const other = await createUser({ email: "other@two-factor.test", password: "test-pass-1" });
    await asUser(other.id);
    expect(await startTwoFactorAction()).toMatchObject({ ok: true });
    expect(await pageOutcome("@/app/admin/page")).toBe("NEXT_HTTP_ERROR_FALLBACK;404");

    // Turning it off again is an audited settings change too.
    await asUser(owner.id);
    expect(await saveSettingsAction({ requireAdminTwoFactor: false })).toMatchObject({ ok: true });
    expect(
      await db.auditLog.count({
        where: { action: "settings.update", after: JSON.stringify({ requireAdminTwoFactor: false }) },
      }),
    ).toBe(1);
  });
});
