// Admin operations on users: every change audited with before/after and IP in its own
// transaction; suspension ends sessions and the API key; balance adjustments go through the
// ledger with a reason; per-user prices flow into the charge of a real order.
import { describe, expect, it } from "vitest";
import { db, Role, UserStatus } from "@/lib/db";
import { findLedgerDifferences } from "@/lib/ledger/reconcile";
import { getOrderableService } from "@/lib/catalog/get-orderable-service";
import { placeOrder } from "@/lib/orders/place-order";
import { findApiUser, issueApiKey } from "@/lib/reseller-api/api-keys";
import {
  adjustUserBalance,
  changeUserRole,
  resetUserApiKey,
  setUserApiAccess,
  setUserDiscount,
  setUserServiceRate,
  setUserSuspended,
} from "@/lib/users/admin-user-changes";
import { getUserDetail, listUsers } from "@/lib/users/admin-users";
import { deposit, makeProvider, makeService, makeUser } from "./support";

const IP = "203.0.113.7";

async function lastAudit(targetId: number) {
  return db.auditLog.findFirstOrThrow({
    where: { targetType: "user", targetId: String(targetId) },
    orderBy: { id: "desc" },
  });
}

describe("admin user changes", () => {
  it("suspends (ending sessions and the API key at once) and reactivates, audited with IP", async () => {
    const admin = await makeUser({ role: Role.ADMIN });
    const user = await makeUser();
    const { key } = await issueApiKey(user.id);
    expect(await findApiUser(key)).not.toBeNull();

    await setUserSuspended(user.id, true, { id: admin.id, ip: IP });
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row).toMatchObject({ status: UserStatus.SUSPENDED, sessionVersion: 1 });
    expect(await findApiUser(key)).toBeNull();
    expect(await lastAudit(user.id)).toMatchObject({
      actorId: admin.id,
      action: "user.suspend",
      ip: IP,
      before: JSON.stringify({ status: "ACTIVE" }),
      after: JSON.stringify({ status: "SUSPENDED" }),
    });

    await setUserSuspended(user.id, false, { id: admin.id, ip: IP });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      status: UserStatus.ACTIVE,
      sessionVersion: 1,
    });
    expect(await findApiUser(key)).not.toBeNull();
    expect((await lastAudit(user.id)).action).toBe("user.reactivate");
  });

  it("refuses to suspend or demote yourself, and writes no audit entry then", async () => {
    const admin = await makeUser({ role: Role.ADMIN });
    const before = await db.auditLog.count();
    await expect(setUserSuspended(admin.id, true, { id: admin.id })).rejects.toThrow(
      "You cannot suspend or reactivate your own account",
    );
    await expect(changeUserRole(admin.id, "CUSTOMER", { id: admin.id })).rejects.toThrow(/own account/);
    expect(await db.auditLog.count()).toBe(before);
    expect(await db.user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({
      role: Role.ADMIN,
      status: UserStatus.ACTIVE,
    });
  });

  it("changes the role (the owner does), API access and key, each audited", async () => {
    const admin = await makeUser({ role: Role.OWNER });
    const user = await makeUser();
    const { key } = await issueApiKey(user.id);

    await changeUserRole(user.id, "ADMIN", { id: admin.id, ip: IP });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).role).toBe(Role.ADMIN);
    expect(await lastAudit(user.id)).toMatchObject({
      action: "user.role",
      after: JSON.stringify({ role: "ADMIN" }),
    });
    await expect(changeUserRole(user.id, "ROOT", { id: admin.id })).rejects.toThrow();

    await setUserApiAccess(user.id, false, { id: admin.id, ip: IP });
    expect(await findApiUser(key)).toBeNull();
    expect((await lastAudit(user.id)).action).toBe("user.api_disable");
    await setUserApiAccess(user.id, true, { id: admin.id, ip: IP });
    expect(await findApiUser(key)).not.toBeNull();

    await resetUserApiKey(user.id, { id: admin.id, ip: IP });
    expect(await findApiUser(key)).toBeNull();
    expect(await db.apiKey.count({ where: { userId: user.id } })).toBe(0);
    expect((await lastAudit(user.id)).action).toBe("user.api_key_reset");
    await expect(resetUserApiKey(user.id, { id: admin.id })).rejects.toThrow("This user has no API key");
  });

  it("adjusts a balance through the ledger with a required reason; a refused debit leaves no trace", async () => {
    const admin = await makeUser({ role: Role.ADMIN });
    const user = await makeUser();
    await expect(
      adjustUserBalance(user.id, { direction: "credit", amount: "5", reason: " " }, { id: admin.id }),
    ).rejects.toThrow(/reason/);

    await adjustUserBalance(
      user.id,
      { direction: "credit", amount: "12.5", reason: "Bank transfer 881" },
      { id: admin.id, ip: IP },
    );
    await adjustUserBalance(
      user.id,
      { direction: "debit", amount: "2.5", reason: "Chargeback 17" },
      { id: admin.id, ip: IP },
    );
    const audits = await db.auditLog.count({
      where: { action: "balance.adjust", targetId: String(user.id) },
    });
    await expect(
      adjustUserBalance(user.id, { direction: "debit", amount: "11", reason: "Too much" }, { id: admin.id }),
    ).rejects.toThrow("Not enough funds on balance");
    expect(await db.auditLog.count({ where: { action: "balance.adjust", targetId: String(user.id) } })).toBe(
      audits,
    );

    const ledger = await db.ledgerEntry.findMany({ where: { userId: user.id }, orderBy: { id: "asc" } });
    expect(ledger.map((e) => [e.type, e.amount, e.balanceAfter, e.adminId, e.note])).toEqual([
      ["ADJUSTMENT", 1_250_000n, 1_250_000n, admin.id, "Bank transfer 881"],
      ["ADJUSTMENT", -250_000n, 1_000_000n, admin.id, "Chargeback 17"],
    ]);
    const audit = await lastAudit(user.id);
    expect(audit).toMatchObject({
      action: "balance.adjust",
      ip: IP,
      before: JSON.stringify({ balance: "1250000" }),
    });
    expect(JSON.parse(audit.after!)).toMatchObject({
      balance: "1000000",
      amount: "-250000",
      reason: "Chargeback 17",
    });
    expect((await getUserDetail(user.id))!.ledger[0].note).toBe("Chargeback 17");
    expect(await findLedgerDifferences()).toEqual([]);
  });

  it("lists users with search by email or id, filters and sorting", async () => {
    const rich = await makeUser({ email: "rich-lister@test.dev" });
    const poor = await makeUser({ email: "poor-lister@test.dev" });
    await deposit(rich.id, 9_000_000n);
    await deposit(poor.id, 1n);
    await db.user.update({ where: { id: poor.id }, data: { status: UserStatus.SUSPENDED } });

    const byEmail = await listUsers({ q: "LISTER@", sort: "balance", dir: "desc" });
    expect(byEmail.rows.map((u) => u.email)).toEqual(["rich-lister@test.dev", "poor-lister@test.dev"]);
    expect((await listUsers({ q: "lister", sort: "balance", dir: "asc" })).rows[0].id).toBe(poor.id);
    expect((await listUsers({ q: `#${rich.id}` })).rows.map((u) => u.id)).toEqual([rich.id]);
    expect((await listUsers({ q: "lister", status: UserStatus.SUSPENDED })).rows.map((u) => u.id)).toEqual([
      poor.id,
    ]);
    expect((await listUsers({ role: Role.ADMIN })).rows.filter((u) => u.role !== Role.ADMIN)).toEqual([]);
    const paged = await listUsers({ pageSize: 2, page: 2 });
    expect(paged.rows).toHaveLength(2);
    expect(paged.pageCount).toBe(Math.ceil(paged.total / 2));
  });
});

