"use server";
import { adminActor } from "@/lib/auth/admin-actor";
import { assertOwner } from "@/lib/auth/session";
import { requestIp } from "@/lib/http/request-ip";
import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { decodeImpersonation, endImpersonation, IMPERSONATION_COOKIE, IMPERSONATION_MAX_AGE_S, startImpersonation } from "@/lib/auth/impersonation";
import { env } from "@/lib/env.mjs";
import { runAction } from "@/lib/http/action-result";
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

function refresh(userId: number) {
  revalidatePath("/admin/users");
  revalidatePath(`/admin/users/${userId}`);
}

export async function setUserSuspendedAction(userId: number, suspended: boolean) {
  return runAction("setUserSuspended", async () => {
    await setUserSuspended(userId, suspended === true, await adminActor());
    refresh(userId);
  });
}

export async function changeUserRoleAction(userId: number, role: string) {
  return runAction("changeUserRole", async () => {
    await changeUserRole(userId, role, await adminActor());
    refresh(userId);
  });
}

/** Owner only (the domain checks it too): for a user who lost their phone and recovery codes. */
export async function resetUserTwoFactorAction(userId: number) {
  return runAction("resetUserTwoFactor", async () => {
    const owner = await assertOwner();
    await resetUserTwoFactor(userId, { id: owner.id, ip: await requestIp() });
    refresh(userId);
  });
}

export async function setUserApiAccessAction(userId: number, enabled: boolean) {
  return runAction("setUserApiAccess", async () => {
    await setUserApiAccess(userId, enabled === true, await adminActor());
    refresh(userId);
  });
}

export async function resetUserApiKeyAction(userId: number) {
  return runAction("resetUserApiKey", async () => {
    await resetUserApiKey(userId, await adminActor());
    refresh(userId);
  });
}

export async function adjustUserBalanceAction(userId: number, input: BalanceAdjustmentInput) {
  return runAction("adjustUserBalance", async () => {
    const who = await adminActor();
    const { balanceAfter } = await adjustUserBalance(userId, { ...input, amount: await readTypedAmount(input?.amount) }, who);
    refresh(userId);
    return { balanceAfter: (await getReaderMoney()).amount(balanceAfter) };
  });
}

export async function setUserDiscountAction(userId: number, percent: string) {
  return runAction("setUserDiscount", async () => {
    await setUserDiscount(userId, String(percent ?? ""), await adminActor());
    refresh(userId);
  });
}

export async function setUserServiceRateAction(userId: number, input: ServiceRateInput) {
  return runAction("setUserServiceRate", async () => {
    await setUserServiceRate(userId, input, await adminActor());
    refresh(userId);
  });
}

/** "Sign in as this user": the admin's session stays; a signed cookie names the customer viewed. */
export async function viewAsUserAction(userId: number) {
  const result = await runAction("viewAsUser", async () => {
    const admin = await adminActor();
    const value = await startImpersonation(admin, z.coerce.number().int().positive().parse(userId));
    (await cookies()).set(IMPERSONATION_COOKIE, value, {
      httpOnly: true,
      sameSite: "lax",
      secure: env.NEXTAUTH_URL?.startsWith("https://") ?? false,
      path: "/",
      maxAge: IMPERSONATION_MAX_AGE_S,
    });
  });
  if (result.ok) redirect("/orders");
  return result;
}

/** Ends the support view and goes back to the admin's own page of that user. */
export async function stopViewingAction() {
  const result = await runAction("stopViewing", async () => {
    const admin = await adminActor();
    const jar = await cookies();
    const claim = decodeImpersonation(jar.get(IMPERSONATION_COOKIE)?.value);
    jar.delete(IMPERSONATION_COOKIE);
    if (claim && claim.adminId === admin.id) await endImpersonation(claim, admin.ip);
    return claim?.userId ?? null;
  });
  if (result.ok) redirect(result.data ? `/admin/users/${result.data}` : "/admin/users");
  return result;
}
