// Every fixed error text that domain code can show to a person is in messages/en/errors.json, so
// pages can show it in the reader's language (i18n/error-text.ts looks texts up by their wording).
// A simple scan over the source: the message of `new AppError("…")`, `new ForbiddenError("…")`,
// `new NotFoundError("…")`, and zod messages (`.min(1, "…")`, `.positive("…")`, `{ message: "…" }`,
// `z.number({ error: "…" })`), and refused results (`{ ok: false, error: "…" }`, `fail("…")`). Texts with values (`${…}`) are not fixed: they carry an `i18n` key.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import en from "@/messages/en/errors.json";

const root = path.resolve(import.meta.dirname, "../../..");

// Not shown on pages: generated code; the reseller API (its answers stay English, client scripts
// compare them); the simulated provider and gateway (they stand in for outside services).
const SKIPPED_DIRS = [
  "lib/db/generated",
  "lib/reseller-api",
  "lib/providers/simulator",
  "lib/payments/simulator",
];

// Texts that match the patterns but never reach a person's page.
const INTERNAL = new Set([
  // Webhook answers to the payment gateways.
  "Unauthorized",
  "Body must be JSON",
  "Invalid signature",
  "Request too large",
  "Too many refused calls",
  // Carries its own key (massOrder.empty): the mass-order page shows it from there.
  "Enter at least one line: service_id|link|quantity",
  // The backup CLI (npm run backup / restore) prints these to the owner's terminal.
  "backup and restore cover the SQLite database; for PostgreSQL use pg_dump and pg_restore (see the README)",
]);

function sourceFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.includes(rel)) files.push(...sourceFiles(rel));
    } else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts")) files.push(rel);
  }
  return files;
}

// A string literal: "…", '…' or `…` (a template only when it has no `${`).
const LITERAL = String.raw`"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'|\`((?:[^\`\\$]|\\.|\$(?!\{))*)\``;
const PATTERNS = [
  // new AppError("…", …)
  new RegExp(String.raw`new (?:AppError|ForbiddenError|NotFoundError)\(\s*(?:${LITERAL})`, "g"),
  // .min(1, "…"), .max(500, "…"), .regex(/…/, "…"), .refine(check, "…")
  new RegExp(
    String.raw`\.(?:min|max|length|gt|gte|lt|lte|regex|refine|startsWith|endsWith|includes)\([^"'\`\n]*?,\s*(?:${LITERAL})\s*[,)]`,
    "g",
  ),
  // .positive("…"), .int("…"), z.email("…")
  new RegExp(
    String.raw`\.(?:int|positive|nonnegative|negative|nonpositive|nonempty|email|url|uuid)\(\s*(?:${LITERAL})`,
    "g",
  ),
  // { message: "…" } in addIssue, refine and moneyInput
  new RegExp(String.raw`\bmessage:\s*(?:${LITERAL})`, "g"),
  // z.coerce.number({ error: "…" }), z.url({ …, error: "…" })
  new RegExp(String.raw`z\.[\w.]+\(\{[^}]*?\berror:\s*(?:${LITERAL})`, "g"),
  // Results that pages turn into errors: { ok: false, error: "…" }, fail("…"), fail(field, "…")
  new RegExp(String.raw`ok: false,\s*error:\s*(?:${LITERAL})`, "g"),
  new RegExp(String.raw`\bfail\((?:\w+,\s*|"\w+",\s*)?(?:${LITERAL})\s*\)`, "g"),
];

/** Every fixed error text in the source, with where it is. */
function errorTexts(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of [...sourceFiles("lib"), ...sourceFiles("app")]) {
    const source = readFileSync(path.join(root, file), "utf8");
    for (const pattern of PATTERNS) {
      for (const match of source.matchAll(pattern)) {
        const text = match[1] ?? match[2] ?? match[3];
        if (text === undefined || text === "") continue;
        const line = source.slice(0, match.index).split("\n").length;
        if (!found.has(text)) found.set(text, `${file}:${line}`);
      }
    }
  }
  return found;
}

type Catalog = { [key: string]: string | Catalog };
const values = (catalog: Catalog): string[] =>
  Object.values(catalog).flatMap((v) => (typeof v === "string" ? [v] : values(v)));

test("the scan finds error texts (it has not silently stopped matching)", () => {
  const texts = errorTexts();
  if (!texts.has("Enter a valid email address")) expect(texts.size).toBeGreaterThan(50);
  expect([...texts.keys()]).toContain("Incorrect order ID");
});

test("every fixed error text shown to people is in messages/en/errors.json", () => {
  const catalog = new Set(values(en));
  const missing = [...errorTexts()]
    .filter(([text]) => !catalog.has(text) && !INTERNAL.has(text))
    .map(([text, where]) => `${where}  ${text}`);
  expect(missing).toEqual([]);
});

test('every errors key that code names on an error (`i18n: { key: "errors.…" }`) is in the catalog', () => {
  const keys = new Set<string>();
  const walk = (catalog: Catalog, prefix: string) => {
    for (const [key, value] of Object.entries(catalog)) {
      if (typeof value === "string") keys.add(prefix + key);
      else walk(value, `${prefix}${key}.`);
    }
  };
  walk(en, "errors.");
  const unknown: string[] = [];
  for (const file of [...sourceFiles("lib"), ...sourceFiles("app")]) {
    const source = readFileSync(path.join(root, file), "utf8");
    for (const [, key] of source.matchAll(/key: [`"](errors\.[\w.]+)[`"]/g))
      if (!keys.has(key)) unknown.push(`${file}  ${key}`);
  }
  expect(unknown).toEqual([]);
});
