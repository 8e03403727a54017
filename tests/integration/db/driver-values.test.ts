// The driver's reader and writer (lib/db/direct-read.ts, lib/db/sql.ts) bind a value alike, and as
// Prisma stores it: a moment written by one is found by the other and read back by Prisma.
import { expect, it } from "vitest";
import { db } from "@/lib/db";
import { directRead } from "@/lib/db/direct-read";
import { directWrite } from "@/lib/db/sql";
import { directStatement } from "@/lib/db/statement";
import { createUser } from "@/lib/users/create-user";

const SET_UPDATED_AT = directStatement(
  "test-set-updated-at",
  `UPDATE "User" SET "updatedAt" = $1 WHERE id = $2 RETURNING id`,
);
const USER_AT = directStatement(
  "test-user-at",
  `SELECT id FROM "User" WHERE id = $1 AND "updatedAt" = $2 AND "apiAccess" = $3`,
);

it("a Date and a boolean passed to directRead match what directWrite and Prisma stored", async () => {
  const user = await createUser({ email: "driver-values@test.dev", password: "test-pass-1" });
  await db.user.update({ where: { id: user.id }, data: { apiAccess: false } });
  const moment = new Date("2026-01-02T03:04:05.678Z");
  await directWrite(SET_UPDATED_AT, [moment, user.id]);

  const found = await directRead(USER_AT, [user.id, moment, false]);
  expect(found.map((row) => Number(row.id))).toEqual([user.id]);
  expect(await directRead(USER_AT, [user.id, new Date(moment.getTime() + 1), false])).toEqual([]);
  expect(await directRead(USER_AT, [user.id, moment, true])).toEqual([]);
  expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).updatedAt).toEqual(moment);
});
