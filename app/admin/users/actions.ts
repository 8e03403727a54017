"use server";
import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { decodeImpersonation, endImpersonation, IMPERSONATION_COOKIE, IMPERSONATION_MAX_AGE_S, startImpersonation } from "@/lib/auth/impersonation";
import { env } from "@/lib/env.mjs";
import { assertAdmin } from "@/lib/auth/session";
import { runAction } from "@/lib/http/action-result";
import { requestIp } from "@/lib/http/request-ip";
import { formatCurrency } from "@/lib/format";
import { getSettings } from "@/lib/settings/settings";
import {
  adjustUserBalance,
  changeUserRole,
  resetUserApiKey,
  setUserApiAccess,
  setUserDiscount,
  setUserServiceRate,
  setUserSuspended,
} from "@/lib/users/admin-user-changes";
import type { BalanceAdjustmentInput, ServiceRateInput } from "@/lib/users/admin-user-input";

async function actor() {
  const admin = await assertAdmin();
  return { id: admin.id, ip: await requestIp() };
}

function refresh(userId: number) {
  revalidatePath("/admin/users");
  revalidatePath(`/admin/users/${userId}`);
}

export async function setUserSuspendedAction(userId: number, suspended: boolean) {
  return runAction("setUserSuspended", async () => {
    await setUserSuspended(userId, suspended === true, await actor());
    refresh(userId);
  });
}

export async function changeUserRoleAction(userId: number, role: string) {
  return runAction("changeUserRole", async () => {
    await changeUserRole(userId, role, await actor());
    refresh(userId);
  });
}

export async function setUserApiAccessAction(userId: number, enabled: boolean) {
  return runAction("setUserApiAccess", async () => {
    await setUserApiAccess(userId, enabled === true, await actor());
    refresh(userId);
  });
}

export async function resetUserApiKeyAction(userId: number) {
  return runAction("resetUserApiKey", async () => {
    await resetUserApiKey(userId, await actor());
    refresh(userId);
  });
}

export async function adjustUserBalanceAction(userId: number, input: BalanceAdjustmentInput) {
  return runAction("adjustUserBalance", async () => {
    const { balanceAfter } = await adjustUserBalance(userId, input, await actor());
    refresh(userId);
    return { balanceAfter: formatCurrency(balanceAfter, await getSettings()) };
  });
}

export async function setUserDiscountAction(userId: number, percent: string) {
  return runAction("setUserDiscount", async () => {
    await setUserDiscount(userId, String(percent ?? ""), await actor());
    refresh(userId);
  });
}

export async function setUserServiceRateAction(userId: number, input: ServiceRateInput) {
  return runAction("setUserServiceRate", async () => {
    await setUserServiceRate(userId, input, await actor());
    refresh(userId);
  });
}

/** "Sign in as this user": the admin's session stays; a signed cookie names the customer viewed. */
export async function viewAsUserAction(userId: number) {
  const result = await runAction("viewAsUser", async () => {
    const admin = await actor();
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
    const admin = await actor();
    const jar = await cookies();
    const claim = decodeImpersonation(jar.get(IMPERSONATION_COOKIE)?.value);
    jar.delete(IMPERSONATION_COOKIE);
    if (claim && claim.adminId === admin.id) await endImpersonation(claim, admin.ip);
    return claim?.userId ?? null;
  });
  if (result.ok) redirect(result.data ? `/admin/users/${result.data}` : "/admin/users");
  return result;
}
