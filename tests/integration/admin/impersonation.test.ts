// "Sign in as this user": the support view counts only next to the session of the admin who
// started it, is audited, and leaves the admin's own rights (admin pages, actions) intact.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db, Role } from "@/lib/db";
import { makeUser } from "./support";

const state = vi.hoisted(() => ({
  session: null as null | { uid: number; sv: number },
  cookie: undefined as string | undefined,
}));

vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  getServerSession: vi.fn(async () => state.session),
}));
vi.mock("next/headers", () => ({
  headers: async () => new Headers(),
  cookies: async () => ({
    get: (name: string) =>
      name === "upline-view-as" && state.cookie ? { name, value: state.cookie } : undefined,
  }),
}));

const { assertUser, assertAdmin, getCurrentUser } = await import("@/lib/auth/session");
const { decodeImpersonation, encodeImpersonation, endImpersonation, startImpersonation } =
  await import("@/lib/auth/impersonation");

let admin: { id: number }, other: { id: number }, customer: { id: number; email: string };

beforeAll(async () => {
  admin = await makeUser({ role: Role.ADMIN, email: "support-admin@test.dev" });
  other = await makeUser({ role: Role.ADMIN, email: "other-admin@test.dev" });
  customer = await makeUser({ email: "viewed@test.dev" });
});

describe("sign in as this user", () => {
  it("serves the customer area as the customer, bannered with the admin, while admin rights stay the admin's", async () => {
    state.session = { uid: admin.id, sv: 0 };
    state.cookie = await startImpersonation({ id: admin.id, ip: "10.1.1.1" }, customer.id);
    const current = await getCurrentUser();
    expect(current).toMatchObject({
      id: customer.id,
      email: "viewed@test.dev",
      role: Role.CUSTOMER,
      viewedBy: { id: admin.id, email: "support-admin@test.dev" },
    });
    expect((await assertAdmin()).id).toBe(admin.id);
    // Acting as the customer is refused (tests/integration/admin/view-as-limits.test.ts).
    await expect(assertUser()).rejects.toThrow("You are viewing this customer's account");
    expect(
      await db.auditLog.count({
        where: { action: "user.impersonate_start", actorId: admin.id, targetId: String(customer.id) },
      }),
    ).toBe(1);

    await endImpersonation(decodeImpersonation(state.cookie)!, "10.1.1.1");
    expect(await db.auditLog.count({ where: { action: "user.impersonate_end", actorId: admin.id } })).toBe(1);
  });

  it("is worthless next to anyone else's session, once expired, or when tampered with", async () => {
    const cookie = await startImpersonation({ id: admin.id }, customer.id);
    state.cookie = cookie;
    state.session = { uid: other.id, sv: 0 };
    expect((await getCurrentUser())?.id).toBe(other.id);
    state.session = { uid: customer.id, sv: 0 };
    expect((await getCurrentUser())?.viewedBy).toBeUndefined();

    state.session = { uid: admin.id, sv: 0 };
    state.cookie = encodeImpersonation({ adminId: admin.id, userId: customer.id, exp: Date.now() - 1 });
    expect((await getCurrentUser())?.id).toBe(admin.id);
    const [payload, signature] = cookie.split(".");
    const forged = Buffer.from(
      JSON.stringify({ adminId: admin.id, userId: other.id, exp: Date.now() + 60_000 }),
    ).toString("base64url");
    state.cookie = `${forged}.${signature}`;
    expect((await getCurrentUser())?.id).toBe(admin.id);
    expect(decodeImpersonation(`${payload}.${signature}x`)).toBeNull();
  });

  it("refuses to view an admin or a suspended customer", async () => {
    await expect(startImpersonation({ id: admin.id }, other.id)).rejects.toThrow(
      "Only customers can be viewed this way",
    );
    const suspended = await makeUser({ email: "suspended-view@test.dev" });
    await db.user.update({ where: { id: suspended.id }, data: { status: "SUSPENDED" } });
    await expect(startImpersonation({ id: admin.id }, suspended.id)).rejects.toThrow(/suspended/);
  });
});
