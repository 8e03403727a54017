// One-time tokens sent by mail (password reset, email verification): random, stored only as a
// SHA-256 hash, single use (a guarded write sets usedAt once) and short-lived.
import { createHash, randomBytes } from "node:crypto";
import { db, type Tx } from "../db";

export type TokenPurpose = "password_reset" | "verify_email";

export const TOKEN_TTL_MS: Record<TokenPurpose, number> = {
  password_reset: 30 * 60_000,
  verify_email: 24 * 3600_000,
};

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** A new token for the user; earlier unused ones of the same purpose stop working. */
export async function issueToken(
  userId: number,
  purpose: TokenPurpose,
  tx: Tx = db,
  now = new Date(),
): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await tx.userToken.updateMany({ where: { userId, purpose, usedAt: null }, data: { usedAt: now } });
  await tx.userToken.create({
    data: {
      userId,
      purpose,
      hash: hashToken(token),
      expiresAt: new Date(now.getTime() + TOKEN_TTL_MS[purpose]),
    },
  });
  return token;
}

/** Uses the token up; its user's id, or null when it is unknown, used or expired. */
export async function consumeToken(
  token: string,
  purpose: TokenPurpose,
  tx: Tx = db,
  now = new Date(),
): Promise<number | null> {
  if (typeof token !== "string" || token.length < 20 || token.length > 200) return null;
  const hash = hashToken(token);
  const used = await tx.userToken.updateMany({
    where: { hash, purpose, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  if (used.count !== 1) return null;
  return (await tx.userToken.findUniqueOrThrow({ where: { hash }, select: { userId: true } })).userId;
}

/** Whether a token would still be accepted (the reset page checks before showing its form). */
export async function isTokenValid(token: string, purpose: TokenPurpose, now = new Date()): Promise<boolean> {
  if (typeof token !== "string" || token.length < 20 || token.length > 200) return false;
  return (
    (await db.userToken.count({
      where: { hash: hashToken(token), purpose, usedAt: null, expiresAt: { gt: now } },
    })) === 1
  );
}
