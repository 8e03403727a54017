// The API page's prose comes from the action table in English; every text of it has its place in
// messages/<locale>/apiDocs.json, so no part of the page is left in English for other readers.
import { expect, test } from "vitest";
import { apiDocKey, localizeApiDoc } from "@/i18n/api-docs-text";
import { translatorFor } from "@/i18n/messages";
import { API_ACTIONS } from "@/lib/reseller-api/actions";

function documentedTexts(): string[] {
  return API_ACTIONS.flatMap((action) => [
    action.title,
    action.description,
    ...action.forms.flatMap((form) => [
      form.title,
      ...(form.note ? [form.note] : []),
      ...form.params.map((p) => p.description),
    ]),
  ]);
}

test("every text of the API docs is in the catalog", () => {
  expect(documentedTexts().filter((text) => apiDocKey(text) === undefined)).toEqual([]);
});

test("the docs read in Vietnamese, and in English as written", () => {
  const vi = translatorFor("vi");
  const en = translatorFor("en");
  const tVi = (key: string) => vi(`apiDocs.${key}`);
  const tEn = (key: string) => en(`apiDocs.${key}`);
  expect(localizeApiDoc(tVi, "Order IDs separated by commas (up to 100)")).toBe(
    "Các mã đơn hàng, cách nhau bằng dấu phẩy (tối đa 100)",
  );
  for (const text of documentedTexts()) expect(localizeApiDoc(tEn, text)).toBe(text);
});
