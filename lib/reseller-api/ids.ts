// Ids as clients send them: "120494" or "120494, 120495,120496" (up to 100). A token that is
// not a positive whole number is kept as given so its answer can say "Incorrect order ID".
import { API_ERRORS, ApiError, incorrectRequest } from "./api-errors";

export const MAX_IDS = 100;

/** Ids are 32-bit integer columns on both engines. */
const MAX_ID = 2_147_483_647;

/** A positive id from its decimal text (no signs, fractions or exponents), else null. */
export function parseId(text: string | undefined): number | null {
  if (text === undefined || !/^\d{1,10}$/.test(text.trim())) return null;
  const id = Number(text.trim());
  return id > 0 && id <= MAX_ID ? id : null;
}

export type IdToken = { text: string; id: number | null };

/** The distinct tokens of a comma list, in order; "Incorrect request" when empty, an error past 100. */
export function parseIdList(text: string): IdToken[] {
  const seen = new Set<string>();
  const tokens: IdToken[] = [];
  for (const raw of text.split(",")) {
    const token = raw.trim();
    if (token === "") continue;
    const id = parseId(token);
    const key = id === null ? token : String(id);
    if (seen.has(key)) continue;
    seen.add(key);
    tokens.push({ text: key.slice(0, 40), id });
    if (tokens.length > MAX_IDS) throw new ApiError(API_ERRORS.tooManyIds);
  }
  if (tokens.length === 0) throw incorrectRequest();
  return tokens;
}
