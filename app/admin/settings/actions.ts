"use server";
import { revalidatePath } from "next/cache";
import { assertAdmin } from "@/lib/auth/session";
import { runAction } from "@/lib/http/action-result";
import { requestIp } from "@/lib/http/request-ip";
import { repriceIfPricingChanged } from "@/lib/catalog/reprice-catalog";
import { saveSettings } from "@/lib/settings/save-settings";

export async function saveSettingsAction(input: Record<string, unknown>) {
  return runAction("saveSettings", async () => {
    const admin = await assertAdmin();
    const actor = { id: admin.id, ip: await requestIp() };
    const result = await saveSettings(input, actor);
    await repriceIfPricingChanged(result.changed, actor);
    revalidatePath("/", "layout");
    return result;
  });
}
