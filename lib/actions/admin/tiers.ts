"use server";
// Customer tiers: saved, deleted, or pinned to one customer.
import { revalidatePath } from "next/cache";
import { readTypedAmount } from "@/lib/http/reader-money";
import { deleteTier, pinUserTier, saveTier } from "@/lib/tiers/manage-tiers";
import { idSchema } from "@/lib/validations/id";
import type { TierInput } from "@/lib/validations/tier";
import { adminAction, parsedByDomain } from "../safe-action";

// The threshold is typed in the admin's money: read it their way before saveTier parses the rest.
export const saveTierAction = adminAction(
  "saveTier",
  [parsedByDomain<TierInput>(), idSchema.optional()],
  async (who, input, id) => {
    await saveTier({ ...input, minSpent: await readTypedAmount(input?.minSpent) }, who, id);
    revalidatePath("/admin/tiers");
  },
);

export const deleteTierAction = adminAction("deleteTier", [idSchema], async (who, id) => {
  await deleteTier(id, who);
  revalidatePath("/admin/tiers");
});

export const pinUserTierAction = adminAction(
  "pinUserTier",
  [idSchema, idSchema.nullable()],
  async (who, userId, tierId) => {
    await pinUserTier(userId, tierId, who);
    revalidatePath(`/admin/users/${userId}`);
  },
);
