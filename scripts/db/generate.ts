// `npm run db:generate` (and postinstall): generates the SQLite and PostgreSQL Prisma clients.
// `prisma generate` needs no schema engine, but the CLI downloads one unless
// PRISMA_SCHEMA_ENGINE_BINARY names an existing file (any will do: generate never runs it), and
// that download cannot succeed here.
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";

const prismaDir = path.dirname(createRequire(import.meta.url).resolve("prisma/package.json"));
const prismaCli = path.join(prismaDir, "build/index.js");

for (const provider of ["sqlite", "postgresql"]) {
  execFileSync(process.execPath, [prismaCli, "generate", "--schema", `prisma/${provider}/schema.prisma`], {
    cwd: path.resolve(import.meta.dirname, "../.."),
    stdio: "inherit",
    env: {
      ...process.env,
      PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? prismaCli,
    },
  });
}
