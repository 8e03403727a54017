// The admin search by link at a million orders: which orders' links contain a text, newest first,
// through a trigram index (prisma/*/migrations/*_order_link_search) instead of reading every order
// as LIKE '%text%' alone does. The answer is exactly what that LIKE finds (case as the engine's
// LIKE: ASCII letters alike on SQLite, exact on PostgreSQL; % _ and \ match themselves), only
// capped: past LINK_SEARCH_CAP matches the newest ones are returned and `capped` says so.
import { env } from "../env.mjs";
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

/** SQLite looks up at most this many trigrams of the text; LIKE then checks all of it. */
const MAX_TRIGRAMS = 6;

export type LinkMatches = { ids: number[]; capped: boolean };

/** A LIKE pattern for `text` anywhere in a link, with %, _ and \ escaped by a backslash. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The FTS5 query of the trigrams SQLite looks up. Links share their beginnings (scheme, host,
 * path) and differ at their ends, and a trigram found in most links costs a long read while
 * filtering nothing: so a leading "https://www." is skipped and at most MAX_TRIGRAMS trigrams are
 * taken, side by side from the end. Any subset of the trigrams finds every match (LIKE removes
 * the rest). Each trigram is an FTS5 string, its double quotes doubled.
 */
export function trigramQuery(text: string): string {
  const rest = [...text.replace(/^(https?:\/\/)?(www\.)?/i, "")];
  const chars = rest.length >= MIN_INDEXED_LENGTH ? rest : [...text];
  const grams = new Set<string>();
  for (let end = chars.length; end >= MIN_INDEXED_LENGTH && grams.size < MAX_TRIGRAMS; end -= 3) {
    grams.add(chars.slice(end - 3, end).join(""));
  }
  return [...grams].map((gram) => `"${gram.replaceAll('"', '""')}"`).join(" AND ");
}

/** Ids of the orders whose link contains `text` (at most `cap`, newest first). */
export async function searchOrderIdsByLink(text: string, cap = LINK_SEARCH_CAP, tx: Tx = db): Promise<LinkMatches> {
  const pattern = containsPattern(text);
  const limit = cap + 1;
  let rows: { id: number | bigint }[];
  if (env.DATABASE_URL.startsWith("file:") && [...text].length >= MIN_INDEXED_LENGTH) {
    const fts = Prisma.raw(`"${ORDER_LINK_SEARCH_TABLE}"`);
    rows = await tx.$queryRaw(
      Prisma.sql`SELECT o.id FROM ${fts} JOIN "Order" o ON o.id = ${fts}.rowid
        WHERE ${fts} MATCH ${trigramQuery(text)} AND o.link LIKE ${pattern} ESCAPE '\\'
        ORDER BY ${fts}.rowid DESC LIMIT ${limit}`,
    );
  } else {
    // PostgreSQL: pg_trgm's GIN index serves this LIKE itself (its trigrams, then a recheck of
    // each row). Under three characters, on either engine, the orders are read newest first.
    rows = await tx.$queryRaw(Prisma.sql`SELECT id FROM "Order" WHERE link LIKE ${pattern} ESCAPE '\\' ORDER BY id DESC LIMIT ${limit}`);
  }
  const ids = rows.map((row) => Number(row.id));
  return { ids: ids.slice(0, cap), capped: ids.length > cap };
}
