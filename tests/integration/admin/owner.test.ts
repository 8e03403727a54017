// The owner: a role of its own. The first admin is the owner (and an existing panel's earliest
// admin, by migration); only the owner grants or removes admin; nobody suspends or demotes the
// owner; the CLI hands ownership over.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db, Role, UserStatus } from "@/lib/db";
import { dbProvider } from "@/lib/env.mjs";
import { ensureFirstAdmin } from "@/lib/setup/first-admin";
import { changeUserRole, setUserSuspended } from "@/lib/users/admin-user-changes";
import { transferOwnership } from "@/lib/users/transfer-ownership";
import { makeUser } from "./support";

const IP = "203.0.113.9";
const as = (user: { id: number }) => ({ id: user.id, ip: IP });

describe("the owner", () => {
  it("is the first admin a fresh panel creates", async () => {
    await ensureFirstAdmin({ email: "first-owner@test.dev", password: "owner-pass-1" });
    expect(
      await db.user.findUniqueOrThrow({ where: { email: "first-owner@test.dev" }, select: { role: true } }),
    ).toEqual({ role: Role.OWNER });
    expect(await ensureFirstAdmin({})).toEqual({ created: false });
  });

  it("cannot be suspended or demoted by a promoted admin, who cannot grant or remove admin either", async () => {
    const owner = await db.user.findUniqueOrThrow({ where: { email: "first-owner@test.dev" } });
    const admin = await makeUser({ role: Role.ADMIN });
    const other = await makeUser({ role: Role.ADMIN });
    const customer = await makeUser();

    await expect(setUserSuspended(owner.id, true, as(admin))).rejects.toThrow("Nobody can suspend the owner");
    await expect(changeUserRole(owner.id, "CUSTOMER", as(admin))).rejects.toThrow(
      "Only the owner can grant or remove admin",
    );
    await expect(changeUserRole(other.id, "CUSTOMER", as(admin))).rejects.toThrow(
      "Only the owner can grant or remove admin",
    );
    await expect(changeUserRole(customer.id, "ADMIN", as(admin))).rejects.toThrow(
      "Only the owner can grant or remove admin",
    );
    // Nor by passing the owner's role through the form.
    await expect(changeUserRole(customer.id, "OWNER", as(owner))).rejects.toThrow();

    const after = await db.user.findMany({
      where: { id: { in: [owner.id, other.id, customer.id] } },
      select: { id: true, role: true, status: true },
      orderBy: { id: "asc" },
    });
    expect(after).toEqual([
      { id: owner.id, role: Role.OWNER, status: UserStatus.ACTIVE },
      { id: other.id, role: Role.ADMIN, status: UserStatus.ACTIVE },
      { id: customer.id, role: Role.CUSTOMER, status: UserStatus.ACTIVE },
    ]);
  });

  it("grants and removes admin, audited; an admin may still suspend a customer", async () => {
    const owner = await db.user.findUniqueOrThrow({ where: { email: "first-owner@test.dev" } });
    const admin = await makeUser({ role: Role.ADMIN });
    const customer = await makeUser();
    await changeUserRole(customer.id, "ADMIN", as(owner));
    await changeUserRole(admin.id, "CUSTOMER", as(owner));
    expect((await db.user.findUniqueOrThrow({ where: { id: customer.id } })).role).toBe(Role.ADMIN);
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).role).toBe(Role.CUSTOMER);
    expect(
      await db.auditLog.findFirstOrThrow({ where: { action: "user.role", targetId: String(customer.id) } }),
    ).toMatchObject({ actorId: owner.id, after: JSON.stringify({ role: "ADMIN" }) });

    await setUserSuspended(admin.id, true, as(customer));
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).status).toBe(UserStatus.SUSPENDED);
  });

  it("is handed over by the CLI's transfer-ownership: one owner, the old one stays an admin", async () => {
    const owner = await db.user.findUniqueOrThrow({ where: { email: "first-owner@test.dev" } });
    const next = await makeUser({ role: Role.ADMIN, email: "next-owner@test.dev" });
    await transferOwnership("next-owner@test.dev");
    expect(await db.user.findMany({ where: { role: Role.OWNER }, select: { email: true } })).toEqual([
      { email: "next-owner@test.dev" },
    ]);
    expect((await db.user.findUniqueOrThrow({ where: { id: owner.id } })).role).toBe(Role.ADMIN);
    expect(
      await db.auditLog.findFirstOrThrow({
        where: { action: "user.owner_transfer" },
        orderBy: { id: "desc" },
      }),
    ).toMatchObject({ targetId: String(next.id) });
    await expect(transferOwnership("nobody@test.dev")).rejects.toThrow("No user with email nobody@test.dev");
    // Back, for the next tests.
    await transferOwnership("first-owner@test.dev");
  });

  it("is, on an existing panel, its earliest admin after the migration", async () => {
    await db.user.updateMany({ where: { role: Role.OWNER }, data: { role: Role.ADMIN } });
    const earliest = await db.user.findFirstOrThrow({ where: { role: Role.ADMIN }, orderBy: { id: "asc" } });
    const file = path.join(
      "prisma",
      dbProvider,
      "migrations",
      "20261207233700_owner_from_first_admin",
      "migration.sql",
    );
    await db.$executeRawUnsafe(readFileSync(file, "utf8"));
    expect(await db.user.findMany({ where: { role: Role.OWNER }, select: { id: true } })).toEqual([
      { id: earliest.id },
    ]);
    // Run again, it changes nothing.
    await db.$executeRawUnsafe(readFileSync(file, "utf8"));
    expect(await db.user.findMany({ where: { role: Role.OWNER }, select: { id: true } })).toEqual([
      { id: earliest.id },
    ]);
  });
});
