// What the security page shows, and the owner's rule that admins use two-factor sign-in.
import { db, Role } from "../db";
import { isAdminRole } from "../auth/roles";
import { getSettings } from "../settings/settings";

export type TwoFactorStatus = { enabled: boolean; enabledAt: Date | null; recoveryCodesLeft: number };

export async function getTwoFactorStatus(userId: number): Promise<TwoFactorStatus> {
  const [row, recoveryCodesLeft] = await Promise.all([
    db.twoFactor.findUnique({ where: { userId }, select: { enabledAt: true } }),
    db.recoveryCode.count({ where: { userId, usedAt: null } }),
  ]);
  const enabledAt = row?.enabledAt ?? null;
  return { enabled: enabledAt !== null, enabledAt, recoveryCodesLeft: enabledAt ? recoveryCodesLeft : 0 };
}

/** Whether the owner requires two-factor sign-in of this user (an admin) before admin pages work. */
export async function isTwoFactorRequired(user: { role: Role }): Promise<boolean> {
  return isAdminRole(user.role) && (await getSettings()).requireAdminTwoFactor;
}

/** An admin who must set up two-factor sign-in before any admin page or action works. */
export async function mustEnrolTwoFactor(user: { role: Role; twoFactor: boolean }): Promise<boolean> {
  return !user.twoFactor && (await isTwoFactorRequired(user));
}

/** Where the set-up lives (the customer area's account pages, which admins use too). */
export const TWO_FACTOR_PAGE = "/account/security";
