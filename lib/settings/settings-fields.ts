// How the admin settings page shows each key of lib/settings/schema.ts: label, hint, group and
// input kind. Keys added to the schema without an entry here still appear, under "Other", with
// an input picked from their default's type, so a new setting is never hidden.
import { z } from "zod";
import { DEFAULT_SETTINGS, settingsSchema } from "./schema";

export type FieldKind = "text" | "multiline" | "number" | "boolean" | "list" | "select";
export type SettingField = { key: string; label: string; group: string; kind: FieldKind; hint?: string; options?: string[] };

type Meta = { label: string; group: string; hint?: string; kind?: FieldKind };

const GROUPS = ["General", "Pricing", "Operations", "Support", "Add funds", "Affiliates", "Security", "Other"] as const;

const META: Partial<Record<string, Meta>> = {
  panelName: { label: "Panel name", group: "General", hint: "Shown in the sidebar and the page titles." },
  currencyCode: { label: "Currency code", group: "General", hint: "3 letters, e.g. USD." },
  currencySymbol: { label: "Currency symbol", group: "General" },
  displayDecimals: { label: "Decimal places shown", group: "General", hint: "0 to 5. Amounts are stored with 5." },
  signupOpen: { label: "Sign-up open", group: "General", hint: "When off, only existing accounts can sign in." },
  emailVerification: { label: "Email verification", group: "General", hint: "off: none; optional: a confirmation mail at sign-up; required: customers confirm their email before ordering." },
  updatesPage: { label: "Updates page", group: "Support", hint: "Customers see a feed of catalog changes: services added, disabled or re-enabled, and price changes." },
  maxOpenTickets: { label: "Open tickets per customer", group: "Support", hint: "A customer with this many tickets not closed cannot open another." },
  publicServices: { label: "Public services page", group: "General", hint: "Visitors can see the service list without signing in." },
  defaultMarkupPercent: { label: "Default markup (%)", group: "Pricing", hint: "Applied to provider rates unless a category or service has its own rule." },
  defaultMarkupFixed: { label: "Default markup, fixed per 1000", group: "Pricing" },
  pricePrecision: { label: "Price precision (decimals)", group: "Pricing", hint: "Selling rates are rounded up to this many decimals." },
  priceTolerancePercent: {
    label: "Rounding tolerance (%)",
    group: "Pricing",
    hint: "A price may round up at most this far above its markup rule; cheap services get more decimals. Empty: always the precision above.",
  },
  belowCostAction: { label: "When a provider raises its rate above a manual price", group: "Pricing" },
  priceSyncMinutes: { label: "Price sync every (minutes)", group: "Operations" },
  rateRefreshUrl: {
    label: "Exchange rate feed URL",
    group: "Pricing",
    hint: 'Optional. JSON like {"base": "USD", "rates": {"VND": 26000, "EUR": 0.92}}, read on the schedule below to update the rates in Admin > Currencies. Empty: rates change only by hand and nothing outside is called.',
  },
  rateRefreshMinutes: { label: "Read the exchange rate feed every (minutes)", group: "Pricing" },
  statusSyncMinutes: { label: "Status sync every (minutes)", group: "Operations" },
  lowBalanceThreshold: { label: "Low provider balance below", group: "Operations", hint: "Default for providers without their own threshold. Empty: no warning." },
  stuckOrderMinutes: { label: "Order is stuck after (minutes in queue)", group: "Operations" },
  paymentInstructions: { label: "Payment instructions", group: "Add funds", kind: "multiline", hint: "Shown on Add funds. Plain text; blank lines separate paragraphs, lines starting with - are bullets, **bold** and https:// links work." },
  paymentMethods: { label: "Payment methods", group: "Add funds", hint: "One per line." },
  minDeposit: { label: "Minimum deposit", group: "Add funds" },
  maxDeposit: { label: "Maximum deposit", group: "Add funds" },
  affiliateCommissionPercent: { label: "Affiliate commission (%)", group: "Affiliates", hint: "0 turns commissions off." },
  affiliateBasis: { label: "Commission on", group: "Affiliates", hint: "deposit: each deposit of a referred customer; spend: their charges minus refunds." },
  affiliateInstantPayout: { label: "Instant payout to balance", group: "Affiliates", hint: "Affiliates may move earnings to their main balance themselves." },
  affiliateMinWithdrawal: { label: "Minimum withdrawal", group: "Affiliates" },
  requireAdminTwoFactor: {
    label: "Require two-factor sign-in for admins",
    group: "Security",
    hint: "An admin without two-factor sign-in is sent to their account's Security page to set it up before any admin page works. Turn it on for your own account first.",
  },
  allowPrivateProviderUrls: { label: "Allow provider URLs on private networks", group: "Security", hint: "Off: a provider URL on this server or a private network (127.0.0.1, 10.x, 192.168.x...) is refused, so an admin account cannot be used to probe your internal network." },
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
    return { key, label: meta?.label ?? humanize(key), group: meta?.group ?? "Other", hint: meta?.hint, kind: meta?.kind ?? kindOf(key, value), options: enumOptions(key) };
  });
  return fields.sort((a, b) => GROUPS.indexOf(a.group as (typeof GROUPS)[number]) - GROUPS.indexOf(b.group as (typeof GROUPS)[number]));
}

