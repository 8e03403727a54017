import { describe, expect, it } from "vitest";
import { authenticate, SUSPENDED, WRONG_CREDENTIALS } from "@/lib/auth/authenticate";
import { db, LedgerType, Role, UserStatus } from "@/lib/db";
import { acquireLease, releaseLease } from "@/lib/jobs/lease";
import { adjustBalance } from "@/lib/ledger/adjust-balance";
import { changeBalance, InsufficientFundsError } from "@/lib/ledger/change-balance";
import { findLedgerDifferences } from "@/lib/ledger/reconcile";
import { findApiUser, issueApiKey } from "@/lib/reseller-api/api-keys";
import { createUser, EmailTakenError } from "@/lib/users/create-user";
import { ensureFirstAdmin } from "@/lib/setup/first-admin";

let n = 0;
const newUser = (role?: Role) => createUser({ email: `user${++n}@test.dev`, password: "test-pass-1", role });

describe("accounts", () => {
  it("stores a bcrypt hash, never the password, and refuses a taken email", async () => {
    const user = await createUser({ email: "Taken@Test.dev", password: "test-pass-1" });
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.email).toBe("taken@test.dev");
    expect(row.passwordHash).toMatch(/^\$2[aby]\$\d\d\$/);
    expect(row.passwordHash).not.toContain("test-pass-1");
    await expect(createUser({ email: "taken@test.dev", password: "other-pass-2" })).rejects.toBeInstanceOf(
      EmailTakenError,
    );
  });

  it("signs in with the right password only, and never a suspended user", async () => {
    const user = await newUser();
    await expect(authenticate({ email: user.email, password: "wrong-pass-1" }, "10.0.0.1")).rejects.toThrow(
      WRONG_CREDENTIALS,
    );
    await expect(
      authenticate({ email: "nobody@test.dev", password: "test-pass-1" }, "10.0.0.1"),
    ).rejects.toThrow(WRONG_CREDENTIALS);
    const session = await authenticate({ email: user.email, password: "test-pass-1" }, "10.0.0.1");
    expect(session).toMatchObject({ id: user.id, role: "CUSTOMER", sessionVersion: 0 });

    await db.user.update({ where: { id: user.id }, data: { status: UserStatus.SUSPENDED } });
    await expect(authenticate({ email: user.email, password: "test-pass-1" }, "10.0.0.1")).rejects.toThrow(
      SUSPENDED,
    );
  });

  it("creates the first admin, the owner, once", async () => {
    const first = await ensureFirstAdmin({ email: "owner@test.dev", password: "owner-pass-1" });
    expect(first).toMatchObject({ created: true, email: "owner@test.dev", password: undefined });
    expect(await ensureFirstAdmin({})).toEqual({ created: false });
    expect(await db.user.count({ where: { role: Role.OWNER } })).toBe(1);
  });
});

describe("ledger", () => {
  it("writes a ledger row with every balance change and refuses to overspend", async () => {
    const user = await newUser();
    await adjustBalance({
      userId: user.id,
      amount: 500_000n,
      reason: "bank transfer",
      type: LedgerType.DEPOSIT,
    });
    await db.$transaction((tx) =>
      changeBalance(tx, { userId: user.id, amount: -200_000n, type: LedgerType.ORDER_CHARGE }),
    );
    await expect(
      db.$transaction((tx) =>
        changeBalance(tx, { userId: user.id, amount: -300_001n, type: LedgerType.ORDER_CHARGE }),
      ),
    ).rejects.toBeInstanceOf(InsufficientFundsError);

    const entries = await db.ledgerEntry.findMany({ where: { userId: user.id }, orderBy: { id: "asc" } });
    expect(entries.map((e) => [e.type, e.amount, e.balanceAfter])).toEqual([
      ["DEPOSIT", 500_000n, 500_000n],
      ["ORDER_CHARGE", -200_000n, 300_000n],
    ]);
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.balance).toBe(300_000n);
    expect(row.spent).toBe(0n); // a charge joins the net spend when its order ends
    expect(await findLedgerDifferences()).toEqual([]);
  });

  it("never overspends under concurrent debits", async () => {
    const user = await newUser();
    await adjustBalance({ userId: user.id, amount: 1_000n, reason: "seed", type: LedgerType.DEPOSIT });
    const results = await Promise.allSettled(
      Array.from({ length: 40 }, () =>
        // 40 transactions queue for a pool of 10 PostgreSQL connections: on a busy machine the
        // last ones wait longer than Prisma's default 2 s to start (P2028), which is not the point.
        db.$transaction(
          (tx) => changeBalance(tx, { userId: user.id, amount: -100n, type: LedgerType.ORDER_CHARGE }),
          { maxWait: 30_000 },
        ),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(10);
    expect(
      results.filter((r) => r.status === "rejected" && !(r.reason instanceof InsufficientFundsError)),
    ).toEqual([]);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).balance).toBe(0n);
    expect(await findLedgerDifferences()).toEqual([]);
  });

  it("requires a reason for an adjustment and reports a balance edited behind the ledger's back", async () => {
    const user = await newUser();
    await expect(adjustBalance({ userId: user.id, amount: 5n, reason: "  " })).rejects.toThrow(
      "A reason is required",
    );
    await db.user.update({ where: { id: user.id }, data: { balance: 42n } });
    expect(await findLedgerDifferences()).toEqual([
      { userId: user.id, email: user.email, balance: 42n, ledgerSum: 0n },
    ]);
    await db.user.update({ where: { id: user.id }, data: { balance: 0n } });
  });
});

