// Reseller API keys: "upl_" + 40 random characters, shown once. Only a SHA-256 hash is stored;
// lookup is by hash and the match is re-checked in constant time.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { db, UserStatus, type Tx } from "../db";
import { directRead } from "../db/direct-read";
import { directStatement } from "../db/statement";
import { AppError } from "../errors";

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

const KEY_USER = directStatement(
  "api-key-user",
  `SELECT k.id AS "apiKeyId", k.hash, u.id AS "userId", u.balance, u.status, u."apiAccess" FROM "ApiKey" k JOIN "User" u ON u.id = k."userId" WHERE k.hash = $1`,
);

/**
 * The active user owning this key, or null (unknown key, suspended user, API access off). One
 * read per request (lib/db/direct-read.ts), never cached: a suspended user or a replaced key
 * stops at the next request, and the balance is the database's.
 */
export async function findApiUser(key: string) {
  if (!key.startsWith(API_KEY_PREFIX) || key.length > 200) return null;
  const hash = hashApiKey(key);
  const [row] = await directRead(KEY_USER, [hash]);
  if (!row || !timingSafeEqual(Buffer.from(String(row.hash)), Buffer.from(hash))) return null;
  // SQLite answers booleans as 0/1, PostgreSQL as true/false.
  if (row.status !== UserStatus.ACTIVE || !Number(row.apiAccess)) return null;
  return {
    apiKeyId: Number(row.apiKeyId),
    keyHash: hash,
    user: { id: Number(row.userId), balance: BigInt(row.balance as bigint) },
  };
}

const TOUCH_EVERY_MS = 60_000;
/** Key hash -> last time this process recorded its use (by hash: a regenerated key starts afresh). */
const lastTouched = new Map<string, number>();

/**
 * Records that a key was used, at most once a minute per key: a memory check in this process,
 * and a conditional update so several instances don't write it more often either.
 */
export async function touchApiKey(
  key: { apiKeyId: number; keyHash: string },
  now = new Date(),
  tx: Tx = db,
): Promise<void> {
  const last = lastTouched.get(key.keyHash);
  if (last !== undefined && now.getTime() - last < TOUCH_EVERY_MS) return;
  if (lastTouched.size > 100_000) lastTouched.clear();
  lastTouched.set(key.keyHash, now.getTime());
  const before = new Date(now.getTime() - TOUCH_EVERY_MS);
  await tx.apiKey.updateMany({
    where: {
      id: key.apiKeyId,
      hash: key.keyHash,
      OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: before } }],
    },
    data: { lastUsedAt: now },
  });
}

/** What the API page shows about the user's key (never the key itself). */
export async function getApiKeyInfo(userId: number, tx: Tx = db) {
  const [key, user] = await Promise.all([
    tx.apiKey.findUnique({ where: { userId }, select: { prefix: true, createdAt: true, lastUsedAt: true } }),
    tx.user.findUniqueOrThrow({ where: { id: userId }, select: { apiAccess: true } }),
  ]);
  return { key, apiAccess: user.apiAccess };
}

/** The customer's "generate / regenerate" button: refused while an admin has API access off. */
export async function regenerateApiKey(
  userId: number,
  tx: Tx = db,
): Promise<{ key: string; prefix: string }> {
  const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { apiAccess: true } });
  if (!user.apiAccess)
    throw new AppError(
      "API access is turned off for your account. Please contact support.",
      "api_access_off",
    );
  return issueApiKey(userId, tx);
}
