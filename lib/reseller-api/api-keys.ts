// Reseller API keys: "upl_" + 40 random characters, shown once. Only a SHA-256 hash is stored;
// lookup is by hash and the match is re-checked in constant time.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { db, UserStatus, type Tx } from "../db";

export const API_KEY_PREFIX = "upl_";

export function hashApiKey(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

/** Creates or replaces the user's key; the old key stops working in the same write. */
export async function issueApiKey(userId: number, tx: Tx = db): Promise<{ key: string; prefix: string }> {
  const key = API_KEY_PREFIX + randomBytes(30).toString("base64url");
  const prefix = key.slice(0, API_KEY_PREFIX.length + 6);
  const hash = hashApiKey(key);
  await tx.apiKey.upsert({
    where: { userId },
    create: { userId, prefix, hash },
    update: { prefix, hash, lastUsedAt: null, createdAt: new Date() },
  });
  return { key, prefix };
}

export async function revokeApiKey(userId: number, tx: Tx = db): Promise<void> {
  await tx.apiKey.deleteMany({ where: { userId } });
}

/** The active user owning this key, or null (unknown key, suspended user, API access off). */
export async function findApiUser(key: string, tx: Tx = db) {
  if (!key.startsWith(API_KEY_PREFIX) || key.length > 200) return null;
  const hash = hashApiKey(key);
  const row = await tx.apiKey.findUnique({ where: { hash }, include: { user: true } });
  if (!row || !timingSafeEqual(Buffer.from(row.hash), Buffer.from(hash))) return null;
  if (row.user.status !== UserStatus.ACTIVE || !row.user.apiAccess) return null;
  return { apiKeyId: row.id, user: row.user };
}
