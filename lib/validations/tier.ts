// A loyalty tier as the owner types it: name, net spend threshold and discount percent.
import { z } from "zod";
import { moneyInput } from "./money";
import { parsePercentBps } from "./percent";
import { errorMessages } from "@/i18n/error-text";

export const tierInputSchema = z.object({
  name: z.string().trim().min(1, errorMessages.tierName).max(40),
  minSpent: moneyInput({ message: errorMessages.tierMinSpent, decimals: 2 }),
  discountBps: z
    .string()
    .trim()
    .transform((text, ctx) => {
      const bps = parsePercentBps(text);
      if (bps === null || bps > 9_000) {
        ctx.addIssue({ code: "custom", message: errorMessages.tierPercent });
        return z.NEVER;
      }
      return bps;
    }),
});

export type TierInput = z.input<typeof tierInputSchema>;
