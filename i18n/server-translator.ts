import "server-only";
// A root translator for code that may run outside a page request (server actions called from
// tests or scripts): the request's language when there is one, English otherwise.
import { getLocale, getTranslations } from "next-intl/server";
import { defaultLocale, isLocale, type Locale } from "./locales";
import { translatorFor } from "./messages";

export async function getRootTranslator() {
  try {
    return await getTranslations();
  } catch {
    return translatorFor(defaultLocale);
  }
}

/** The request's language, or English outside a request (for formatting in server actions). */
export async function getRequestLocale(): Promise<Locale> {
  try {
    const locale = await getLocale();
    return isLocale(locale) ? locale : defaultLocale;
  } catch {
    return defaultLocale;
  }
}
