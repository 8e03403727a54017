// Runs before each integration test file: a fresh migrated database becomes DATABASE_URL
// before any app module reads the environment, so the domain code's `db` (lib/db) is this
// file's own database. Dropped after the file.
import { afterAll } from "vitest";
import { freshDatabase } from "./fresh-database";

const database = await freshDatabase();
process.env.DATABASE_URL = database.url;
process.env.APP_SECRET = "integration-tests-secret-0123456789abcdef";
process.env.LOG_LEVEL ??= "error";
process.env.JOBS = "off";
process.env.PASSWORD_HASH_COST = "4";
delete (globalThis as { uplineDb?: unknown }).uplineDb;

afterAll(async () => {
  const { db } = await import("@/lib/db");
  await db.$disconnect();
  delete (globalThis as { uplineDb?: unknown }).uplineDb;
  await database.drop();
});
