// Encrypts provider API keys at rest with AES-256-GCM under a key derived from the app secret.
// Stored text: v1.<iv>.<tag>.<ciphertext>, each part base64url. The version lets us rotate later.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

const VERSION = "v1";
const IV_BYTES = 12;
const TAG_BYTES = 16;
// Fixed HKDF salt and info: the secret is already high-entropy; they only separate this use.
const HKDF_SALT = "upline/secret-box";
const HKDF_INFO = "provider-api-key/v1";

export class SecretBoxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SecretBoxError";
  }
}

// The last derivation, kept: every order sent decrypts its provider's key.
let derived: { appSecret: string; key: Buffer } | undefined;

function deriveKey(appSecret: string): Buffer {
  if (!appSecret) throw new SecretBoxError("app secret is empty");
  if (derived?.appSecret !== appSecret)
    derived = { appSecret, key: Buffer.from(hkdfSync("sha256", appSecret, HKDF_SALT, HKDF_INFO, 32)) };
  return derived.key;
}

export function encryptSecret(plain: string, appSecret: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", deriveKey(appSecret), iv);
  const ciphertext = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [VERSION, iv, tag, ciphertext]
    .map((part) => (typeof part === "string" ? part : part.toString("base64url")))
    .join(".");
}

/** Throws SecretBoxError when the text is not ours, was altered, or the secret differs. */
export function decryptSecret(stored: string, appSecret: string): string {
  const parts = stored.split(".");
  if (parts.length !== 4 || parts[0] !== VERSION) {
    throw new SecretBoxError("provider key is not in the expected encrypted format");
  }
  const [, ivText, tagText, dataText] = parts;
  const iv = Buffer.from(ivText, "base64url");
  const tag = Buffer.from(tagText, "base64url");
  if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) {
    throw new SecretBoxError("provider key is not in the expected encrypted format");
  }
  try {
    const decipher = createDecipheriv("aes-256-gcm", deriveKey(appSecret), iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(Buffer.from(dataText, "base64url")), decipher.final()]).toString(
      "utf8",
    );
  } catch {
    // GCM cannot tell a wrong secret from tampering; the secret is by far the likelier cause.
    throw new SecretBoxError("provider key cannot be decrypted: APP_SECRET changed?");
  }
}

/** For display: "set, ends in …ab12" (at most 4 characters shown), or "set" for short keys. */
export function maskKey(key: string | null | undefined): string {
  if (!key) return "not set";
  // Show the tail only when it is at most a quarter of the key, so short keys stay hidden.
  const shown = Math.min(4, Math.floor(key.length / 4));
  return shown > 0 ? `set, ends in …${key.slice(-shown)}` : "set";
}
