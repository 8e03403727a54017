// Online backups of the embedded SQLite database with SQLite's backup API (consistent while the
// panel keeps writing), and restoring one, which is refused while the panel runs. PostgreSQL
// deployments use pg_dump / pg_restore (README, "Running in production").
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { isSqliteUrl } from "../db/engine.mjs";
import { dataDir } from "../env.mjs";
import { AppError } from "../errors";

/** npm start writes its pid here while the panel runs; restore refuses while that process lives. */
export const PANEL_PID_FILE = "upline.pid";

export function sqliteFileOf(url: string): string {
  if (!isSqliteUrl(url)) {
    throw new AppError(
      "backup and restore cover the SQLite database; for PostgreSQL use pg_dump and pg_restore (see the README)",
      "unsupported",
    );
  }
  return path.resolve(url.slice("file:".length));
}

/** The pid of a running panel using this data folder, or null. */
export function runningPanelPid(folder = dataDir): number | null {
  const file = path.join(folder, PANEL_PID_FILE);
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, "utf8").trim());
  if (!Number.isSafeInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0); // signal 0: only asks whether the process exists
    return pid;
  } catch {
    return null; // a stale file from a crashed start
  }
}

function checkIntact(file: string): void {
  const copy = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const [check] = copy.pragma("integrity_check") as { integrity_check: string }[];
    const migrated = copy
      .prepare(`SELECT COUNT(*) AS n FROM sqlite_master WHERE name = '_prisma_migrations'`)
      .get() as { n: number };
    if (check?.integrity_check !== "ok" || migrated.n !== 1)
      throw new AppError(`${file} is not an intact Upline database`, "invalid_backup");
  } finally {
    copy.close();
  }
}

function timestamp(now: Date): string {
  return now
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z");
}

/** Copies the live database to `to` (default: DATA_DIR/backups/upline-<UTC time>.db) and checks the copy. */
export async function backupDatabase(
  url: string,
  to?: string,
  now = new Date(),
): Promise<{ file: string; bytes: number }> {
  const source = sqliteFileOf(url);
  const target = path.resolve(to ?? path.join(dataDir, "backups", `upline-${timestamp(now)}.db`));
  if (existsSync(target)) throw new AppError(`${target} already exists; choose another --to`, "exists");
  mkdirSync(path.dirname(target), { recursive: true });
  const live = new Database(source, { fileMustExist: true, timeout: 10_000 });
  try {
    // All remaining pages in one step: the copy is one snapshot, never restarted by the panel's writes.
    await live.backup(target, { progress: () => Number.MAX_SAFE_INTEGER });
  } finally {
    live.close();
  }
  checkIntact(target);
  return { file: target, bytes: statSync(target).size };
}

/** Puts a backup in place of the database. The panel must be stopped (its pid file is checked). */
export async function restoreDatabase(
  url: string,
  from: string,
  folder = dataDir,
): Promise<{ file: string }> {
  const target = sqliteFileOf(url);
  const pid = runningPanelPid(folder);
  if (pid !== null)
    throw new AppError(`the panel is running (pid ${pid}); stop it before restoring`, "panel_running");
  const backup = path.resolve(from);
  checkIntact(backup);
  // The old database's write-ahead log must not be replayed onto the restored file.
  for (const suffix of ["-wal", "-shm"]) rmSync(`${target}${suffix}`, { force: true });
  const source = new Database(backup, { readonly: true, fileMustExist: true });
  try {
    await source.backup(target, { progress: () => Number.MAX_SAFE_INTEGER });
  } finally {
    source.close();
  }
  checkIntact(target);
  return { file: target };
}
