// The API page's prose in the reader's language. Each action keeps its docs in English beside its
// code (lib/reseller-api/actions/*.ts); the page finds a text by that wording in
// messages/en/apiDocs.json, and a unit test keeps every documented text in that file.
import en from "@/messages/en/apiDocs.json";

type Catalog = { [key: string]: string | Catalog };
type Translate = (key: string) => string;

function index(catalog: Catalog, prefix = "", into = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(catalog)) {
    if (typeof value === "string") into.set(value, prefix + key);
    else index(value, `${prefix}${key}.`, into);
  }
  return into;
}

const keyByText = index(en);

/** The catalog key of an English doc text ("Order ID" -> "params.orderId"), if it has one. */
export function apiDocKey(text: string): string | undefined {
  return keyByText.get(text);
}

/** `t` reads the apiDocs namespace; a text not in the catalog shows as written. */
export function localizeApiDoc(t: Translate, text: string): string {
  const key = keyByText.get(text);
  return key ? t(key) : text;
}
