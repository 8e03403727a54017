import "server-only";
// Who is asking. Every page, action and route calls one of these itself: middleware is not
// relied on. The user is re-read on every request so a suspension takes effect at once.
import { getServerSession } from "next-auth";
import { cookies, headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { db, Role, UserStatus } from "../db";
import { errorMessages } from "@/i18n/error-text";
import { recordAudit } from "../audit/record-audit";
import { requestIp } from "../http/request-ip";
import { ForbiddenError } from "../errors";
import { mustEnrolTwoFactor, TWO_FACTOR_PAGE } from "../two-factor/status";
import { authOptions } from "./options";
import { decodeImpersonation, IMPERSONATION_COOKIE } from "./impersonation";
import { isAdminRole } from "./roles";
import { REQUEST_PATH_HEADER, signInHref } from "./return-to";

/**
 * `viewedBy`: the admin looking through this customer's account ("Sign in as this user");
 * `twoFactor`: whether two-factor sign-in is on for the user.
 */
export type CurrentUser = {
  id: number;
  email: string;
  role: Role;
  balance: bigint;
  locale: string | null;
  twoFactor: boolean;
  viewedBy?: { id: number; email: string };
};

const USER_FIELDS = {
  id: true,
  email: true,
  role: true,
  balance: true,
  status: true,
  sessionVersion: true,
  locale: true,
  twoFactor: { select: { enabledAt: true } },
} as const;

type UserRow = {
  id: number;
  email: string;
  role: Role;
  balance: bigint;
  locale: string | null;
  twoFactor: { enabledAt: Date | null } | null;
};

function toCurrentUser(user: UserRow): CurrentUser {
  return {
    id: user.id,
    email: user.email,
    role: user.role,
    balance: user.balance,
    locale: user.locale,
    twoFactor: user.twoFactor?.enabledAt != null,
  };
}

/** The user of the session itself (an admin stays an admin while viewing a customer); cached for one render. */
const getSessionUser = cache(async function getSessionUser(): Promise<CurrentUser | null> {
  const session = (await getServerSession(authOptions)) as { uid?: number; sv?: number } | null;
  if (!session?.uid) return null;
  const user = await db.user.findUnique({ where: { id: session.uid }, select: USER_FIELDS });
  if (!user || user.status !== UserStatus.ACTIVE || user.sessionVersion !== session.sv) return null;
  return toCurrentUser(user);
});

/** The admin's support view, when their session carries a valid one (lib/auth/impersonation.ts). */
async function viewedCustomer(admin: CurrentUser): Promise<CurrentUser | null> {
  const claim = decodeImpersonation((await cookies()).get(IMPERSONATION_COOKIE)?.value);
  if (!claim || claim.adminId !== admin.id) return null;
  const user = await db.user.findUnique({ where: { id: claim.userId }, select: USER_FIELDS });
  if (!user || user.status !== UserStatus.ACTIVE || user.role !== Role.CUSTOMER) return null;
  return { ...toCurrentUser(user), viewedBy: { id: admin.id, email: admin.email } };
}

/** Who the customer area serves: the signed-in user, or the customer an admin is viewing as. */
export const getCurrentUser = cache(async function getCurrentUser(): Promise<CurrentUser | null> {
  const user = await getSessionUser();
  if (user && isAdminRole(user.role)) return (await viewedCustomer(user)) ?? user;
  return user;
});

/** For pages: the signed-in user, or a redirect to the sign-in page. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return user;
}

/**
 * For admin pages: an anonymous visitor signs in and comes back to the page asked for (proxy.ts
 * passes its path); a signed-in non-admin gets a 404, so /admin reveals nothing to customers; an
 * admin the owner requires to use two-factor sign-in, and who has not set it up, is sent to set it up.
 */
export async function requireAdminPage(): Promise<CurrentUser> {
  const user = await getSessionUser();
  if (!user) redirect(signInHref((await headers()).get(REQUEST_PATH_HEADER) ?? "/admin"));
  if (!isAdminRole(user.role)) notFound();
  if (await mustEnrolTwoFactor(user)) redirect(TWO_FACTOR_PAGE);
  return user;
}

/**
 * For server actions: the customer they act for; throws instead of redirecting. This is where
 * "view as" is held to looking: while an admin views a customer's account every action is refused
 * (money, orders, tickets, settings, the account's keys), except one named in `allowWhileViewing`,
 * which is then audited with both identities.
 */
export async function assertUser(options: { allowWhileViewing?: string } = {}): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new ForbiddenError(errorMessages.signInAgain);
  if (!user.viewedBy) return user;
  if (!options.allowWhileViewing) throw new ForbiddenError(errorMessages.viewOnly);
  await recordAudit({
    actorId: user.viewedBy.id,
    ip: await requestIp(),
    action: `view_as.${options.allowWhileViewing}`,
    targetType: "user",
    targetId: user.id,
    after: { admin: user.viewedBy.email, customer: user.email },
  });
  return user;
}

/** For route handlers that only read (GET): the customer, also while an admin views the account. */
export async function assertReader(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new ForbiddenError(errorMessages.signInAgain);
  return user;
}

/** The person signed in on this browser, never the customer an admin views (their own language, say). */
export async function getSignedInUser(): Promise<CurrentUser | null> {
  return getSessionUser();
}

export async function assertAdmin(): Promise<CurrentUser> {
  const user = await getSessionUser();
  if (!user || !isAdminRole(user.role)) throw new ForbiddenError();
  if (await mustEnrolTwoFactor(user)) throw new ForbiddenError(errorMessages.twoFactor.adminRequired);
  return user;
}

/** For what only the panel's owner may do (granting admin, resetting another account's two-factor sign-in). */
export async function assertOwner(): Promise<CurrentUser> {
  const user = await assertAdmin();
  if (user.role !== Role.OWNER) throw new ForbiddenError(errorMessages.ownerRoleOnly);
  return user;
}
