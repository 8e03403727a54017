"use server";
import { revalidatePath } from "next/cache";
import { assertUser } from "@/lib/auth/session";
import { runAction } from "@/lib/http/action-result";
import { regenerateApiKey } from "@/lib/reseller-api/api-keys";

/** Generates the key, or replaces it (the old one stops working in the same write). Shown once. */
export async function generateApiKeyAction() {
  return runAction("generateApiKey", async () => {
    const user = await assertUser();
    const { key } = await regenerateApiKey(user.id);
    revalidatePath("/api-access");
    return { key };
  });
}
