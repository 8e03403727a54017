// Which engine a database URL names: the one test, kept free of the environment so that
// lib/env.mjs, the migration tools and test setup can all use it.

/** @typedef {"sqlite" | "postgresql"} Engine */

/**
 * True when a database URL names an SQLite file (`file:...`); any other is PostgreSQL.
 * @param {string} url
 */
export function isSqliteUrl(url) {
  return url.startsWith("file:");
}

/**
 * @param {string} url
 * @returns {Engine}
 */
export function engineOf(url) {
  return isSqliteUrl(url) ? "sqlite" : "postgresql";
}
