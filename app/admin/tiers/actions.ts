"use server";
import { adminActor } from "@/lib/auth/admin-actor";
import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/http/action-result";
import { readTypedAmount } from "@/lib/http/reader-money";
import { deleteTier, pinUserTier, saveTier } from "@/lib/tiers/manage-tiers";
import type { TierInput } from "@/lib/validations/tier";

export async function saveTierAction(input: TierInput, id?: number) {
  return runAction("saveTier", async () => {
    const who = await adminActor();
    await saveTier({ ...input, minSpent: await readTypedAmount(input?.minSpent) }, who, id === undefined ? undefined : Number(id));
    revalidatePath("/admin/tiers");
  });
}

export async function deleteTierAction(id: number) {
  return runAction("deleteTier", async () => {
    const who = await adminActor();
    await deleteTier(Number(id), who);
    revalidatePath("/admin/tiers");
  });
}

export async function pinUserTierAction(userId: number, tierId: number | null) {
  return runAction("pinUserTier", async () => {
    const who = await adminActor();
    await pinUserTier(Number(userId), tierId === null ? null : Number(tierId), who);
    revalidatePath(`/admin/users/${Number(userId)}`);
  });
}
