"use server";
// The language switcher's action: the cookie always (it outlives a sign-out), and the account
// too when someone is signed in.
import { cookies } from "next/headers";
import { z } from "zod";
import { getSignedInUser } from "@/lib/auth/session";
import { runAction } from "@/lib/http/action-result";
import { setUserLocale } from "@/lib/users/set-locale";
import { LOCALE_COOKIE, locales } from "./locales";

const localeSchema = z.enum(locales);

export async function changeLocaleAction(input: string) {
  return runAction("changeLocale", async () => {
    const locale = localeSchema.parse(input);
    (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 60 * 60, sameSite: "lax" });
    const user = await getSignedInUser();
    if (user) await setUserLocale(user.id, locale);
  });
}
