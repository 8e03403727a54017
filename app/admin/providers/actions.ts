"use server";
import { adminActor } from "@/lib/auth/admin-actor";
import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/http/action-result";
import { formatMoney } from "@/lib/money";
import {
  createProvider,
  deleteProvider,
  refreshProviderBalance,
  testProviderConnection,
  updateProvider,
} from "@/lib/providers/manage-providers";
import type { ProviderCreateInput, ProviderUpdateInput } from "@/lib/validations/provider";

export async function createProviderAction(input: ProviderCreateInput) {
  return runAction("createProvider", async () => {
    const provider = await createProvider(input, await adminActor());
    revalidatePath("/admin/providers");
    return { id: provider.id };
  });
}

export async function updateProviderAction(id: number, input: ProviderUpdateInput) {
  return runAction("updateProvider", async () => {
    await updateProvider(id, input, await adminActor());
    revalidatePath("/admin/providers");
  });
}

export async function deleteProviderAction(id: number) {
  return runAction("deleteProvider", async () => {
    await deleteProvider(id, await adminActor());
    revalidatePath("/admin/providers");
  });
}

export async function testProviderAction(id: number) {
  return runAction("testProvider", async () => {
    await adminActor();
    const result = await testProviderConnection(id);
    revalidatePath("/admin/providers");
    return result.ok
      ? { ok: true as const, balance: formatMoney(result.balance, 2), currency: result.currency, serviceCount: result.serviceCount, latencyMs: result.latencyMs }
      : { ok: false as const, step: result.step, reason: result.reason, latencyMs: result.latencyMs };
  });
}

export async function refreshBalanceAction(id: number) {
  return runAction("refreshProviderBalance", async () => {
    await adminActor();
    const provider = await refreshProviderBalance(id);
    revalidatePath("/admin/providers");
    return { balance: provider.balance === null ? null : formatMoney(provider.balance, 2), error: provider.lastError };
  });
}
