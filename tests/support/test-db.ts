// A fresh, migrated database per call: a SQLite file in a temp folder by default, or a new
// database on the PostgreSQL server named by TEST_DATABASE_URL (CI runs the suite both ways).
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { inject } from "vitest";
import { createDb, type Db } from "@/lib/db";
import { migrateDatabase } from "@/lib/db/migrate";
import { createScratchDatabase } from "@/scripts/db/scratch-postgres";

export type TestDb = { db: Db; url: string; cleanup(): Promise<void> };

/** The PostgreSQL server integration tests run against, when CI gives one. */
export const testServerUrl = process.env.TEST_DATABASE_URL || undefined;

export async function createTestDb(): Promise<TestDb> {
  const target = testServerUrl ? await freshPostgres(testServerUrl) : await freshSqlite();
  const db = createDb(target.url);
  return {
    db,
    url: target.url,
    async cleanup() {
      await db.$disconnect();
      await target.drop();
    },
  };
}

// global-setup.ts provides a folder it removes after the run; elsewhere fall back to the OS's.
const testDbDir = inject("testDbDir") ?? tmpdir();

/** An empty SQLite file in its own temp folder, not migrated. */
export function emptySqlite(): { url: string; file: string; drop(): Promise<void> } {
  const dir = mkdtempSync(path.join(testDbDir, "db-"));
  const file = path.join(dir, "test.db");
  return { url: `file:${file}`, file, drop: async () => rmSync(dir, { recursive: true, force: true }) };
}

// Migrating costs ~150 ms a file (most of it the wasm engine); copying a migrated file costs ~1 ms.
// So each test process migrates one template and hands out copies.
let template: Promise<string> | undefined;

function migratedTemplate(): Promise<string> {
  template ??= (async () => {
    const { url, file } = emptySqlite();
    await migrateDatabase(url);
    return file;
  })();
  return template;
}

async function freshSqlite() {
  const source = await migratedTemplate();
  const target = emptySqlite();
  copyFileSync(source, target.file);
  return target;
}

async function freshPostgres(serverUrl: string) {
  const scratch = await createScratchDatabase(serverUrl, "upline_test");
  try {
    await migrateDatabase(scratch.url);
  } catch (error) {
    await scratch.drop();
    throw error;
  }
  return scratch;
}
