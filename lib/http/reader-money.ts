import "server-only";
// Money in an action's answer or error, formatted like the page it lands on: the panel's currency
// settings in the language of the request (English outside one).
import { getRequestLocale } from "@/i18n/server-translator";
import { plainAmount, readerMoney, type ReaderMoney } from "../format";
import { getSettings } from "../settings/settings";

export async function getReaderMoney(): Promise<ReaderMoney> {
  const [settings, locale] = await Promise.all([getSettings(), getRequestLocale()]);
  return readerMoney(settings, locale);
}

/** An amount typed in the panel currency on the request's page, read that page's way (lib/format.ts plainAmount). */
export async function readTypedAmount(text: unknown): Promise<string> {
  const [settings, locale] = await Promise.all([getSettings(), getRequestLocale()]);
  return plainAmount(String(text ?? ""), settings.currencyCode, locale);
}
