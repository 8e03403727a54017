// Reads and writes panel settings. Reads come from a per-process copy (lib/cache/versioned-cache.ts):
// a change is effective at once on the instance that saved it and within a second on the others.
// Reads inside a transaction go to the database.
import { bumpCacheVersion, createVersionedCache } from "../cache/versioned-cache";
import { db, type Tx } from "../db";
import { settingsFromRows, settingsSchema, type Settings } from "./schema";

async function readSettings(tx: Tx): Promise<Settings> {
  return settingsFromRows(await tx.setting.findMany({ select: { key: true, value: true } }));
}

const cached = createVersionedCache("settings", () => readSettings(db));

export async function getSettings(tx: Tx = db): Promise<Settings> {
  return tx === db ? cached.get() : readSettings(tx);
}

export async function updateSettings(changes: Partial<Settings>, tx: Tx = db): Promise<Settings> {
  const next = settingsSchema.parse({ ...(await readSettings(tx)), ...changes });
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    const json = JSON.stringify(next[key as keyof Settings]);
    await tx.setting.upsert({ where: { key }, create: { key, value: json }, update: { value: json } });
  }
  await bumpCacheVersion("settings", tx);
  return next;
}
