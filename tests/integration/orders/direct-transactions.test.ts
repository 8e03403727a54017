// Transactions on the database driver (lib/db/sql.ts): on SQLite those of one moment share one
// commit, each in a savepoint of its own. One that fails is undone alone; the others land. On
// PostgreSQL each is its own transaction, with the same outcome.
import { expect, it } from "vitest";
import { db } from "@/lib/db";
import { directStatement } from "@/lib/db/statement";
import { directTransaction, directWrite } from "@/lib/db/sql";
import { createUser } from "@/lib/users/create-user";

const RENAME = directStatement(
  "test-rename-user",
  `UPDATE "User" SET name = $1 WHERE id = $2 RETURNING name`,
);

it("of three transactions started together, the one that fails is undone alone", async () => {
  const users = await Promise.all(
    ["a", "b", "c"].map((n) => createUser({ email: `direct-${n}@test.dev`, password: "test-pass-1" })),
  );
  const [first, failing, third] = await Promise.allSettled([
    directTransaction((sql) => sql.all(RENAME, ["first", users[0].id])),
    directTransaction(async (sql) => {
      await sql.all(RENAME, ["must not stay", users[1].id]);
      throw new Error("refused after writing");
    }),
    directWrite(RENAME, ["third", users[2].id]),
  ]);
  expect(first).toEqual({ status: "fulfilled", value: [{ name: "first" }] });
  expect(failing).toMatchObject({ status: "rejected", reason: { message: "refused after writing" } });
  expect(third).toEqual({ status: "fulfilled", value: [{ name: "third" }] });
  // Users created at once get their ids in any order (PostgreSQL): each name is read by its user's id.
  const rows = await db.user.findMany({
    where: { id: { in: users.map((u) => u.id) } },
    select: { id: true, name: true },
  });
  const nameOf = new Map(rows.map((u) => [u.id, u.name]));
  expect(users.map((u) => nameOf.get(u.id))).toEqual(["first", null, "third"]);
});

it("a statement that fails inside a transaction undoes that transaction's earlier writes too", async () => {
  const user = await createUser({ email: "direct-d@test.dev", password: "test-pass-1" });
  const other = await createUser({ email: "direct-e@test.dev", password: "test-pass-1" });
  const TAKE_EMAIL = directStatement("test-take-email", `UPDATE "User" SET email = $1 WHERE id = $2`);
  await expect(
    directTransaction(async (sql) => {
      await sql.all(RENAME, ["half done", user.id]);
      await sql.all(TAKE_EMAIL, [other.email, user.id]); // unique violation
    }),
  ).rejects.toSatisfy(
    (error: unknown) =>
      (error as { code?: string }).code === "SQLITE_CONSTRAINT_UNIQUE" ||
      (error as { code?: string }).code === "23505",
  );
  expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBeNull();
  expect(await directWrite(RENAME, ["after", user.id])).toEqual([{ name: "after" }]);
});
