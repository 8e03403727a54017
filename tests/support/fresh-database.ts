// A fresh, migrated, empty database: a SQLite file in a temp folder by default, or a new
// database on the PostgreSQL server named by TEST_DATABASE_URL (CI runs the suite both ways).
// Both are copies of the run's migrated template (global-setup.ts). Imports nothing that reads
// the app's environment, so a setup file can use it before DATABASE_URL is set
// (tests/support/integration-setup.ts).
import { randomBytes } from "node:crypto";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { inject } from "vitest";
import { migrateDatabase } from "@/lib/db/migrate";
import { databaseUrl, onServer, type TemplateDatabase } from "./template-database";

export type FreshDatabase = { url: string; drop(): Promise<void> };

/** The PostgreSQL server integration tests run against, when CI gives one. */
export const testServerUrl = process.env.TEST_DATABASE_URL || undefined;

// global-setup.ts provides a folder it removes after the run; elsewhere fall back to the OS's.
const testDbDir = inject("testDbDir") ?? tmpdir();
const runTemplate: TemplateDatabase | undefined = inject("testDbTemplate");

/** An empty SQLite file in its own temp folder, not migrated. */
export function emptySqlite(): { url: string; file: string; drop(): Promise<void> } {
  const dir = mkdtempSync(path.join(testDbDir, "db-"));
  const file = path.join(dir, "test.db");
  return { url: `file:${file}`, file, drop: async () => rmSync(dir, { recursive: true, force: true }) };
}

// Without global-setup's template (a file run outside the integration project), the process
// migrates one of its own and hands out copies.
let ownTemplate: Promise<string> | undefined;

function sqliteTemplate(): Promise<string> {
  if (runTemplate && "sqliteFile" in runTemplate) return Promise.resolve(runTemplate.sqliteFile);
  ownTemplate ??= (async () => {
    const { url, file } = emptySqlite();
    await migrateDatabase(url);
    return file;
  })();
  return ownTemplate;
}

async function freshSqlite(): Promise<FreshDatabase> {
  const source = await sqliteTemplate();
  const target = emptySqlite();
  copyFileSync(source, target.file);
  return target;
}

async function freshPostgres(serverUrl: string): Promise<FreshDatabase> {
  const name = `upline_test_${randomBytes(6).toString("hex")}`;
  const template =
    runTemplate && "postgresDatabase" in runTemplate ? runTemplate.postgresDatabase : undefined;
  // FILE_COPY copies the template's files (PostgreSQL 15's default, WAL_LOG, writes them through
  // the log): about twice as fast on a test cluster that runs with fsync off.
  await onServer(
    serverUrl,
    template
      ? `CREATE DATABASE "${name}" TEMPLATE "${template}" STRATEGY FILE_COPY`
      : `CREATE DATABASE "${name}"`,
  );
  // FORCE: a test that forgot to disconnect must not leave databases behind.
  const drop = () => onServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  const url = databaseUrl(serverUrl, name);
  if (!template) {
    try {
      await migrateDatabase(url);
    } catch (error) {
      await drop();
      throw error;
    }
  }
  return { url, drop };
}

export function freshDatabase(): Promise<FreshDatabase> {
  return testServerUrl ? freshPostgres(testServerUrl) : freshSqlite();
}
