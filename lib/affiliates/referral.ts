// Referral links (/r/<code>): every customer has a code; a visit is counted and remembered in a
// 30-day cookie; a sign-up through it records the referrer, unless it comes from the referrer's
// own device (the upl_device cookie of the browser they signed up in) or IP address.
import { randomBytes } from "node:crypto";
import { db, isUniqueViolation, type Tx, UserStatus } from "../db";

export const REFERRAL_COOKIE = "upl_ref";
export const DEVICE_COOKIE = "upl_device";
export const REFERRAL_DAYS = 30;
const CODE_PATTERN = /^[a-z0-9]{4,32}$/;

export function isReferralCode(text: string): boolean {
  return CODE_PATTERN.test(text);
}

export function newDeviceId(): string {
  return randomBytes(16).toString("hex");
}

/** The customer's affiliate account, created with a fresh code on first use. */
export async function ensureAffiliate(userId: number, tx: Tx = db) {
  const existing = await tx.affiliate.findUnique({ where: { userId } });
  if (existing) return existing;
  for (let attempt = 0; ; attempt++) {
    try {
      return await tx.affiliate.create({
        data: {
          userId,
          code: randomBytes(6)
            .toString("base64url")
            .toLowerCase()
            .replace(/[^a-z0-9]/g, "x"),
        },
      });
    } catch (error) {
      const taken = isUniqueViolation(error);
      if (!taken || attempt >= 3) throw error;
      const raced = await tx.affiliate.findUnique({ where: { userId } });
      if (raced) return raced;
    }
  }
}

/** Counts a visit; false when no affiliate has this code. */
export async function recordVisit(code: string): Promise<boolean> {
  if (!isReferralCode(code)) return false;
  const counted = await db.affiliate.updateMany({ where: { code }, data: { visits: { increment: 1 } } });
  return counted.count > 0;
}

export type SignupOrigin = { code?: string; ip: string; device?: string };

/** The affiliate a new sign-up is credited to, or null when the referral is refused or unknown. */
export async function referrerFor(origin: SignupOrigin, tx: Tx = db): Promise<number | null> {
  if (!origin.code || !isReferralCode(origin.code)) return null;
  const affiliate = await tx.affiliate.findUnique({
    where: { code: origin.code },
    select: {
      userId: true,
      user: { select: { status: true, signupIp: true, lastLoginIp: true, signupDevice: true } },
    },
  });
  if (!affiliate || affiliate.user.status !== UserStatus.ACTIVE) return null;
  const { signupIp, lastLoginIp, signupDevice } = affiliate.user;
  if (origin.ip && (origin.ip === signupIp || origin.ip === lastLoginIp)) return null;
  if (origin.device && origin.device === signupDevice) return null;
  return affiliate.userId;
}
