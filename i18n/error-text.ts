// Error texts for people. Domain code keeps English messages (the reseller API, the CLI and the
// logs show them as they are); pages show them in the reader's language:
// - a fixed text is found by its English wording in messages/en/errors.json (schemas take their
//   wording from that file, so the two never drift);
// - a text with values names its catalog key on the error (AppError's `i18n`).
// Works on the server (runAction) and in client components (forms validating with zod) alike.
import en from "@/messages/en/errors.json";
import { keysByText } from "./catalog-index";

export type ErrorI18n = { key: string; values?: Record<string, string | number> };

/** English error texts by key, for zod schemas and AppErrors: `errorMessages.emailInvalid`. */
export const errorMessages = en;

const keyByText = keysByText(en);

type Translate = { (key: string, values?: Record<string, string | number>): string; has(key: string): boolean };

/** `t` is a root translator (useTranslations() / getTranslations()). Unknown texts pass unchanged. */
export function localizeError(t: Translate, message: string, i18n?: ErrorI18n): string {
  if (i18n && t.has(i18n.key)) return t(i18n.key, i18n.values);
  const key = keyByText.get(message);
  return key ? t(`errors.${key}`) : message;
}
