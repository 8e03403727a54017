// Currency inputs: a provider currency code and an owner-set exchange rate, shared by the admin
// forms, their server actions and the automatic refresh.
import { z } from "zod";
import { errorMessages } from "@/i18n/error-text";

/** An exchange rate: the decimal text the owner typed, and the same as the exact fraction num/den. */
export type Rate = { text: string; num: bigint; den: bigint };

const RATE_PATTERN = /^(\d{1,12})(?:\.(\d{1,12}))?$/;
const CODE_PATTERN = /^[A-Z]{3}$/;

/** "26000", "0.0000385" -> the exact rate; null when not a positive decimal (12 digits each side at most). */
export function parseRate(text: string): Rate | null {
  const match = RATE_PATTERN.exec(text.trim());
  if (!match) return null;
  const fraction = (match[2] ?? "").replace(/0+$/, "");
  const den = 10n ** BigInt(fraction.length);
  const num = BigInt(match[1]) * den + BigInt(fraction || "0");
  if (num === 0n) return null;
  const whole = BigInt(match[1]).toString();
  return { text: fraction ? `${whole}.${fraction}` : whole, num, den };
}

/** A 3-letter ISO 4217 code, upper-cased; null for anything else ("usd" -> "USD", "US Dollar" -> null). */
export function normalizeCurrency(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const code = value.trim().toUpperCase();
  return CODE_PATTERN.test(code) ? code : null;
}

export const currencyCodeSchema = z.string().transform((text, ctx) => {
  const code = normalizeCurrency(text);
  if (!code) {
    ctx.addIssue({ code: "custom", message: "Use a 3-letter currency code like USD" });
    return z.NEVER;
  }
  return code;
});

export const rateSchema = z.string().transform((text, ctx): Rate => {
  const rate = parseRate(text);
  if (!rate) {
    ctx.addIssue({
      code: "custom",
      message: "A positive number like 26000 or 0.0000385 (up to 12 decimals)",
    });
    return z.NEVER;
  }
  return rate;
});

export const exchangeRateSchema = z.object({ currency: currencyCodeSchema, rate: rateSchema });
export type ExchangeRateInput = z.input<typeof exchangeRateSchema>;

/**
 * A customer's display currency, from the account page's list: "" = the panel currency only
 * (null). Whether the panel has a rate for the code is the server's check (setDisplayCurrency).
 */
export const displayCurrencySchema = z.object({
  displayCurrency: z.string().transform((text, ctx): string | null => {
    if (text.trim() === "") return null;
    const code = normalizeCurrency(text);
    if (!code) {
      ctx.addIssue({ code: "custom", message: errorMessages.displayCurrencyUnavailable });
      return z.NEVER;
    }
    return code;
  }),
});
export type DisplayCurrencyInput = z.input<typeof displayCurrencySchema>;
export type DisplayCurrencyChoice = z.output<typeof displayCurrencySchema>;
