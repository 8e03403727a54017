"use server";
import { adminActor } from "@/lib/auth/admin-actor";
import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/http/action-result";
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
    const { balanceAfter } = await adjustUserBalance(userId, input, await adminActor());
    refresh(userId);
    return { balanceAfter: formatCurrency(balanceAfter, await getSettings()) };
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
