// A loyalty tier as the owner types it: name, net spend threshold and discount percent.
import { z } from "zod";
import { parsePercentBps } from "../catalog/markup";
import { moneyInput } from "./money";

export const tierInputSchema = z.object({
  name: z.string().trim().min(1, "Enter a name").max(40),
  minSpent: moneyInput({ message: "Enter an amount like 100 or 250.50" }),
  discountBps: z
    .string()
    .trim()
    .transform((text, ctx) => {
      const bps = parsePercentBps(text);
      if (bps === null || bps > 9_000) {
        ctx.addIssue({ code: "custom", message: "A percent from 0 to 90, like 5 or 2.5" });
        return z.NEVER;
      }
      return bps;
    }),
});

export type TierInput = z.input<typeof tierInputSchema>;
