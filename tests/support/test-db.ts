// A second, separate test database with its own client, for tests that need more than the
// file's own database (tests/support/integration-setup.ts gives every file one as `db`).
import { createDb, type Db } from "@/lib/db";
import { freshDatabase } from "./fresh-database";

export { emptySqlite, testServerUrl } from "./fresh-database";

export type TestDb = { db: Db; url: string; cleanup(): Promise<void> };

export async function createTestDb(): Promise<TestDb> {
  const target = await freshDatabase();
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
