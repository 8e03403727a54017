"use server";
import { revalidatePath } from "next/cache";
import { repriceIfPricingChanged } from "@/lib/catalog/reprice-catalog";
import { saveSettings } from "@/lib/settings/save-settings";
import { adminAction, parsedByDomain } from "../safe-action";

/** saveSettings parses each field by its own schema (lib/settings/schema.ts). */
export const saveSettingsAction = adminAction(
  "saveSettings",
  [parsedByDomain<Record<string, unknown>>()],
  async (who, input) => {
    const result = await saveSettings(input, who);
    await repriceIfPricingChanged(result.changed, who);
    revalidatePath("/", "layout");
    return result;
  },
);
