import "server-only";
// One catalog per language, kept as one JSON file per namespace (messages/<locale>/<namespace>.json)
// so that work on different pages never edits the same file. They are combined here at load time:
// the file name is the namespace (`useTranslations("orders")` reads messages/<locale>/orders.json).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { createTranslator } from "next-intl";
import type { Locale } from "./locales";

// The catalog's shape is only known at run time (files are read, not imported), so its keys are
// plain strings to the type checker; the completeness test checks them instead.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Messages = Record<string, any>;

const cache = new Map<Locale, Messages>();

export function messagesDir(): string {
  return path.join(process.cwd(), "messages");
}

export function readMessages(locale: Locale, dir = messagesDir()): Messages {
  const messages: Messages = {};
  for (const file of readdirSync(path.join(dir, locale)).sort()) {
    if (!file.endsWith(".json")) continue;
    messages[file.slice(0, -".json".length)] = JSON.parse(readFileSync(path.join(dir, locale, file), "utf8"));
  }
  return messages;
}

/** The whole catalog of a language; read once per process (re-read in development). */
export function loadMessages(locale: Locale): Messages {
  if (process.env.NODE_ENV === "development") return readMessages(locale);
  let messages = cache.get(locale);
  if (!messages) cache.set(locale, (messages = readMessages(locale)));
  return messages;
}

/** A root translator outside React: tests, and server code running outside a request. */
export function translatorFor(locale: Locale) {
  return createTranslator<Messages>({ locale, messages: loadMessages(locale), timeZone: "UTC" });
}