describe("reseller API keys", () => {
  it("stores only a hash, finds the user by key, and a new key retires the old one", async () => {
    const user = await newUser();
    const first = await issueApiKey(user.id);
    expect(first.key).toMatch(/^upl_[A-Za-z0-9_-]{40}$/);
    const row = await db.apiKey.findUniqueOrThrow({ where: { userId: user.id } });
    expect(row.hash).not.toContain(first.key);
    expect((await findApiUser(first.key))?.user.id).toBe(user.id);

    const second = await issueApiKey(user.id);
    expect(await findApiUser(first.key)).toBeNull();
    expect((await findApiUser(second.key))?.user.id).toBe(user.id);
    expect(await findApiUser("upl_not-a-key")).toBeNull();

    await db.user.update({ where: { id: user.id }, data: { status: UserStatus.SUSPENDED } });
    expect(await findApiUser(second.key)).toBeNull();
  });
});

describe("job leases", () => {
  it("lets one holder at a time run a job, and takes over an expired lease", async () => {
    expect(await acquireLease("job:test", 60_000, "a")).toBe(true);
    expect(await acquireLease("job:test", 60_000, "b")).toBe(false);
    expect(await acquireLease("job:test", 60_000, "a")).toBe(true);
    await releaseLease("job:test", "a");
    expect(await acquireLease("job:test", 1, "b")).toBe(true);
    await new Promise((r) => setTimeout(r, 5));
    expect(await acquireLease("job:test", 60_000, "c")).toBe(true);
  });
});

describe("password change", () => {
  it("needs the current password and ends other sessions", async () => {
    const { changePassword } = await import("@/lib/users/change-password");
    const user = await newUser();
    await expect(
      changePassword(user.id, { current: "nope-pass-1", next: "brand-new-pass-2" }),
    ).rejects.toThrow("Current password is wrong");
    await expect(changePassword(user.id, { current: "test-pass-1", next: "short" })).rejects.toThrow();
    await changePassword(user.id, { current: "test-pass-1", next: "brand-new-pass-2" });
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.sessionVersion).toBe(1);
    await expect(
      authenticate({ email: user.email, password: "brand-new-pass-2" }, "10.2.0.1"),
    ).resolves.toMatchObject({ id: user.id });
  });
});

describe("sign-up", () => {
  it("opens a limited number of accounts per IP an hour, and none while sign-up is closed", async () => {
    const { signUp } = await import("@/lib/users/sign-up");
    const { updateSettings } = await import("@/lib/settings/settings");
    for (let i = 0; i < 10; i++)
      await signUp({ email: `burst${i}@test.dev`, password: "test-pass-1" }, { ip: "10.3.0.1" });
    await expect(
      signUp({ email: "burst10@test.dev", password: "test-pass-1" }, { ip: "10.3.0.1" }),
    ).rejects.toThrow(/Too many new accounts/);
    await expect(
      signUp({ email: "other@test.dev", password: "test-pass-1" }, { ip: "10.3.0.2" }),
    ).resolves.toMatchObject({ email: "other@test.dev" });

    await updateSettings({ signupOpen: false });
    await expect(
      signUp({ email: "closed@test.dev", password: "test-pass-1" }, { ip: "10.3.0.3" }),
    ).rejects.toThrow("Sign-up is closed");
    await updateSettings({ signupOpen: true });
    expect(await db.user.count({ where: { email: { in: ["burst10@test.dev", "closed@test.dev"] } } })).toBe(
      0,
    );
  });
});
