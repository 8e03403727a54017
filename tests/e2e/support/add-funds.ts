// Credits a customer of the e2e server through the ops CLI (`npm run cli -- add-funds`), on the
// server's own database: what a panel owner does from a shell.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { E2E } from "./environment";

const root = path.resolve(import.meta.dirname, "../../..");

export async function addFunds(email: string, amount: string): Promise<void> {
  await promisify(execFile)(path.join(root, "node_modules/.bin/tsx"), ["scripts/cli.ts", "add-funds", "--email", email, "--amount", amount, "--note", "e2e deposit"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: E2E.databaseUrl, DATA_DIR: E2E.dataDir, LOG_LEVEL: "warn" },
  });
}
