import "server-only";
// A customer's display currency: read for the pages that show prices, listed and set on the
// account page. Only currencies the panel has a rate for can be chosen; a choice whose rate is
// gone (or that became the panel currency) quietly shows panel prices alone.
import { db } from "../db";
import { AppError } from "../errors";
import { errorMessages } from "@/i18n/error-text";
import { getSettings } from "../settings/settings";
import type { DisplayCurrencyChoice } from "../validations/currency";
import { parseRate } from "../validations/currency";
import type { DisplayCurrency } from "./display-price";

/** The currencies a customer may choose: those with a rate, never the panel's own. */
export async function listDisplayCurrencies(): Promise<string[]> {
  const [{ currencyCode }, rows] = await Promise.all([
    getSettings(),
    db.exchangeRate.findMany({ select: { currency: true, rate: true }, orderBy: { currency: "asc" } }),
  ]);
  return rows.filter((r) => r.currency !== currencyCode && parseRate(r.rate) !== null).map((r) => r.currency);
}

/** The account page's choice: what the customer chose (null = panel currency only) and the options. */
export async function getDisplayCurrencyChoice(
  userId: number,
): Promise<{ chosen: string | null; options: string[]; panel: string }> {
  const [user, options, settings] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: userId }, select: { displayCurrency: true } }),
    listDisplayCurrencies(),
    getSettings(),
  ]);
  return { chosen: user.displayCurrency, options, panel: settings.currencyCode };
}

/** For pages that show prices: the customer's display currency with its rate in force, or null. */
export async function getDisplayCurrency(userId: number): Promise<DisplayCurrency | null> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { displayCurrency: true } });
  if (user.displayCurrency === null) return null;
  const [{ currencyCode }, row] = await Promise.all([
    getSettings(),
    db.exchangeRate.findUnique({ where: { currency: user.displayCurrency } }),
  ]);
  if (!row || user.displayCurrency === currencyCode || parseRate(row.rate) === null) return null;
  return { code: user.displayCurrency, rate: row.rate };
}

/** Sets (or, with null, clears) the display currency; refuses a currency the panel has no rate for. */
export async function setDisplayCurrency(
  userId: number,
  { displayCurrency }: DisplayCurrencyChoice,
): Promise<string | null> {
  if (displayCurrency !== null && !(await listDisplayCurrencies()).includes(displayCurrency)) {
    throw new AppError(errorMessages.displayCurrencyUnavailable, "invalid", "displayCurrency");
  }
  await db.user.update({ where: { id: userId }, data: { displayCurrency } });
  return displayCurrency;
}
