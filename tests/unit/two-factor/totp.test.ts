// TOTP rules: RFC 6238's SHA-1 test vectors (6-digit truncation), the one-step drift window,
// replay refusal by time step, and the shapes of secrets, URIs and typed codes.
import { describe, expect, it } from "vitest";
import { createTotpSecret, groupSecret, matchTotp, normalizeTotpCode, totpUri } from "@/lib/two-factor/totp";

// RFC 6238 appendix B: the ASCII secret "12345678901234567890", in base32.
const RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
const at = (seconds: number) => new Date(seconds * 1000);

describe("matchTotp", () => {
  it.each([
    [59, "287082"],
    [1111111109, "081804"],
    [1111111111, "050471"],
    [1234567890, "005924"],
    [2000000000, "279037"],
  ])("accepts the RFC 6238 code at T=%i and names its time step", async (seconds, code) => {
    expect(await matchTotp(RFC_SECRET, code, { now: at(seconds) })).toBe(Math.floor(seconds / 30));
  });

  it("allows one step of clock drift either way, not two", async () => {
    const step = Math.floor(1234567890 / 30);
    expect(await matchTotp(RFC_SECRET, "005924", { now: at(1234567890 + 30) })).toBe(step);
    expect(await matchTotp(RFC_SECRET, "005924", { now: at(1234567890 - 30) })).toBe(step);
    expect(await matchTotp(RFC_SECRET, "005924", { now: at(1234567890 + 60) })).toBeNull();
    expect(await matchTotp(RFC_SECRET, "005924", { now: at(1234567890 - 60) })).toBeNull();
  });

  it("refuses a code whose step is not after the last one accepted", async () => {
    const step = Math.floor(1234567890 / 30);
    expect(await matchTotp(RFC_SECRET, "005924", { now: at(1234567890), afterStep: step })).toBeNull();
    expect(await matchTotp(RFC_SECRET, "005924", { now: at(1234567890), afterStep: step + 1 })).toBeNull();
    expect(await matchTotp(RFC_SECRET, "005924", { now: at(1234567890), afterStep: step - 1 })).toBe(step);
  });

  it("refuses a wrong code and text that is not six digits, without throwing", async () => {
    const now = at(1234567890);
    expect(await matchTotp(RFC_SECRET, "005925", { now })).toBeNull();
    expect(await matchTotp(RFC_SECRET, "05924", { now })).toBeNull();
    expect(await matchTotp(RFC_SECRET, "abcdef", { now })).toBeNull();
    expect(await matchTotp(RFC_SECRET, "", { now })).toBeNull();
  });

  it("reads a code typed with the space apps show", async () => {
    expect(await matchTotp(RFC_SECRET, "005 924", { now: at(1234567890) })).toBe(Math.floor(1234567890 / 30));
  });
});

describe("secrets, URIs and typed codes", () => {
  it("makes a fresh 160-bit base32 secret each time", () => {
    const secret = createTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(createTotpSecret()).not.toBe(secret);
  });

  it("builds the otpauth URI authenticator apps read", () => {
    const uri = new URL(
      totpUri("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", { issuer: "Best Panel", account: "ann@example.com" }),
    );
    expect(uri.protocol).toBe("otpauth:");
    expect(uri.host).toBe("totp");
    expect(decodeURIComponent(uri.pathname)).toBe("/Best Panel:ann@example.com");
    expect(uri.searchParams.get("secret")).toBe("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
    expect(uri.searchParams.get("issuer")).toBe("Best Panel");
  });

  it("normalizes typed codes", () => {
    expect(normalizeTotpCode("123 456")).toBe("123456");
    expect(normalizeTotpCode(" 123456\n")).toBe("123456");
    expect(normalizeTotpCode("12345")).toBeNull();
    expect(normalizeTotpCode("1234567")).toBeNull();
    expect(normalizeTotpCode("abcde-fghij")).toBeNull();
  });

  it("groups the secret by four for typing by hand", () => {
    expect(groupSecret("ABCDEFGHIJKLMN")).toBe("ABCD EFGH IJKL MN");
    expect(groupSecret("ABCDEFGH")).toBe("ABCD EFGH");
  });
});
