import "server-only";
// A root translator for code that may run outside a page request (server actions called from
// tests or scripts): the request's language when there is one, English otherwise.
import { getTranslations } from "next-intl/server";
import { defaultLocale } from "./locales";
import { translatorFor } from "./messages";

export async function getRootTranslator() {
  try {
    return await getTranslations();
  } catch {
    return translatorFor(defaultLocale);
  }
}
