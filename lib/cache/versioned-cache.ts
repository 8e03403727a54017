// A per-process copy of data that changes rarely (settings, the catalog), kept in step across
// instances by a version row: a change bumps the row in its own transaction, and each process
// re-reads the row at most once a second, reloading its copy when the number moved. So a change
// is seen at once by the instance that made it and within about a second by every other one.
import { db, type Tx } from "../db";

export const VERSION_CHECK_MS = 1000;

export type VersionedCache<T> = {
  /** The cached value, checked against its version row when the last check is a second old. */
  get(): Promise<T>;
  /** Forget the copy in this process (its next get reads the database). */
  invalidate(): void;
};

async function readVersion(name: string): Promise<number> {
  const row = await db.cacheVersion.findUnique({ where: { name } });
  return row?.version ?? 0;
}

const caches = new Map<string, VersionedCache<unknown>>();

export function createVersionedCache<T>(
  name: string,
  load: () => Promise<T>,
  now = () => Date.now(),
): VersionedCache<T> {
  let copy: { value: T; version: number } | undefined;
  let checkedAt = -Infinity;
  let refreshing: Promise<T> | undefined;

  const refresh = async (): Promise<T> => {
    const started = now();
    // Version first, then data: a change landing in between makes the next check reload again.
    const version = await readVersion(name);
    if (!copy || copy.version !== version) copy = { value: await load(), version };
    checkedAt = started;
    return copy.value;
  };

  const cache: VersionedCache<T> = {
    async get() {
      if (copy && now() - checkedAt < VERSION_CHECK_MS) return copy.value;
      refreshing ??= refresh().finally(() => (refreshing = undefined));
      return refreshing;
    },
    invalidate() {
      copy = undefined;
      checkedAt = -Infinity;
    },
  };
  caches.set(name, cache as VersionedCache<unknown>);
  return cache;
}

/**
 * Marks the named data changed, inside the writer's transaction: this process forgets its copy
 * now, other instances notice the new version within a second.
 */
export async function bumpCacheVersion(name: string, tx: Tx = db): Promise<void> {
  await tx.cacheVersion.upsert({
    where: { name },
    create: { name, version: 1 },
    update: { version: { increment: 1 } },
  });
  caches.get(name)?.invalidate();
}
