"use server";
// Upstream providers: saved (with a connection test), deleted, tested, their balance refreshed.
import { revalidatePath } from "next/cache";
import { formatMoney } from "@/lib/money";
import {
  deleteProvider,
  refreshProviderBalance,
  saveProvider,
  testProviderConnection,
} from "@/lib/providers/manage-providers";
import { idSchema } from "@/lib/validations/id";
import type { ProviderCreateInput, ProviderUpdateInput } from "@/lib/validations/provider";
import { adminAction, parsedByDomain } from "../safe-action";

/** Saving runs the connection test: the answer says whether the provider works, and why not. */
export const saveProviderAction = adminAction(
  "saveProvider",
  [idSchema.nullable(), parsedByDomain<ProviderCreateInput | ProviderUpdateInput>()],
  async (who, id, input) => {
    const { provider, test } = await saveProvider(id, input, who);
    revalidatePath("/admin/providers");
    return { id: provider.id, failure: test && !test.ok ? `${test.step}: ${test.reason}` : null };
  },
);

export const deleteProviderAction = adminAction("deleteProvider", [idSchema], async (who, id) => {
  await deleteProvider(id, who);
  revalidatePath("/admin/providers");
});

export const testProviderAction = adminAction("testProvider", [idSchema], async (_who, id) => {
  const result = await testProviderConnection(id);
  revalidatePath("/admin/providers");
  return result.ok
    ? {
        ok: true as const,
        balance: formatMoney(result.balance, 2),
        currency: result.currency,
        serviceCount: result.serviceCount,
        latencyMs: result.latencyMs,
      }
    : { ok: false as const, step: result.step, reason: result.reason, latencyMs: result.latencyMs };
});

export const refreshBalanceAction = adminAction("refreshProviderBalance", [idSchema], async (_who, id) => {
  const provider = await refreshProviderBalance(id);
  revalidatePath("/admin/providers");
  return {
    balance: provider.balance === null ? null : formatMoney(provider.balance, 2),
    error: provider.lastError,
  };
});
