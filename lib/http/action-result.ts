// Server actions answer with a result instead of throwing, so forms can show the message.
import { ZodError } from "zod";
import { localizeError, type ErrorI18n } from "@/i18n/error-text";
import { getRootTranslator } from "@/i18n/server-translator";
import { GENERIC_ERROR, isExpectedError } from "../errors";
import { log } from "../log";
import { getReaderMoney } from "./reader-money";

export type ActionResult<T = undefined> =
  { ok: true; data: T } | { ok: false; error: string; field?: string };

export async function runAction<T>(name: string, fn: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await fn() };
  } catch (error) {
    if (isExpectedError(error))
      return { ok: false, error: await inReadersLanguage(error.message, error.i18n), field: error.field };
    if (error instanceof ZodError) {
      const issue = error.issues[0];
      return {
        ok: false,
        error: await inReadersLanguage(issue?.message ?? "Invalid input"),
        field: issue?.path.join(".") || undefined,
      };
    }
    // next/navigation's redirect() and notFound() work by throwing: let them through.
    if (error instanceof Error && "digest" in error && String(error.digest).startsWith("NEXT_")) throw error;
    log.error("action failed", { action: name, error });
    return { ok: false, error: await inReadersLanguage(GENERIC_ERROR) };
  }
}

async function inReadersLanguage(message: string, i18n?: ErrorI18n): Promise<string> {
  const money = i18n?.amounts || i18n?.rates ? await getReaderMoney() : undefined;
  return localizeError(await getRootTranslator(), message, i18n, money);
}
