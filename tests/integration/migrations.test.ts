// Applying every migration to an empty database must yield exactly the schema file, on SQLite
// always and on PostgreSQL when TEST_DATABASE_URL names a server; a second run applies nothing.
import { describe, expect, it } from "vitest";
import { createDb } from "@/lib/db";
import { migrateDatabase, readMigrations, schemaDrift } from "@/lib/db/migrate";
import { rawObjects } from "@/lib/db/raw-objects";
import type { Provider } from "@/lib/db/schema-engine";
import { createScratchDatabase } from "@/scripts/db/scratch-postgres";
import { createTestDb, emptySqlite, testServerUrl } from "../support/test-db";

/** Names of the tables, indexes and triggers in the database at `url`. */
async function objectNames(url: string, provider: Provider): Promise<Set<string>> {
  const client = createDb(url);
  try {
    const rows = await client.$queryRawUnsafe<{ name: string }[]>(
      provider === "sqlite"
        ? "SELECT name FROM sqlite_master"
        : "SELECT tablename AS name FROM pg_tables UNION SELECT indexname FROM pg_indexes UNION SELECT tgname FROM pg_trigger",
    );
    return new Set(rows.map((row) => row.name));
  } finally {
    await client.$disconnect();
  }
}

function emptyDatabase(provider: Provider) {
  return provider === "sqlite" || !testServerUrl
    ? emptySqlite()
    : createScratchDatabase(testServerUrl, "upline_test");
}

const providers: Provider[] = testServerUrl ? ["sqlite", "postgresql"] : ["sqlite"];

describe.each(providers)("migrations on %s", (provider) => {
  it("apply in order and leave no drift from the schema file, then apply nothing", async () => {
    const database = await emptyDatabase(provider);
    try {
      const names = readMigrations(provider).migrationDirectories.map((m) => m.path);
      expect(names.length).toBeGreaterThan(0);

      expect((await migrateDatabase(database.url)).applied).toEqual(names);
      expect(await schemaDrift(database.url)).toBe("");
      expect((await migrateDatabase(database.url)).applied).toEqual([]);
      // The raw objects outlive every migration (one that rebuilds "Order" on SQLite must create
      // its triggers again), and the drift check above left them alone.
      const { tables, indexes, triggers } = rawObjects[provider];
      const present = await objectNames(database.url, provider);
      expect([...tables, ...indexes, ...triggers].filter((name) => !present.has(name))).toEqual([]);
    } finally {
      await database.drop();
    }
  });
});

describe("createTestDb", () => {
  it("gives an empty database at the schema file's shape that the client can use", async () => {
    const { db, url, cleanup } = await createTestDb();
    try {
      expect(url).toMatch(testServerUrl ? /^postgresql:\/\// : /^file:/);
      expect(await schemaDrift(url)).toBe("");
      expect(await db.user.count()).toBe(0);
      const user = await db.user.create({ data: { email: "a@example.com", passwordHash: "x", balance: 5n } });
      expect(user.balance).toBe(5n);
    } finally {
      await cleanup();
    }
  });

  it("gives each caller its own database", async () => {
    const [a, b] = await Promise.all([createTestDb(), createTestDb()]);
    try {
      expect(a.url).not.toBe(b.url);
      await a.db.user.create({ data: { email: "a@example.com", passwordHash: "x" } });
      expect(await b.db.user.count()).toBe(0);
    } finally {
      await Promise.all([a.cleanup(), b.cleanup()]);
    }
  });
});
