// One migrated template per test run, made by global-setup.ts before any test file starts:
// a SQLite file that each file copies, or a PostgreSQL database each file clones with
// CREATE DATABASE ... TEMPLATE. Migrating costs the wasm engine's start plus every migration
// (about 0.3 s on SQLite and 1-2 s on PostgreSQL a database); a copy costs milliseconds.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { migrateDatabase } from "@/lib/db/migrate";

/** Where the run's template lives: a SQLite file, or a database on the TEST_DATABASE_URL server. */
export type TemplateDatabase = { sqliteFile: string } | { postgresDatabase: string };

export async function onServer(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Migrates a template for the run; the returned function removes it. */
export async function createTemplate(
  dir: string,
  serverUrl: string | undefined,
): Promise<{ template: TemplateDatabase; drop(): Promise<void> }> {
  if (!serverUrl) {
    const folder = mkdtempSync(path.join(dir, "template-"));
    const file = path.join(folder, "template.db");
    await migrateDatabase(`file:${file}`);
    return {
      template: { sqliteFile: file },
      drop: async () => rmSync(folder, { recursive: true, force: true }),
    };
  }
  const name = `upline_template_${randomBytes(6).toString("hex")}`;
  await onServer(serverUrl, `CREATE DATABASE "${name}"`);
  const drop = async () => {
    await onServer(serverUrl, `ALTER DATABASE "${name}" WITH IS_TEMPLATE false`);
    await onServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  };
  try {
    await migrateDatabase(databaseUrl(serverUrl, name));
    // CREATE DATABASE ... TEMPLATE refuses a source anyone is connected to: once migrated, nobody
    // may connect to the template again, and a connection the engine left open is closed.
    await onServer(serverUrl, `ALTER DATABASE "${name}" WITH IS_TEMPLATE true ALLOW_CONNECTIONS false`);
    await onServer(
      serverUrl,
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${name}' AND pid <> pg_backend_pid()`,
    );
  } catch (error) {
    await drop();
    throw error;
  }
  return { template: { postgresDatabase: name }, drop };
}