describe("per-user prices", () => {
  it("flow into the charge of a placed order: a discount, a fixed rate, never below cost", async () => {
    const admin = await makeUser({ role: Role.ADMIN });
    const provider = await makeProvider();
    const service = await makeService(provider.id, { rate: 2_000_000n, cost: 1_000_000n }); // 20.00 / 1000, cost 10.00
    const other = await makeService(provider.id, { rate: 3_000_000n, cost: 1_000_000n });
    const user = await makeUser();
    const stranger = await makeUser();
    await deposit(user.id, 100_000_000n);
    await deposit(stranger.id, 100_000_000n);
    const link = { link: "https://instagram.com/p/abc", quantity: 1000 };

    await setUserDiscount(user.id, "12.5", { id: admin.id, ip: IP });
    expect((await getOrderableService(service.id, user.id)).rate).toBe(1_750_000n);
    const discounted = await placeOrder(
      { userId: user.id, serviceId: service.id, fields: link, source: "web" },
      { dispatch: false },
    );
    expect(discounted.charge).toBe(1_750_000n);

    await setUserServiceRate(user.id, { serviceId: service.id, rate: "15" }, { id: admin.id, ip: IP });
    const fixed = await placeOrder(
      { userId: user.id, serviceId: service.id, fields: { ...link, quantity: 2000 }, source: "api" },
      { dispatch: false },
    );
    expect(fixed.charge).toBe(3_000_000n); // 15.00 x 2
    // The discount still applies to the other service; the fixed rate only to its own.
    expect((await getOrderableService(other.id, user.id)).rate).toBe(2_625_000n);

    await setUserServiceRate(user.id, { serviceId: service.id, rate: "5" }, { id: admin.id });
    expect((await getOrderableService(service.id, user.id)).rate).toBe(1_000_000n); // cost, not 5.00

    // Someone else pays the list price.
    const list = await placeOrder(
      { userId: stranger.id, serviceId: service.id, fields: link, source: "web" },
      { dispatch: false },
    );
    expect(list.charge).toBe(2_000_000n);

    await setUserServiceRate(user.id, { serviceId: service.id, rate: "" }, { id: admin.id });
    await setUserDiscount(user.id, "", { id: admin.id });
    expect(await db.userServicePrice.count({ where: { userId: user.id } })).toBe(0);
    expect((await getOrderableService(service.id, user.id)).rate).toBe(2_000_000n);
    const actions = (
      await db.auditLog.findMany({ where: { targetId: String(user.id) }, orderBy: { id: "asc" } })
    ).map((a) => a.action);
    expect(actions).toEqual([
      "user.price_discount",
      "user.price_rate",
      "user.price_rate",
      "user.price_rate",
      "user.price_discount",
    ]);
    await expect(setUserDiscount(user.id, "100", { id: admin.id })).rejects.toThrow(
      "Enter a percent between 0.01 and 99.99",
    );
  });
});
