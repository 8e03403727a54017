// `npm run db:migrate`: applies pending migrations to DATABASE_URL and says what it applied.
import { env } from "../../lib/env.mjs";
import { migrateDatabase } from "../../lib/db/migrate";

try {
  const { applied } = await migrateDatabase(env.DATABASE_URL);
  if (applied.length === 0) console.log("Database is up to date: no pending migrations.");
  for (const name of applied) console.log(`applied ${name}`);
  // Exit rather than wait: the wasm engine leaves a 10 s timer behind after talking to PostgreSQL.
  process.exit(0);
} catch (error) {
  console.error(
    `db:migrate failed: ${(error instanceof Error ? error.message : String(error)).split("\n")[0]}`,
  );
  process.exit(1);
}
