// How the admin settings page shows each key of lib/settings/schema.ts: group and input kind.
// Labels, hints and option names are in messages/<locale>/adminSettings.json, by key. Keys added
// to the schema without an entry here still appear, under "other", with an input picked from their
// default's type and their key as a label, so a new setting is never hidden.
import { z } from "zod";
import { DEFAULT_SETTINGS, settingsSchema } from "./schema";

export type FieldKind = "text" | "multiline" | "number" | "boolean" | "list" | "select";
/** `label` is the key in words, for a key the message catalog has no label for yet. */
export type SettingField = {
  key: string;
  label: string;
  group: SettingGroup;
  kind: FieldKind;
  options?: string[];
};

type Meta = { group: SettingGroup; kind?: FieldKind };

/** In page order; each has its title in the message catalog (adminSettings groups.<id>). */
export const SETTING_GROUPS = [
  "general",
  "pricing",
  "operations",
  "support",
  "addFunds",
  "affiliates",
  "security",
  "other",
] as const;
export type SettingGroup = (typeof SETTING_GROUPS)[number];

const META: Partial<Record<string, Meta>> = {
  panelName: { group: "general" },
  currencyCode: { group: "general" },
  currencySymbol: { group: "general" },
  displayDecimals: { group: "general" },
  signupOpen: { group: "general" },
  emailVerification: { group: "general" },
  updatesPage: { group: "support" },
  maxOpenTickets: { group: "support" },
  publicServices: { group: "general" },
  defaultMarkupPercent: { group: "pricing" },
  defaultMarkupFixed: { group: "pricing" },
  pricePrecision: { group: "pricing" },
  priceTolerancePercent: { group: "pricing" },
  belowCostAction: { group: "pricing" },
  priceSyncMinutes: { group: "operations" },
  rateRefreshUrl: { group: "pricing" },
  rateRefreshMinutes: { group: "pricing" },
  statusSyncMinutes: { group: "operations" },
  lowBalanceThreshold: { group: "operations" },
  stuckOrderMinutes: { group: "operations" },
  providerExchangeRetentionDays: { group: "operations" },
  gatewayExchangeRetentionDays: { group: "operations" },
  paymentInstructions: { group: "addFunds", kind: "multiline" },
  paymentMethods: { group: "addFunds" },
  minDeposit: { group: "addFunds" },
  maxDeposit: { group: "addFunds" },
  affiliateCommissionPercent: { group: "affiliates" },
  affiliateBasis: { group: "affiliates" },
  affiliateInstantPayout: { group: "affiliates" },
  affiliateMinWithdrawal: { group: "affiliates" },
  affiliateDepositHoldDays: { group: "affiliates" },
  requireAdminTwoFactor: { group: "security" },
  allowPrivateProviderUrls: { group: "security" },
};

function humanize(key: string): string {
  const words = key.replace(/([A-Z])/g, " $1").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function enumOptions(key: string): string[] | undefined {
  let schema: unknown = settingsSchema.shape[key as keyof typeof settingsSchema.shape];
  while (schema instanceof z.ZodDefault || schema instanceof z.ZodOptional) schema = schema.unwrap();
  return schema instanceof z.ZodEnum ? (schema.options as string[]) : undefined;
}

function kindOf(key: string, value: unknown): FieldKind {
  if (enumOptions(key)) return "select";
  if (typeof value === "boolean") return "boolean";
  if (typeof value === "number") return "number";
  if (Array.isArray(value)) return "list";
  return "text";
}

export function settingFields(): SettingField[] {
  const fields = Object.entries(DEFAULT_SETTINGS).map(([key, value]) => {
    const meta = META[key];
    const group: SettingGroup = meta?.group ?? "other";
    return {
      key,
      label: humanize(key),
      group,
      kind: meta?.kind ?? kindOf(key, value),
      options: enumOptions(key),
    };
  });
  return fields.sort((a, b) => SETTING_GROUPS.indexOf(a.group) - SETTING_GROUPS.indexOf(b.group));
}
