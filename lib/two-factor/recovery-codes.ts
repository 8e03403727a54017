// Recovery codes: ten random codes shown once at enrolment, each good for one sign-in in place
// of a TOTP code. Only a keyed hash is stored (HMAC-SHA-256 under a key derived from the app
// secret), so a copy of the database alone does not allow guessing them offline.
import { createHmac, hkdfSync, randomInt } from "node:crypto";

export const RECOVERY_CODE_COUNT = 10;
// Crockford's base32 in lower case: no i, l, o or u, so a code read aloud or copied by hand
// survives. 10 characters = 50 bits.
const ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
const LENGTH = 10;

function createRecoveryCode(): string {
  let code = "";
  for (let i = 0; i < LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** `count` distinct codes like "7kq2m-x9d4a". */
export function createRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  const codes = new Set<string>();
  while (codes.size < count) codes.add(createRecoveryCode());
  return [...codes];
}

/** The code's canonical form (no dash or spaces, lower case, i/l read as 1 and o as 0), or null. */
export function normalizeRecoveryCode(input: string): string | null {
  const text = input
    .toLowerCase()
    .replace(/[\s-]+/g, "")
    .replace(/[il]/g, "1")
    .replace(/o/g, "0");
  if (text.length !== LENGTH) return null;
  for (const char of text) if (!ALPHABET.includes(char)) return null;
  return text;
}

function hashKey(appSecret: string): Buffer {
  if (!appSecret) throw new Error("app secret is empty");
  return Buffer.from(hkdfSync("sha256", appSecret, "upline/recovery-code", "recovery-code/v1", 32));
}

/** The stored form of a code; null when the text cannot be a recovery code. */
export function hashRecoveryCode(input: string, appSecret: string): string | null {
  const code = normalizeRecoveryCode(input);
  return code === null ? null : createHmac("sha256", hashKey(appSecret)).update(code).digest("hex");
}
