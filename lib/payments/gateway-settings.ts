// The owner's settings per gateway, one Setting row each ("gateway.sepay", "gateway.nowpayments").
// Secrets (API keys, HMAC and IPN secrets) are stored encrypted with the app secret, like provider
// keys, and never leave the server: the admin form shows only whether one is set.
import { z } from "zod";
import { recordAudit } from "../audit/record-audit";
import { decryptSecret, encryptSecret, maskKey } from "../crypto/secret-box";
import { db, type Tx } from "../db";
import { appSecret } from "../env.mjs";
import { AppError } from "../errors";
import { assertOutboundUrl } from "../http/outbound-access";
import { parseMoney } from "../money";
import { isPositiveRate, percentToBps } from "./decimal";

export const GATEWAYS = ["sepay", "nowpayments"] as const;
export type Gateway = (typeof GATEWAYS)[number];

const money = z
  .string()
  .trim()
  .regex(/^\d{1,12}(\.\d{1,5})?$/, "An amount like 10 or 12.50");
const percent = z
  .string()
  .trim()
  .refine(
    (v) => percentToBps(v) !== null && percentToBps(v)! <= 10_000,
    "A percent from 0 to 100, like 2 or 2.5",
  );
const rate = z.string().trim().refine(isPositiveRate, "A positive number like 25400 or 1");

const common = {
  enabled: z.boolean().default(false),
  minAmount: money.default("1"),
  maxAmount: money.default("10000"),
  feePercent: percent.default("0"), // kept from each credit
  bonusPercent: percent.default("0"), // added to each credit as a bonus
  rate: rate.default("1"), // gateway currency per 1 panel currency
  expiryMinutes: z.coerce.number().int().min(5).max(10_080).default(30),
  // Settings written by the demo (simulated gateway, "simulate the transfer" button). Never an
  // input: only the demo's own save sets it, and any save by the owner ends it.
  demo: z.boolean().default(false),
};

export const sepayConfigSchema = z.object({
  ...common,
  currency: z.literal("VND").default("VND"),
  bankBin: z
    .string()
    .trim()
    .regex(/^(\d{6})?$/, "The bank's 6-digit BIN, e.g. 970422")
    .default(""),
  bankName: z.string().trim().max(60).default(""),
  accountNumber: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z]{0,19}$/, "Digits and letters only, at most 19")
    .default(""),
  accountHolder: z.string().trim().max(60).default(""),
  memoPrefix: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2,6}$/, "2 to 6 letters, e.g. UPL")
    .default("UPL"),
  // A transfer of a different amount than asked: credit what arrived, or hold it for an admin.
  differentAmount: z.enum(["credit", "hold"]).default("hold"),
  apiKeyEncrypted: z.string().default(""),
  hmacSecretEncrypted: z.string().default(""),
});

export const nowpaymentsConfigSchema = z.object({
  ...common,
  currency: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{3,5}$/, "A currency code like USD")
    .default("USD"),
  apiUrl: z.url({ protocol: /^https?$/ }).default("https://api.nowpayments.io/v1"),
  // Where NOWPayments posts IPNs; empty = this panel's public address + /api/payments/nowpayments.
  ipnUrl: z.union([z.literal(""), z.url({ protocol: /^https?$/ })]).default(""),
  apiKeyEncrypted: z.string().default(""),
  ipnSecretEncrypted: z.string().default(""),
});

export type SepayConfig = z.infer<typeof sepayConfigSchema>;
export type NowpaymentsConfig = z.infer<typeof nowpaymentsConfigSchema>;
type ConfigOf<G extends Gateway> = G extends "sepay" ? SepayConfig : NowpaymentsConfig;

const schemas = { sepay: sepayConfigSchema, nowpayments: nowpaymentsConfigSchema } as const;
const SECRET_FIELDS = { sepay: ["apiKey", "hmacSecret"], nowpayments: ["apiKey", "ipnSecret"] } as const;

const settingKey = (gateway: Gateway) => `gateway.${gateway}`;

export async function getGatewayConfig<G extends Gateway>(gateway: G, tx: Tx = db): Promise<ConfigOf<G>> {
  const row = await tx.setting.findUnique({ where: { key: settingKey(gateway) } });
  let raw: unknown = {};
  try {
    raw = row ? JSON.parse(row.value) : {};
  } catch {
    // a hand-edited row that is not JSON: defaults (disabled)
  }
  const parsed = schemas[gateway].safeParse(raw);
  return (parsed.success ? parsed.data : schemas[gateway].parse({})) as ConfigOf<G>;
}

