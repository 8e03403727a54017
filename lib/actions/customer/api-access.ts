"use server";
import { revalidatePath } from "next/cache";
import { regenerateApiKey } from "@/lib/reseller-api/api-keys";
import { customerAction } from "../safe-action";

/** Generates the key, or replaces it (the old one stops working in the same write). Shown once. */
export const generateApiKeyAction = customerAction("generateApiKey", [], async (user) => {
  const { key } = await regenerateApiKey(user.id);
  revalidatePath("/api-access");
  return { key };
});
