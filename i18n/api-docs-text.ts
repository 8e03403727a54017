// The API page's prose in the reader's language. Each action keeps its docs in English beside its
// code (lib/reseller-api/actions/*.ts); the page finds a text by that wording in
// messages/en/apiDocs.json, and a unit test keeps every documented text in that file.
import en from "@/messages/en/apiDocs.json";
import { keysByText } from "./catalog-index";

type Translate = (key: string) => string;

const keyByText = keysByText(en);

/** The catalog key of an English doc text ("Order ID" -> "params.orderId"), if it has one. */
export function apiDocKey(text: string): string | undefined {
  return keyByText.get(text);
}

/** `t` reads the apiDocs namespace; a text not in the catalog shows as written. */
export function localizeApiDoc(t: Translate, text: string): string {
  const key = keyByText.get(text);
  return key ? t(key) : text;
}
