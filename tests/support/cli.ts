// The CLI as an owner runs it (`npm run cli -- ...`), in its own process, on the calling test
// file's database (its DATABASE_URL is in process.env).
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../..");

/** Exit code and output (stdout, then stderr) of `scripts/cli.ts ...args`. */
export async function runCli(...args: string[]): Promise<{ code: number; out: string }> {
  try {
    const { stdout } = await run(
      process.execPath,
      [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/cli.ts", ...args],
      { cwd: root, env: process.env },
    );
    return { code: 0, out: stdout };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, out: `${failed.stdout ?? ""}${failed.stderr ?? ""}` };
  }
}
