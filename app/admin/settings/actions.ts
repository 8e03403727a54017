"use server";
import { revalidatePath } from "next/cache";
import { assertAdmin } from "@/lib/auth/session";
import { runAction } from "@/lib/http/action-result";
import { requestIp } from "@/lib/http/request-ip";
import { saveSettings } from "@/lib/settings/save-settings";

export async function saveSettingsAction(input: Record<string, unknown>) {
  return runAction("saveSettings", async () => {
    const admin = await assertAdmin();
    const result = await saveSettings(input, { id: admin.id, ip: await requestIp() });
    revalidatePath("/", "layout");
    return result;
  });
}
