// A driver statement is written once, in PostgreSQL's words; SQLite's text is derived from it.
import { describe, expect, it } from "vitest";
import { bindValue, directStatement, inList, jsonRows } from "@/lib/db/statement";

describe("directStatement", () => {
  it("gives SQLite `?` for each numbered placeholder, and Prisma the text around them", () => {
    const statement = directStatement("s", `SELECT id FROM "User" WHERE id = $1 AND status = $2`);
    expect(statement.sqlite).toBe(`SELECT id FROM "User" WHERE id = ? AND status = ?`);
    expect(statement.parts).toEqual([`SELECT id FROM "User" WHERE id = `, ` AND status = `, ""]);
  });

  it("refuses placeholders out of order", () => {
    expect(() => directStatement("s", `SELECT $2, $1`)).toThrow(/in order/);
  });

  it("reads a list as json_each on SQLite and as an array on PostgreSQL, on the driver only", () => {
    const statement = directStatement(
      "s",
      `SELECT id FROM "Order" WHERE "userId" = $1 AND id ${inList(2, "bigint")}`,
    );
    expect(statement.postgresql).toBe(
      `SELECT id FROM "Order" WHERE "userId" = $1 AND id = ANY($2::bigint[])`,
    );
    expect(statement.sqlite).toBe(
      `SELECT id FROM "Order" WHERE "userId" = ? AND id IN (SELECT value FROM json_each(?))`,
    );
    expect(statement.parts).toBeUndefined();
  });

  it("reads JSON rows as json_each fields on SQLite and json_to_recordset on PostgreSQL", () => {
    const statement = directStatement(
      "s",
      `SELECT x.a, x."bName", $1 FROM ${jsonRows(2, "x", { a: "int", bName: "text" })}`,
    );
    expect(statement.postgresql).toBe(
      `SELECT x.a, x."bName", $1 FROM json_to_recordset($2::json) AS x("a" int, "bName" text)`,
    );
    expect(statement.sqlite).toBe(
      `SELECT x.a, x."bName", ? FROM (SELECT value ->> '$.a' AS "a", value ->> '$.bName' AS "bName" FROM json_each(?)) AS x`,
    );
  });
});

describe("bindValue", () => {
  const moment = new Date("2026-01-02T03:04:05.678Z");

  it("binds a date as Prisma stores it on each engine", () => {
    expect(bindValue("sqlite", moment)).toBe("2026-01-02T03:04:05.678+00:00");
    expect(bindValue("postgresql", moment)).toBe("2026-01-02T03:04:05.678Z");
  });

  it("binds booleans and arrays as SQLite can, and leaves them to PostgreSQL's driver", () => {
    expect([bindValue("sqlite", true), bindValue("sqlite", false), bindValue("sqlite", [1, 2])]).toEqual([
      1,
      0,
      "[1,2]",
    ]);
    expect([bindValue("postgresql", true), bindValue("postgresql", [1, 2])]).toEqual([true, [1, 2]]);
  });
});
