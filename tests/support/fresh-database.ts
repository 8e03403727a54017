// A fresh, migrated, empty database: a SQLite file in a temp folder by default, or a new
// database on the PostgreSQL server named by TEST_DATABASE_URL (CI runs the suite both ways).
// Imports nothing that reads the app's environment, so a setup file can use it before
// DATABASE_URL is set (tests/support/integration-setup.ts).
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { inject } from "vitest";
import { migrateDatabase } from "@/lib/db/migrate";
import { createScratchDatabase } from "@/scripts/db/scratch-postgres";

export type FreshDatabase = { url: string; drop(): Promise<void> };

/** The PostgreSQL server integration tests run against, when CI gives one. */
export const testServerUrl = process.env.TEST_DATABASE_URL || undefined;

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

async function freshSqlite(): Promise<FreshDatabase> {
  const source = await migratedTemplate();
  const target = emptySqlite();
  copyFileSync(source, target.file);
  return target;
}

async function freshPostgres(serverUrl: string): Promise<FreshDatabase> {
  const scratch = await createScratchDatabase(serverUrl, "upline_test");
  try {
    await migrateDatabase(scratch.url);
  } catch (error) {
    await scratch.drop();
    throw error;
  }
  return scratch;
}

export function freshDatabase(): Promise<FreshDatabase> {
  return testServerUrl ? freshPostgres(testServerUrl) : freshSqlite();
}