/** A stored secret in clear, or "" when none is set (or it cannot be decrypted any more). */
export function revealSecret(encrypted: string): string {
  if (!encrypted) return "";
  try {
    return decryptSecret(encrypted, appSecret());
  } catch {
    return "";
  }
}

/** The config as the admin form sees it: secrets replaced by "set, ends in …ab12" / "not set". */
export function publicGatewayConfig<G extends Gateway>(gateway: G, config: ConfigOf<G>) {
  const view: Record<string, unknown> = { ...config };
  for (const name of SECRET_FIELDS[gateway]) {
    const field = `${name}Encrypted`;
    view[name] = maskKey(revealSecret(String(view[field] ?? "")));
    delete view[field];
  }
  return view;
}

/**
 * Saves the admin's form. Secret inputs are write-only: empty keeps the stored one, "-" clears it.
 * Audited without the secrets (only which ones changed). A save ends the gateway's demo mode,
 * except the demo's own (options.demo).
 */
export async function saveGatewayConfig(
  gateway: Gateway,
  input: Record<string, unknown>,
  actor: { id: number | null; ip?: string },
  tx?: Tx,
  options: { demo?: boolean } = {},
) {
  const work = async (t: Tx) => {
    const current = await getGatewayConfig(gateway, t);
    const next: Record<string, unknown> = { ...current };
    const changedSecrets: string[] = [];
    for (const [key, value] of Object.entries(input ?? {})) {
      if ((SECRET_FIELDS[gateway] as readonly string[]).includes(key)) {
        const text = typeof value === "string" ? value.trim() : "";
        if (text === "") continue;
        if (text.length > 500) throw new AppError("That secret is too long", "invalid", key);
        next[`${key}Encrypted`] = text === "-" ? "" : encryptSecret(text, appSecret());
        changedSecrets.push(key);
      } else if (key in schemas[gateway].shape && !key.endsWith("Encrypted") && key !== "demo") {
        next[key] = value;
      }
    }
    next.demo = options.demo === true;
    const parsed = schemas[gateway].safeParse(next);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new AppError(issue.message, "invalid", String(issue.path[0] ?? ""));
    }
    const config = parsed.data;
    const min = parseMoney(config.minAmount)!;
    const max = parseMoney(config.maxAmount)!;
    if (min > max) throw new AppError("The maximum must not be below the minimum", "invalid", "maxAmount");
    if (gateway === "sepay" && config.enabled) {
      const sepay = config as SepayConfig;
      if (!sepay.bankBin || !sepay.accountNumber)
        throw new AppError(
          "Enter the bank and account number before turning bank transfers on",
          "invalid",
          "accountNumber",
        );
      if (!sepay.apiKeyEncrypted && !sepay.hmacSecretEncrypted)
        throw new AppError(
          "Set SePay's API key or HMAC secret first: the webhook refuses unsigned calls",
          "invalid",
          "apiKey",
        );
    }
    if (gateway === "nowpayments" && config.enabled) {
      const np = config as NowpaymentsConfig;
      if (!np.apiKeyEncrypted || !np.ipnSecretEncrypted)
        throw new AppError("Set the NOWPayments API key and IPN secret first", "invalid", "apiKey");
    }
    const value = JSON.stringify(config);
    await t.setting.upsert({
      where: { key: settingKey(gateway) },
      create: { key: settingKey(gateway), value },
      update: { value },
    });
    const strip = (c: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(c).filter(([k]) => !k.endsWith("Encrypted")));
    await recordAudit(
      {
        actorId: actor.id,
        ip: actor.ip,
        action: "gateway.update",
        targetType: "gateway",
        targetId: gateway,
        before: strip(current),
        after: { ...strip(config), changedSecrets },
      },
      t,
    );
    return config as ConfigOf<typeof gateway>;
  };
  // A changed API URL passes the outbound-URL rule first (DNS is not waited for inside the
  // transaction). The panel's own demo set-up may save its simulator's loopback address.
  const apiUrl = typeof input?.apiUrl === "string" ? input.apiUrl.trim() : undefined;
  if (gateway === "nowpayments" && apiUrl && apiUrl !== (await getGatewayConfig("nowpayments", tx)).apiUrl) {
    await assertOutboundUrl(apiUrl, "apiUrl", { builtIn: options.demo === true });
  }
  return tx ? work(tx) : db.$transaction(work);
}
