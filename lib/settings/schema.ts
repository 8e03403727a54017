// Panel settings: what an owner can change without a restart. Stored as JSON per key in the
// Setting table; missing keys take these defaults.
import { z } from "zod";

export const settingsSchema = z.object({
  panelName: z.string().trim().min(1).max(60).default("Upline"),
  currencyCode: z.string().trim().toUpperCase().regex(/^[A-Z]{3}$/, "Use a 3-letter code like USD").default("USD"),
  currencySymbol: z.string().trim().min(1).max(4).default("$"),
  displayDecimals: z.coerce.number().int().min(0).max(5).default(2),
  signupOpen: z.boolean().default(true),
  publicServices: z.boolean().default(false),
});

export type Settings = z.infer<typeof settingsSchema>;
export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});
