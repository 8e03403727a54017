// next-intl's per-request configuration (found by the plugin in next.config.mjs). There is no
// locale in the URL: every page reads the language from the user, the cookie or the browser.
import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { LOCALE_COOKIE, resolveLocale } from "./locales";
import { loadMessages } from "./messages";

export default getRequestConfig(async () => {
  const [user, cookieStore, headerList] = await Promise.all([getCurrentUser(), cookies(), headers()]);
  const locale = resolveLocale({
    user: user?.locale,
    cookie: cookieStore.get(LOCALE_COOKIE)?.value,
    acceptLanguage: headerList.get("accept-language"),
  });
  // Dates are shown in UTC on the server and in the browser alike, so the two renders agree.
  return { locale, messages: loadMessages(locale), timeZone: "UTC" };
});
