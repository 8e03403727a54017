// A signed-in user's language, kept with the account so it follows them to any browser.
import type { Locale } from "@/i18n/locales";
import { db } from "../db";

export async function setUserLocale(userId: number, locale: Locale): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { locale } });
}
