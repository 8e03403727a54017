// The one way a statement for the database's driver is written (lib/db/direct-read.ts reads,
// lib/db/sql.ts writes, and sqlOf runs it in a Prisma transaction): once, in PostgreSQL's words,
// with SQLite's text derived from it; and the one way a value is bound for either engine.
export type Engine = "sqlite" | "postgresql";

/** One statement in each engine's words: SQLite's `?` placeholders, PostgreSQL's `$1`. */
export type DirectStatement = {
  name: string;
  sqlite: string;
  postgresql: string;
  /** The text around its placeholders, for Prisma's raw statements (lib/db/sql.ts); absent when it holds a list. */
  parts?: readonly string[];
};

// The PostgreSQL forms SQLite says otherwise, exactly as inList() and jsonRows() write them.
const LIST = /= ANY\(\$\d+::\w+\[\]\)/g;
const JSON_ROWS = /json_to_recordset\(\$\d+::json\) AS (\w+)\(([^)]*)\)/g;

/** `column = ANY($n)`: the column is one of the values of parameter n, an array of ids. */
export function inList(placeholder: number, type: "int" | "bigint"): string {
  return `= ANY($${placeholder}::${type}[])`;
}

/**
 * A table `alias` of the objects in parameter n, a JSON array (text), with these columns: on
 * SQLite the fields of each json_each value, on PostgreSQL json_to_recordset.
 */
export function jsonRows(
  placeholder: number,
  alias: string,
  columns: Record<string, "int" | "text">,
): string {
  const list = Object.entries(columns).map(([name, type]) => `"${name}" ${type}`);
  return `json_to_recordset($${placeholder}::json) AS ${alias}(${list.join(", ")})`;
}

function sqliteText(postgresql: string): string {
  return postgresql
    .replace(LIST, "IN (SELECT value FROM json_each(?))")
    .replace(JSON_ROWS, (_, alias: string, columns: string) => {
      const fields = columns.split(", ").map((column) => {
        const name = column.slice(1, column.lastIndexOf('"'));
        return `value ->> '$.${name}' AS "${name}"`;
      });
      return `(SELECT ${fields.join(", ")} FROM json_each(?)) AS ${alias}`;
    })
    .replace(/\$\d+/g, "?");
}

/**
 * A statement both engines read alike: PostgreSQL's words ("quoted" names, `$1` placeholders
 * used once each, in order, lists as inList() and JSON rows as jsonRows() write them), which
 * SQLite takes with `?` for each placeholder and json_each for lists and rows.
 */
export function directStatement(name: string, postgresql: string): DirectStatement {
  const numbers = [...postgresql.matchAll(/\$(\d+)/g)].map((match) => Number(match[1]));
  if (numbers.some((n, i) => n !== i + 1))
    throw new Error(`directStatement ${name}: placeholders must be $1, $2, ... in order, once each`);
  // Prisma binds an array for neither engine as json_each reads it: such a statement runs on the driver only.
  const plain = !/= ANY\(\$|json_to_recordset\(/.test(postgresql);
  return {
    name,
    postgresql,
    sqlite: sqliteText(postgresql),
    ...(plain && { parts: postgresql.split(/\$\d+/) }),
  };
}

/**
 * A parameter as the driver binds it, and as Prisma stores the same value, so a row Prisma wrote
 * is found by it: dates as ISO text with "+00:00" on SQLite, UTC wall time on PostgreSQL's
 * timestamp(3) columns (an offset in the text is ignored there); booleans as 0/1 on SQLite; an
 * array as JSON text on SQLite (read with json_each, see inList) and as an array on PostgreSQL.
 */
export function bindValue(to: Engine, value: unknown): unknown {
  if (value instanceof Date)
    return to === "sqlite" ? value.toISOString().replace("Z", "+00:00") : value.toISOString();
  if (to === "postgresql") return value;
  if (typeof value === "boolean") return Number(value);
  return Array.isArray(value) ? JSON.stringify(value) : value;
}

/** A boolean as either engine answers it (SQLite 0/1, PostgreSQL true/false). */
export function rowFlag(value: unknown): boolean {
  return value === true || Number(value) === 1;
}
