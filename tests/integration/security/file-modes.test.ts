// The SQLite database holds password hashes and encrypted provider keys: only the panel's own
// user may read it or list its folder.
import { mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import { migrateDatabase } from "@/lib/db/migrate";

const mode = (file: string) => statSync(file).mode & 0o777;

it("creates the database folder 0700 and the SQLite file 0600", async () => {
  const folder = path.join(mkdtempSync(path.join(tmpdir(), "upline-modes-")), "data");
  const file = path.join(folder, "upline.db");
  await migrateDatabase(`file:${file}`);
  expect(mode(folder)).toBe(0o700);
  expect(mode(file)).toBe(0o600);
});

it("tightens a database file an older version left readable by everyone", async () => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "upline-modes-")), "old.db");
  writeFileSync(file, "", { mode: 0o644 });
  await migrateDatabase(`file:${file}`);
  expect(mode(file)).toBe(0o600);
});
