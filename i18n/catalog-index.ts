// A message catalog read backwards: each English text -> its key ("Order ID" -> "params.orderId"),
// for code that keeps English wording and finds the reader's language by it.
export type Catalog = { [key: string]: string | Catalog };

export function keysByText(
  catalog: Catalog,
  prefix = "",
  into = new Map<string, string>(),
): Map<string, string> {
  for (const [key, value] of Object.entries(catalog)) {
    if (typeof value === "string") into.set(value, prefix + key);
    else keysByText(value, `${prefix}${key}.`, into);
  }
  return into;
}
