// Panel settings: what an owner can change without a restart. Stored as JSON per key in the
// Setting table; missing keys take these defaults.
import { z } from "zod";

const moneyText = z
  .string()
  .trim()
  .regex(/^(\d{1,12}(\.\d{1,5})?)?$/, "An amount like 10 or 12.50");

export const settingsSchema = z.object({
  panelName: z.string().trim().min(1).max(60).default("Upline"),
  currencyCode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{3}$/, "Use a 3-letter code like USD")
    .default("USD"),
  currencySymbol: z.string().trim().min(1).max(4).default("$"),
  displayDecimals: z.coerce.number().int().min(0).max(5).default(2),
  signupOpen: z.boolean().default(true),
  emailVerification: z.enum(["off", "optional", "required"]).default("off"), // "required": before ordering
  publicServices: z.boolean().default(false),
  // Catalog pricing (lib/catalog/markup.ts). Percent and money are decimal strings: exact, no floats.
  defaultMarkupPercent: z
    .string()
    .trim()
    .regex(/^\d{1,5}(\.\d{1,2})?$/, "A percent like 30 or 12.5")
    .default("30"),
  defaultMarkupFixed: z
    .string()
    .trim()
    .regex(/^\d{1,9}(\.\d{1,5})?$/, "An amount per 1000 like 0.05")
    .default("0"),
  pricePrecision: z.coerce.number().int().min(0).max(5).default(2), // decimals a rate per 1000 is rounded up to
  // How far above its markup rule rounding may take a price; finer steps are used for cheap services. "" = no limit.
  priceTolerancePercent: z
    .string()
    .trim()
    .regex(/^(\d{1,3}(\.\d{1,2})?)?$/, "A percent like 1 or 0.5")
    .default("1"),
  belowCostAction: z.enum(["disable", "reprice"]).default("disable"), // a manual price under a raised provider rate
  priceSyncMinutes: z.coerce.number().int().min(5).max(10_080).default(60),
  // Exchange rates (Admin > Currencies): an optional JSON feed read on a schedule; "" = never call out.
  rateRefreshUrl: z.union([z.literal(""), z.url({ protocol: /^https?$/ })]).default(""),
  rateRefreshMinutes: z.coerce.number().int().min(15).max(10_080).default(360),
  // Operations (dashboard "Needs attention", jobs). Money is a decimal string of the panel currency.
  statusSyncMinutes: z.coerce.number().int().min(1).max(1_440).default(2),
  lowBalanceThreshold: moneyText.default("10"), // default for providers without their own threshold; "" = none
  stuckOrderMinutes: z.coerce.number().int().min(1).max(10_080).default(30), // queued longer = stuck
  // Exchange logs (provider calls, gateway webhooks and API calls) are pruned after this many days.
  providerExchangeRetentionDays: z.coerce.number().int().min(1).max(3_650).default(90),
  gatewayExchangeRetentionDays: z.coerce.number().int().min(1).max(3_650).default(365),
  // Add funds (manual payments). Instructions are plain text / light markdown, rendered without raw HTML.
  // Support (tickets, announcements, the customers' Updates page).
  updatesPage: z.boolean().default(true),
  maxOpenTickets: z.coerce.number().int().min(1).max(100).default(5),
  paymentInstructions: z.string().max(5_000).default(""),
  paymentMethods: z.array(z.string().trim().min(1).max(60)).max(20).default(["Bank transfer"]),
  minDeposit: moneyText.refine((v) => v !== "", "Enter an amount").default("1"),
  maxDeposit: moneyText.refine((v) => v !== "", "Enter an amount").default("10000"),
  // Affiliates (lib/affiliates): a percent of each referred customer's deposits, or of their net spend.
  affiliateCommissionPercent: z
    .string()
    .trim()
    .regex(/^\d{1,2}(\.\d{1,2})?$/, "A percent like 5 or 2.5")
    .default("5"),
  affiliateBasis: z.enum(["deposit", "spend"]).default("deposit"),
  affiliateInstantPayout: z.boolean().default(true), // affiliates may move earnings to their balance at once
  affiliateMinWithdrawal: moneyText.refine((v) => v !== "", "Enter an amount").default("10"),
  // Days a commission on a deposit waits before it can be moved or withdrawn (the chargeback window).
  affiliateDepositHoldDays: z.coerce.number().int().min(0).max(365).default(0),
  // Security: provider URLs on this machine or a private network (lib/providers/private-address.ts).
  allowPrivateProviderUrls: z.boolean().default(false),
  // Admins must turn on two-factor sign-in before any admin page or action works (lib/two-factor).
  requireAdminTwoFactor: z.boolean().default(false),
});

export type Settings = z.infer<typeof settingsSchema>;
export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

/** Settings from their stored rows (JSON per key): a row that is not JSON, or a bad value, falls back to the defaults. */
export function settingsFromRows(rows: ReadonlyArray<{ key: string; value: string }>): Settings {
  const raw: Record<string, unknown> = {};
  for (const row of rows) {
    try {
      raw[row.key] = JSON.parse(row.value);
    } catch {
      // A hand-edited row that is not JSON falls back to the default.
    }
  }
  const parsed = settingsSchema.safeParse(raw);
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}
