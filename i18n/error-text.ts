// Error texts for people. Domain code keeps English messages (the reseller API, the CLI and the
// logs show them as they are); pages show them in the reader's language:
// - a fixed text is found by its English wording in messages/en/errors.json (schemas take their
//   wording from that file, so the two never drift);
// - a text with values names its catalog key on the error (AppError's `i18n`); money among the
//   values stays in units (`amounts`, `rates`) and is formatted for the reader, like the page.
// Works on the server (runAction) and in client components (forms validating with zod) alike.
import type { ReaderMoney } from "@/lib/format";
import en from "@/messages/en/errors.json";
import { keysByText } from "./catalog-index";

export type ErrorI18n = {
  key: string;
  values?: Record<string, string | number>;
  /** Sums of money in units, shown with formatCurrency. */
  amounts?: Record<string, bigint>;
  /** Prices per 1000 or per order in units, shown exactly with formatRate. */
  rates?: Record<string, bigint>;
};

/** English error texts by key, for zod schemas and AppErrors: `errorMessages.emailInvalid`. */
export const errorMessages = en;

const keyByText = keysByText(en);

type Translate = {
  (key: string, values?: Record<string, string | number>): string;
  has(key: string): boolean;
};

const formatted = (units: Record<string, bigint> | undefined, format: (units: bigint) => string) =>
  Object.fromEntries(Object.entries(units ?? {}).map(([name, value]) => [name, format(value)]));

/**
 * `t` is a root translator (useTranslations() / getTranslations()); `money` formats the amounts
 * an error carries (without it such an error keeps its English text). Unknown texts pass unchanged.
 */
export function localizeError(t: Translate, message: string, i18n?: ErrorI18n, money?: ReaderMoney): string {
  if (i18n && t.has(i18n.key)) {
    const hasMoney = i18n.amounts !== undefined || i18n.rates !== undefined;
    if (!hasMoney) return t(i18n.key, i18n.values);
    if (money)
      return t(i18n.key, {
        ...i18n.values,
        ...formatted(i18n.amounts, money.amount),
        ...formatted(i18n.rates, money.rate),
      });
    return message;
  }
  const key = keyByText.get(message);
  return key ? t(`errors.${key}`) : message;
}
