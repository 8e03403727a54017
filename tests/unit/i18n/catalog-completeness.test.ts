// Every text exists in every language: same namespaces, same keys, same {placeholders}.
import { readdirSync } from "node:fs";
import path from "node:path";
// The ICU parser next-intl itself uses (a dependency of next-intl).
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, test } from "vitest";
import { locales } from "@/i18n/locales";
import { readMessages, type Messages } from "@/i18n/messages";

const dir = path.resolve(import.meta.dirname, "../../../messages");

/** "ns.key.sub" -> text, for every leaf of a catalog. */
function flatten(tree: Messages, prefix = ""): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === "object")
      for (const [k, v] of flatten(value as Messages, name)) out.set(k, v);
    else out.set(name, value);
  }
  return out;
}

/** The argument names of an ICU message ("{count, plural, one {# order} other {# orders}}" -> count). */
function placeholders(text: string): string[] {
  const names = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if ("value" in element && element.type !== TYPE.literal) names.add(String(element.value));
      if ("options" in element) for (const option of Object.values(element.options)) walk(option.value);
      if ("children" in element) walk(element.children);
    }
  };
  walk(parse(text)); // also throws on a broken message
  return [...names].sort();
}

const catalogs = Object.fromEntries(locales.map((locale) => [locale, flatten(readMessages(locale, dir))]));

describe("message catalogs", () => {
  test("every language has the same namespace files", () => {
    const files = locales.map((locale) =>
      readdirSync(path.join(dir, locale))
        .filter((f) => f.endsWith(".json"))
        .sort(),
    );
    for (const list of files) expect(list).toEqual(files[0]);
  });

  for (const locale of locales) {
    for (const other of locales) {
      if (other === locale) continue;
      test(`every ${locale} key exists in ${other}`, () => {
        const missing = [...catalogs[locale].keys()].filter((key) => !catalogs[other].has(key));
        expect(missing).toEqual([]);
      });
    }
  }

  test("every text is a non-empty string with the same placeholders in each language", () => {
    const problems: string[] = [];
    for (const [key, english] of catalogs.en) {
      for (const locale of locales) {
        const text = catalogs[locale].get(key);
        if (typeof text !== "string" || text.trim() === "")
          problems.push(`${locale} ${key}: empty or not a text`);
        else if (typeof english === "string" && placeholders(text).join() !== placeholders(english).join()) {
          problems.push(
            `${locale} ${key}: placeholders ${placeholders(text)} vs en ${placeholders(english)}`,
          );
        }
      }
    }
    expect(problems).toEqual([]);
  });

  test("no key contains a dot (next-intl reads dots as nesting)", () => {
    expect([...catalogs.en.keys()].filter((key) => key.split(".").some((part) => part === ""))).toEqual([]);
  });
});
