// Password reset and email verification: neutral answers, hashed single-use tokens that expire,
// limits per IP and per email, sessions ended by a reset, and "verify before ordering".
import { describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { authenticate } from "@/lib/auth/authenticate";
import { resendVerificationMail, VERIFY_BEFORE_ORDERING, verifyEmail } from "@/lib/auth/email-verification";
import { RESET_LINK_INVALID, requestPasswordReset, resetPassword } from "@/lib/auth/password-reset";
import { db, OrderStatus } from "@/lib/db";
import { updateSettings } from "@/lib/settings/settings";
import { signUp } from "@/lib/users/sign-up";
import { placeOrder } from "@/lib/orders/place-order";
import { deposit, makeProvider, makeService, makeUser } from "../admin/support";

let ip = 0;
const nextIp = () => `10.77.0.${++ip}`;

/** The token of the last mail of this kind to this address, read from the queued body. */
async function tokenFromMail(to: string, kind: string): Promise<string> {
  const mail = await db.mailOutbox.findFirstOrThrow({ where: { to, kind }, orderBy: { id: "desc" } });
  const token = /token=([A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
  expect(mail.html).toContain(`token=${token}`);
  return token!;
}

describe("password reset", () => {
  it("answers the same for a known and an unknown email, and mails only the known one", async () => {
    const user = await makeUser({ email: "known@test.dev" });
    expect(await requestPasswordReset({ email: "nobody@test.dev" }, nextIp())).toBeUndefined();
    expect(await requestPasswordReset({ email: "KNOWN@test.dev" }, nextIp())).toBeUndefined();
    expect(await db.mailOutbox.count({ where: { to: "nobody@test.dev" } })).toBe(0);
    const token = await tokenFromMail(user.email, "password_reset");
    const row = await db.userToken.findFirstOrThrow({ where: { userId: user.id } });
    expect(row.hash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(await db.userToken.findMany())).not.toContain(token);
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeLessThanOrEqual(30 * 60_000 + 1_000);
  });

  it("sets the new password once, ends every session, and refuses the link a second time", async () => {
    const user = await makeUser({ email: "reset@test.dev" });
    const before = await authenticate({ email: user.email, password: "test-pass-1" }, nextIp());
    await requestPasswordReset({ email: user.email }, nextIp());
    const token = await tokenFromMail(user.email, "password_reset");

    await expect(resetPassword({ token, password: "short" })).rejects.toThrow(/at least 8/);
    await resetPassword({ token, password: "brand-new-pass-2" });
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    await expect(authenticate({ email: user.email, password: "test-pass-1" }, nextIp())).rejects.toThrow();
    expect((await authenticate({ email: user.email, password: "brand-new-pass-2" }, nextIp())).id).toBe(
      user.id,
    );
    await expect(resetPassword({ token, password: "another-pass-3" })).rejects.toThrow(RESET_LINK_INVALID);
  });

  it("refuses an expired link, a superseded link and a made-up one", async () => {
    const user = await makeUser({ email: "expired@test.dev" });
    await requestPasswordReset({ email: user.email }, nextIp());
    const first = await tokenFromMail(user.email, "password_reset");
    await db.userToken.updateMany({
      where: { userId: user.id },
      data: { expiresAt: new Date(Date.now() - 1) },
    });
    await expect(resetPassword({ token: first, password: "brand-new-pass-2" })).rejects.toThrow(
      RESET_LINK_INVALID,
    );

    await requestPasswordReset({ email: user.email }, nextIp());
    const second = await tokenFromMail(user.email, "password_reset");
    await requestPasswordReset({ email: user.email }, nextIp());
    const third = await tokenFromMail(user.email, "password_reset");
    await expect(resetPassword({ token: second, password: "brand-new-pass-2" })).rejects.toThrow(
      RESET_LINK_INVALID,
    );
    await expect(resetPassword({ token: "x".repeat(43), password: "brand-new-pass-2" })).rejects.toThrow(
      RESET_LINK_INVALID,
    );
    await resetPassword({ token: third, password: "brand-new-pass-2" });
  });

  it("limits requests per email (any email, known or not) and per IP", async () => {
    for (let i = 0; i < 3; i++) await requestPasswordReset({ email: "limited@test.dev" }, nextIp());
    await expect(requestPasswordReset({ email: "limited@test.dev" }, nextIp())).rejects.toThrow(
      /Too many reset requests/,
    );
    const shared = "10.78.0.1";
    for (let i = 0; i < 10; i++) await requestPasswordReset({ email: `ip${i}@test.dev` }, shared);
    await expect(requestPasswordReset({ email: "ip-last@test.dev" }, shared)).rejects.toThrow(
      /Too many reset requests/,
    );
  });
});

describe("email verification", () => {
  it("off by default: sign-up queues no mail; optional: a mail, and the link confirms the address once", async () => {
    await signUp({ email: "quiet@test.dev", password: "test-pass-1" }, { ip: nextIp() });
    expect(await db.mailOutbox.count({ where: { to: "quiet@test.dev" } })).toBe(0);

    await updateSettings({ emailVerification: "optional" });
    const user = await signUp({ email: "fresh@test.dev", password: "test-pass-1" }, { ip: nextIp() });
    const token = await tokenFromMail(user.email, "verify_email");
    expect(await verifyEmail(token)).toBe(true);
    expect(await verifyEmail(token)).toBe(false);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerifiedAt).toBeInstanceOf(
      Date,
    );
    await resendVerificationMail(user.id);
    expect(await db.mailOutbox.count({ where: { to: user.email, kind: "verify_email" } })).toBe(1); // already verified: nothing new
    await updateSettings({ emailVerification: "off" });
  });

  it("required: no order until the address is confirmed", async () => {
    const provider = await makeProvider();
    const service = await makeService(provider.id, { rate: 1_000_000n, cost: 500_000n });
    await updateSettings({ emailVerification: "required" });
    const user = await signUp({ email: "strict@test.dev", password: "test-pass-1" }, { ip: nextIp() });
    await deposit(user.id, 10_000_000n);
    const order = () =>
      placeOrder(
        {
          userId: user.id,
          serviceId: service.id,
          fields: { link: "https://example.com/x", quantity: 100 },
          source: "web",
        },
        { dispatch: false },
      );
    await expect(order()).rejects.toThrow(VERIFY_BEFORE_ORDERING);
    expect(await db.order.count({ where: { userId: user.id } })).toBe(0);

    expect(await verifyEmail(await tokenFromMail(user.email, "verify_email"))).toBe(true);
    const placed = await order();
    expect((await db.order.findUniqueOrThrow({ where: { id: placed.orderId } })).status).toBe(
      OrderStatus.PENDING,
    );
    await updateSettings({ emailVerification: "off" });
  });
});
