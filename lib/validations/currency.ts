// Currency inputs: a provider currency code and an owner-set exchange rate, shared by the admin
// forms, their server actions and the automatic refresh.
import { z } from "zod";
import { errorMessages } from "@/i18n/error-text";
import { normalizeCurrency, parseRate, type Rate } from "../currency/exchange-rate";

export const currencyCodeSchema = z
  .string()
  .transform((text, ctx) => {
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
    ctx.addIssue({ code: "custom", message: "A positive number like 26000 or 0.0000385 (up to 12 decimals)" });
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
