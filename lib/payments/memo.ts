// Memo codes: each deposit gets its own (prefix + digits, e.g. UPL48213907), which the customer
// writes on the transfer. Banks wrap the memo in their own text, change its case and may drop
// spaces, so it is searched for anywhere in the transfer content, case-insensitively.
import { randomInt } from "node:crypto";

export const MEMO_DIGITS = 8;

export function newMemoCode(prefix: string): string {
  return prefix.toUpperCase() + String(randomInt(0, 10 ** MEMO_DIGITS)).padStart(MEMO_DIGITS, "0");
}

/**
 * Every candidate code in a transfer's content: the prefix followed by exactly MEMO_DIGITS digits
 * (not part of a longer run of digits), upper-cased. Several may appear; the caller tries each.
 */
export function findMemoCodes(content: string, prefix: string): string[] {
  const escaped = prefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const pattern = new RegExp(`${escaped}(\\d{${MEMO_DIGITS}})(?!\\d)`, "gi");
  return [...new Set([...content.matchAll(pattern)].map((m) => prefix.toUpperCase() + m[1]))];
}
