// Provider inputs, shared by the admin form, its server actions and the first-run seed.
import { z } from "zod";
import { moneyInput } from "./money";

export const providerUrlSchema = z
  .string()
  .trim()
  .pipe(
    z.url({
      protocol: /^https?$/,
      error: "Enter the provider's API URL, e.g. https://provider.example/api/v2",
    }),
  );

const thresholdSchema = moneyInput({
  message: "Enter an amount like 50 or 12.50",
  optional: true,
  decimals: 2,
});

export const providerCreateSchema = z.object({
  name: z.string().trim().min(1, "Name is required").max(60),
  apiUrl: providerUrlSchema,
  apiKey: z.string().trim().min(1, "API key is required").max(500),
  lowBalanceThreshold: thresholdSchema.optional(),
});

/** On edit the key is write-only: empty means "keep the stored key". */
export const providerUpdateSchema = providerCreateSchema.extend({
  apiKey: z.string().trim().max(500).optional(),
  status: z.enum(["ACTIVE", "DISABLED"]).optional(),
});

export type ProviderCreateInput = z.input<typeof providerCreateSchema>;
export type ProviderUpdateInput = z.input<typeof providerUpdateSchema>;
