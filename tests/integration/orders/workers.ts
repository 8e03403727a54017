// Child processes running scripts/order-worker.ts on this test file's database.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../../..");

export type Worker = { child: ChildProcess; output: string[]; exited: Promise<number | null> };

export function startWorker(args: string[], env: Record<string, string> = {}): Worker {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", path.join(ROOT, "scripts/order-worker.ts"), ...args],
    {
      cwd: ROOT,
      env: { ...process.env, JOBS: "off", LOG_LEVEL: "error", ...env },
      stdio: ["pipe", "pipe", "pipe"],
    },
  );
  const output: string[] = [];
  let partial = "";
  child.stdout!.on("data", (chunk: Buffer) => {
    const lines = (partial + chunk.toString()).split("\n");
    partial = lines.pop() ?? "";
    output.push(...lines);
  });
  child.stderr!.on("data", (chunk: Buffer) => process.stderr.write(chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output, exited };
}

export async function waitFor(
  check: () => boolean | Promise<boolean>,
  timeoutMs: number,
  what: string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
