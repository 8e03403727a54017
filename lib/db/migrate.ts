// Applies prisma/<provider>/migrations to a database with the wasm schema engine, keeping the
// standard _prisma_migrations table so `prisma migrate deploy` elsewhere sees the same history.
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { fileURLToPath } from "node:url";
import type { DiffTarget, MigrationList, SchemaFilter } from "@prisma/schema-engine-wasm/schema_engine_bg";
import { rawObjects } from "./raw-objects";
import { providerOf, withSchemaEngine, type Provider, type SchemaEngine } from "./schema-engine";

const prismaDir = fileURLToPath(new URL("../../prisma", import.meta.url));

export function migrationsDir(provider: Provider): string {
  return path.join(prismaDir, provider, "migrations");
}

export function schemaTarget(provider: Provider): Extract<DiffTarget, { tag: "schemaDatamodel" }> {
  const file = path.join(prismaDir, provider, "schema.prisma");
  return { tag: "schemaDatamodel", files: [{ path: file, content: readFileSync(file, "utf8") }] };
}

/** The migration folders of one provider, read the way the Prisma CLI hands them to the engine. */
export function readMigrations(provider: Provider): MigrationList {
  const baseDir = migrationsDir(provider);
  const lockPath = path.join(baseDir, "migration_lock.toml");
  const names = existsSync(baseDir)
    ? readdirSync(baseDir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  return {
    baseDir,
    lockfile: { path: lockPath, content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: names.map((name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok", value: readFileSync(path.join(baseDir, name, "migration.sql"), "utf8") },
      },
    })),
  };
}

/** Applies every pending migration to `url`; returns the names it applied (none when up to date). */
export async function migrateDatabase(url: string): Promise<{ applied: string[] }> {
  const provider = providerOf(url);
  if (provider === "sqlite") createPrivateSqliteFile(path.resolve(url.slice("file:".length)));
  const applied = await withSchemaEngine(url, (engine) => applyAll(engine, provider));
  if (provider === "sqlite") enableWriteAheadLog(url);
  return { applied };
}

/**
 * The SQLite file holds password hashes and encrypted keys: its folder is created 0700 and the
 * file 0600 (its -wal and -shm files inherit the file's mode), and a file left 0644 by an older
 * version is tightened. SQLite itself creates the file but not its folder.
 */
function createPrivateSqliteFile(file: string) {
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  if (!existsSync(file)) closeSync(openSync(file, "a", 0o600));
  chmodSync(file, 0o600);
}

/**
 * SQLite in write-ahead-log mode: readers never wait for the writer and several processes share
 * the file well. The mode is stored in the file, so setting it once here covers every connection.
 */
function enableWriteAheadLog(url: string) {
  const file = new Database(path.resolve(url.slice("file:".length)));
  try {
    file.pragma("journal_mode = WAL");
  } finally {
    file.close();
  }
}

/** SQL that would bring the database at `url` to the schema file; "" when they match. */
export async function schemaDrift(url: string): Promise<string> {
  return withSchemaEngine(url, (engine) => diffToSchema(engine, providerOf(url)));
}

/**
 * Migrates the empty scratch database at `url` and returns the SQL its schema file still wants:
 * the body of the next migration, "" when there is none. `file::memory:` works for SQLite.
 */
export async function unmigratedSchemaSql(url: string): Promise<string> {
  const provider = providerOf(url);
  return withSchemaEngine(url, async (engine) => {
    await applyAll(engine, provider);
    return diffToSchema(engine, provider);
  });
}

/** The raw-SQL objects (lib/db/raw-objects.ts) are external to the schema: diffs never drop them. */
function filterOf(provider: Provider): SchemaFilter {
  return { externalTables: rawObjects[provider].tables, externalEnums: [] };
}

async function applyAll(engine: SchemaEngine, provider: Provider): Promise<string[]> {
  const out = await engine.applyMigrations({
    migrationsList: readMigrations(provider),
    filters: filterOf(provider),
  });
  return out.appliedMigrationNames;
}

// We never diff from the `migrations` target: its shadow-database replay breaks with both adapters
// (SQLite sends whole scripts through executeRaw, which better-sqlite3 rejects; adapter-pg's
// shadow pool keeps the URL's database name and replays on the main database). Diffing a real,
// migrated database against the schema file needs no shadow at all.
async function diffToSchema(engine: SchemaEngine, provider: Provider): Promise<string> {
  const to = schemaTarget(provider);
  const from: DiffTarget = { tag: "schemaDatasource", files: to.files, configDir: prismaDir };
  const out = await engine.diff({ from, to, script: true, exitCode: null, filters: filterOf(provider) });
  let sql = (out.stdout ?? "").trim();
  // The schema filter covers tables only: the engine wants to drop the raw indexes, which it
  // cannot describe. Exactly those steps are taken out of its script.
  for (const name of rawObjects[provider].indexes)
    sql = sql.replace(`-- DropIndex\nDROP INDEX "${name}";`, "").trim();
  // The engine spells an empty diff as a comment.
  return sql === "-- This is an empty migration." ? "" : sql;
}
