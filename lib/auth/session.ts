import "server-only";
// Who is asking. Every page, action and route calls one of these itself: middleware is not
// relied on. The user is re-read on every request so a suspension takes effect at once.
import { getServerSession } from "next-auth";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { db, Role, UserStatus } from "../db";
import { errorMessages } from "@/i18n/error-text";
import { ForbiddenError } from "../errors";
import { mustEnrolTwoFactor, TWO_FACTOR_PAGE } from "../two-factor/status";
import { authOptions } from "./options";

/** `twoFactor`: whether two-factor sign-in is on for the user. */
export type CurrentUser = { id: number; email: string; role: Role; balance: bigint; locale: string | null; twoFactor: boolean };

// Cached for one render: the layout, the page and the language lookup share one read.
export const getCurrentUser = cache(async function getCurrentUser(): Promise<CurrentUser | null> {
  const session = (await getServerSession(authOptions)) as { uid?: number; sv?: number } | null;
  if (!session?.uid) return null;
  const user = await db.user.findUnique({
    where: { id: session.uid },
    select: { id: true, email: true, role: true, balance: true, status: true, sessionVersion: true, locale: true, twoFactor: { select: { enabledAt: true } } },
  });
  if (!user || user.status !== UserStatus.ACTIVE || user.sessionVersion !== session.sv) return null;
  return { id: user.id, email: user.email, role: user.role, balance: user.balance, locale: user.locale, twoFactor: user.twoFactor?.enabledAt != null };
});

/** For pages: the signed-in user, or a redirect to the sign-in page. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return user;
}

/**
 * For admin pages: a 404 for anyone who is not an admin, so /admin reveals nothing; an admin the
 * owner requires to use two-factor sign-in, and who has not set it up, is sent to set it up.
 */
export async function requireAdminPage(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user || user.role !== Role.ADMIN) notFound();
  if (await mustEnrolTwoFactor(user)) redirect(TWO_FACTOR_PAGE);
  return user;
}

/** For server actions and route handlers: throws instead of redirecting. */
export async function assertUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new ForbiddenError(errorMessages.signInAgain);
  return user;
}

export async function assertAdmin(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user || user.role !== Role.ADMIN) throw new ForbiddenError();
  if (await mustEnrolTwoFactor(user)) throw new ForbiddenError(errorMessages.twoFactor.adminRequired);
  return user;
}
