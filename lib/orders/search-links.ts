// The admin search by link at a million orders: which orders' links contain a text, newest first,
// through a trigram index (prisma/*/migrations/*_order_link_search) instead of reading every order
// as LIKE '%text%' alone does. The answer is exactly what that LIKE finds (case as the engine's
// LIKE: ASCII letters alike on SQLite, exact on PostgreSQL; % _ and \ match themselves), only
// capped: past LINK_SEARCH_CAP matches the newest ones are returned and `capped` says so.
import { dbProvider } from "../env.mjs";
import { db, Prisma, type Tx } from "../db";
import { ORDER_LINK_SEARCH_TABLE } from "../db/raw-objects";

/**
 * The admin list filters by these ids in one statement, and Prisma binds at most 999 values in
 * one SQLite statement (a count cannot be split): 500 leaves room for the other filters. A search
 * that matches more is too broad to page through anyway; the page asks to narrow it.
 */
export const LINK_SEARCH_CAP = 500;

/** Below three characters no trigram exists: the search reads the orders newest first instead. */
const MIN_INDEXED_LENGTH = 3;

/** The index looks up this many characters from the end of the text; the whole is then checked. */
const TAIL_LENGTH = 9;

export type LinkMatches = { ids: number[]; capped: boolean };

/** A LIKE pattern for `text` anywhere in a link, with %, _ and \ escaped by a backslash. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The part of the text the index looks up: its last TAIL_LENGTH characters, after a leading
 * "https://www.". Links share their beginnings (scheme, host, path) and differ at their ends, and
 * a trigram found in most links costs a long read of the index while filtering nothing. Any part
 * finds every match; the whole text is then checked on each candidate.
 */
function indexedTail(text: string): string {
  const rest = [...text.replace(/^(https?:\/\/)?(www\.)?/i, "")];
  return (rest.length >= MIN_INDEXED_LENGTH ? rest : [...text]).slice(-TAIL_LENGTH).join("");
}

/** SQLite: the FTS5 query of the tail's trigrams side by side, each an FTS5 string (" doubled). */
export function trigramQuery(text: string): string {
  const chars = [...indexedTail(text)];
  const grams = new Set<string>();
  for (let end = chars.length; end >= MIN_INDEXED_LENGTH; end -= 3)
    grams.add(chars.slice(end - 3, end).join(""));
  return [...grams].map((gram) => `"${gram.replaceAll('"', '""')}"`).join(" AND ");
}

/** Ids of the orders whose link contains `text` (at most `cap`, newest first). */
export async function searchOrderIdsByLink(
  text: string,
  cap = LINK_SEARCH_CAP,
  tx: Tx = db,
): Promise<LinkMatches> {
  const limit = cap + 1;
  let rows: { id: number | bigint }[];
  if (dbProvider === "postgresql") {
    // pg_trgm's GIN index serves the LIKE on the tail; strpos, which no index serves, checks the
    // whole text exactly as LIKE would (PostgreSQL's LIKE is case-sensitive).
    rows = await tx.$queryRaw(
      Prisma.sql`SELECT id FROM "Order" WHERE link LIKE ${containsPattern(indexedTail(text))} ESCAPE '\\' AND strpos(link, ${text}) > 0
        ORDER BY id DESC LIMIT ${limit}`,
    );
  } else if ([...text].length >= MIN_INDEXED_LENGTH) {
    const fts = Prisma.raw(`"${ORDER_LINK_SEARCH_TABLE}"`);
    rows = await tx.$queryRaw(
      Prisma.sql`SELECT o.id FROM ${fts} JOIN "Order" o ON o.id = ${fts}.rowid
        WHERE ${fts} MATCH ${trigramQuery(text)} AND o.link LIKE ${containsPattern(text)} ESCAPE '\\'
        ORDER BY ${fts}.rowid DESC LIMIT ${limit}`,
    );
  } else {
    // Under three characters no trigram exists: the orders are read newest first.
    rows = await tx.$queryRaw(
      Prisma.sql`SELECT id FROM "Order" WHERE link LIKE ${containsPattern(text)} ESCAPE '\\' ORDER BY id DESC LIMIT ${limit}`,
    );
  }
  const ids = rows.map((row) => Number(row.id));
  return { ids: ids.slice(0, cap), capped: ids.length > cap };
}
