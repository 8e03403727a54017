"use server";
import { revalidatePath } from "next/cache";
import { assertAdmin } from "@/lib/auth/session";
import { runAction } from "@/lib/http/action-result";
import { requestIp } from "@/lib/http/request-ip";
import { deleteTier, pinUserTier, saveTier } from "@/lib/tiers/manage-tiers";
import type { TierInput } from "@/lib/validations/tier";

async function actor() {
  const admin = await assertAdmin();
  return { id: admin.id, ip: await requestIp() };
}

export async function saveTierAction(input: TierInput, id?: number) {
  return runAction("saveTier", async () => {
    const who = await actor();
    await saveTier(input, who, id === undefined ? undefined : Number(id));
    revalidatePath("/admin/tiers");
  });
}

export async function deleteTierAction(id: number) {
  return runAction("deleteTier", async () => {
    const who = await actor();
    await deleteTier(Number(id), who);
    revalidatePath("/admin/tiers");
  });
}

export async function pinUserTierAction(userId: number, tierId: number | null) {
  return runAction("pinUserTier", async () => {
    const who = await actor();
    await pinUserTier(Number(userId), tierId === null ? null : Number(tierId), who);
    revalidatePath(`/admin/users/${Number(userId)}`);
  });
}
