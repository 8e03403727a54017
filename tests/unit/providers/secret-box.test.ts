import { describe, expect, it } from "vitest";
import { decryptSecret, encryptSecret, maskKey, SecretBoxError } from "@/lib/crypto/secret-box";

const SECRET = "a-test-app-secret-that-is-long-enough-0123456789";
const KEY = "9f8e7d6c5b4a39281706f5e4d3c2b1a0";

describe("secret box", () => {
  it("round-trips and never stores the plain key", () => {
    const stored = encryptSecret(KEY, SECRET);
    expect(stored).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(stored).not.toContain(KEY);
    expect(decryptSecret(stored, SECRET)).toBe(KEY);
  });

  it("uses a fresh IV each time", () => {
    expect(encryptSecret(KEY, SECRET)).not.toBe(encryptSecret(KEY, SECRET));
  });

  it("fails clearly with a wrong secret", () => {
    const stored = encryptSecret(KEY, SECRET);
    expect(() => decryptSecret(stored, `${SECRET}-rotated`)).toThrow(SecretBoxError);
    expect(() => decryptSecret(stored, `${SECRET}-rotated`)).toThrow(
      "provider key cannot be decrypted: APP_SECRET changed?",
    );
  });

  it("fails on tampering with ciphertext, tag or IV", () => {
    const stored = encryptSecret(KEY, SECRET);
    const [version, iv, tag, data] = stored.split(".");
    const flip = (text: string) => {
      const bytes = Buffer.from(text, "base64url");
      bytes[0] ^= 1;
      return bytes.toString("base64url");
    };
    for (const altered of [
      [version, iv, tag, flip(data)],
      [version, iv, flip(tag), data],
      [version, flip(iv), tag, data],
    ]) {
      expect(() => decryptSecret(altered.join("."), SECRET)).toThrow(SecretBoxError);
    }
    expect(() => decryptSecret(`v2.${iv}.${tag}.${data}`, SECRET)).toThrow("expected encrypted format");
    expect(() => decryptSecret(KEY, SECRET)).toThrow(SecretBoxError);
  });

  it("masks keys showing at most 4 characters", () => {
    expect(maskKey(KEY)).toBe("set, ends in …b1a0");
    expect(maskKey("abc")).toBe("set");
    expect(maskKey("")).toBe("not set");
    expect(maskKey(null)).toBe("not set");
  });
});
