// Reads and writes panel settings. Reads are per request (a handful of rows), so a change is
// effective at once on every instance.
import { db, type Tx } from "../db";
import { settingsSchema, type Settings } from "./schema";

export async function getSettings(tx: Tx = db): Promise<Settings> {
  const rows = await tx.setting.findMany();
  const raw: Record<string, unknown> = {};
  for (const row of rows) {
    try {
      raw[row.key] = JSON.parse(row.value);
    } catch {
      // A hand-edited row that is not JSON falls back to the default.
    }
  }
  const parsed = settingsSchema.safeParse(raw);
  return parsed.success ? parsed.data : settingsSchema.parse({});
}

export async function updateSettings(changes: Partial<Settings>, tx: Tx = db): Promise<Settings> {
  const next = settingsSchema.parse({ ...(await getSettings(tx)), ...changes });
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    const json = JSON.stringify(next[key as keyof Settings]);
    await tx.setting.upsert({ where: { key }, create: { key, value: json }, update: { value: json } });
  }
  return next;
}
