import "server-only";
// "Sign in as this user" for support. The admin keeps their own session; a signed, short-lived
// cookie names the customer they look through. It only counts next to the session of the admin
// who started it, while that admin is still an admin, so it is worthless to anyone else.
// Starting and ending are audited; the customer pages show a banner while it lasts.
import { createHmac, timingSafeEqual } from "node:crypto";
import { recordAudit } from "../audit/record-audit";
import { db, Role, UserStatus } from "../db";
import { appSecret } from "../env.mjs";
import { AppError, NotFoundError } from "../errors";

export const IMPERSONATION_COOKIE = "upline-view-as";
export const IMPERSONATION_MAX_AGE_S = 60 * 60;

type Claim = { adminId: number; userId: number; exp: number };

function sign(payload: string): string {
  return createHmac("sha256", appSecret()).update(`impersonation:${payload}`).digest("base64url");
}

export function encodeImpersonation(claim: Claim): string {
  const payload = Buffer.from(JSON.stringify(claim)).toString("base64url");
  return `${payload}.${sign(payload)}`;
}

/** The claim in a cookie value, when its signature holds and it has not expired. */
export function decodeImpersonation(value: string | undefined, now = Date.now()): Claim | null {
  if (!value || value.length > 500) return null;
  const [payload, signature] = value.split(".");
  if (!payload || !signature) return null;
  const expected = Buffer.from(sign(payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const claim = JSON.parse(Buffer.from(payload, "base64url").toString()) as Claim;
    if (
      !Number.isSafeInteger(claim.adminId) ||
      !Number.isSafeInteger(claim.userId) ||
      typeof claim.exp !== "number" ||
      claim.exp < now
    )
      return null;
    return claim;
  } catch {
    return null;
  }
}

/** Checks the target and audits the start; answers the cookie value to set. */
export async function startImpersonation(
  admin: { id: number; ip?: string },
  userId: number,
  now = Date.now(),
): Promise<string> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, role: true, status: true },
  });
  if (!user) throw new NotFoundError("User not found");
  if (user.role !== Role.CUSTOMER) throw new AppError("Only customers can be viewed this way", "forbidden");
  if (user.status !== UserStatus.ACTIVE)
    throw new AppError("This user is suspended; reactivate them first", "conflict");
  await recordAudit({
    actorId: admin.id,
    ip: admin.ip,
    action: "user.impersonate_start",
    targetType: "user",
    targetId: user.id,
    after: { email: user.email },
  });
  return encodeImpersonation({
    adminId: admin.id,
    userId: user.id,
    exp: now + IMPERSONATION_MAX_AGE_S * 1000,
  });
}

export async function endImpersonation(claim: Claim, ip?: string): Promise<void> {
  await recordAudit({
    actorId: claim.adminId,
    ip,
    action: "user.impersonate_end",
    targetType: "user",
    targetId: claim.userId,
  });
}
