// Recovery codes: ten distinct random codes, forgiving input (case, dashes, spaces, look-alike
// letters) and a keyed hash that depends on the app secret.
import { describe, expect, it } from "vitest";
import {
  createRecoveryCodes,
  hashRecoveryCode,
  normalizeRecoveryCode,
  RECOVERY_CODE_COUNT,
} from "@/lib/two-factor/recovery-codes";

const SECRET = "a-test-app-secret-that-is-long-enough-0123456789";
const CODE_SHAPE = /^[0-9a-hjkmnp-tv-z]{5}-[0-9a-hjkmnp-tv-z]{5}$/;

describe("recovery codes", () => {
  it("makes ten distinct codes of 10 characters from Crockford's alphabet", () => {
    const codes = createRecoveryCodes();
    expect(codes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(new Set(codes).size).toBe(RECOVERY_CODE_COUNT);
    for (const code of codes) expect(code).toMatch(CODE_SHAPE);
    expect(createRecoveryCodes()).not.toEqual(codes);
  });

  it("reads a code typed in upper case, without its dash, with spaces or look-alike letters", () => {
    expect(normalizeRecoveryCode("7kq2m-x9d4a")).toBe("7kq2mx9d4a");
    expect(normalizeRecoveryCode("7KQ2M-X9D4A")).toBe("7kq2mx9d4a");
    expect(normalizeRecoveryCode(" 7kq2m x9d4a ")).toBe("7kq2mx9d4a");
    expect(normalizeRecoveryCode("0o1il-23456")).toBe("00111" + "23456");
  });

  it("refuses text that cannot be a code", () => {
    expect(normalizeRecoveryCode("")).toBeNull();
    expect(normalizeRecoveryCode("123456")).toBeNull();
    expect(normalizeRecoveryCode("7kq2m-x9d4a-1")).toBeNull();
    expect(normalizeRecoveryCode("uuuuu-uuuuu")).toBeNull(); // u is not in the alphabet
    expect(normalizeRecoveryCode("7kq2m_x9d4a")).toBeNull();
  });

  it("hashes every spelling of a code alike, under a key from the app secret", () => {
    const hash = hashRecoveryCode("7kq2m-x9d4a", SECRET);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hashRecoveryCode("7KQ2M X9D4A", SECRET)).toBe(hash);
    expect(hashRecoveryCode("7kq2m-x9d4b", SECRET)).not.toBe(hash);
    expect(hashRecoveryCode("7kq2m-x9d4a", `${SECRET}-other`)).not.toBe(hash);
    expect(hashRecoveryCode("not a code", SECRET)).toBeNull();
  });
});
