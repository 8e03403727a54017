"use server";
// An admin's changes to a customer's account, and "sign in as this user" (the support view).
import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import {
  decodeImpersonation,
  endImpersonation,
  IMPERSONATION_COOKIE,
  IMPERSONATION_MAX_AGE_S,
  startImpersonation,
} from "@/lib/auth/impersonation";
import { env } from "@/lib/env.mjs";
import { getReaderMoney, readTypedAmount } from "@/lib/http/reader-money";
import {
  adjustUserBalance,
  changeUserRole,
  resetUserApiKey,
  resetUserTwoFactor,
  setUserApiAccess,
  setUserDiscount,
  setUserServiceRate,
  setUserSuspended,
} from "@/lib/users/admin-user-changes";
import type { BalanceAdjustmentInput, ServiceRateInput } from "@/lib/users/admin-user-input";
import { idSchema } from "@/lib/validations/id";
import { adminAction, ownerAction, parsedByDomain } from "../safe-action";

function refresh(userId: number) {
  revalidatePath("/admin/users");
  revalidatePath(`/admin/users/${userId}`);
}

export const setUserSuspendedAction = adminAction(
  "setUserSuspended",
  [idSchema, z.boolean()],
  async (who, userId, suspended) => {
    await setUserSuspended(userId, suspended, who);
    refresh(userId);
  },
);

export const changeUserRoleAction = adminAction(
  "changeUserRole",
  [idSchema, parsedByDomain<string>()],
  async (who, userId, role) => {
    await changeUserRole(userId, role, who);
    refresh(userId);
  },
);

/** Owner only (the domain checks it too): for a user who lost their phone and recovery codes. */
export const resetUserTwoFactorAction = ownerAction("resetUserTwoFactor", [idSchema], async (who, userId) => {
  await resetUserTwoFactor(userId, who);
  refresh(userId);
});

export const setUserApiAccessAction = adminAction(
  "setUserApiAccess",
  [idSchema, z.boolean()],
  async (who, userId, enabled) => {
    await setUserApiAccess(userId, enabled, who);
    refresh(userId);
  },
);

export const resetUserApiKeyAction = adminAction("resetUserApiKey", [idSchema], async (who, userId) => {
  await resetUserApiKey(userId, who);
  refresh(userId);
});

// The amount is typed in the admin's money: read it their way before the domain parses the rest.
export const adjustUserBalanceAction = adminAction(
  "adjustUserBalance",
  [idSchema, parsedByDomain<BalanceAdjustmentInput>()],
  async (who, userId, input) => {
    const { balanceAfter } = await adjustUserBalance(
      userId,
      { ...input, amount: await readTypedAmount(input?.amount) },
      who,
    );
    refresh(userId);
    return { balanceAfter: (await getReaderMoney()).amount(balanceAfter) };
  },
);

export const setUserDiscountAction = adminAction(
  "setUserDiscount",
  [idSchema, parsedByDomain<string>()],
  async (who, userId, percent) => {
    await setUserDiscount(userId, String(percent ?? ""), who);
    refresh(userId);
  },
);

export const setUserServiceRateAction = adminAction(
  "setUserServiceRate",
  [idSchema, parsedByDomain<ServiceRateInput>()],
  async (who, userId, input) => {
    await setUserServiceRate(userId, input, who);
    refresh(userId);
  },
);

/** "Sign in as this user": the admin's session stays; a signed cookie names the customer viewed. */
export const viewAsUserAction = adminAction("viewAsUser", [idSchema], async (who, userId) => {
  const value = await startImpersonation(who, userId);
  (await cookies()).set(IMPERSONATION_COOKIE, value, {
    httpOnly: true,
    sameSite: "lax",
    secure: env.NEXTAUTH_URL?.startsWith("https://") ?? false,
    path: "/",
    maxAge: IMPERSONATION_MAX_AGE_S,
  });
  redirect("/orders");
});

/** Ends the support view and goes back to the admin's own page of that user. */
export const stopViewingAction = adminAction("stopViewing", [], async (who) => {
  const jar = await cookies();
  const claim = decodeImpersonation(jar.get(IMPERSONATION_COOKIE)?.value);
  jar.delete(IMPERSONATION_COOKIE);
  if (claim && claim.adminId === who.id) await endImpersonation(claim, who.ip);
  redirect(claim?.userId ? `/admin/users/${claim.userId}` : "/admin/users");
});
