import { describe, expect, it } from "vitest";
import { createNonce, securityHeaders } from "@/lib/http/security-headers";

describe("securityHeaders", () => {
  it("allows scripts only with the response's nonce and forbids framing", () => {
    const headers = securityHeaders({ nonce: "abc123", https: false, dev: false });
    expect(headers["content-security-policy"]).toContain(
      "script-src 'self' 'nonce-abc123' 'strict-dynamic';",
    );
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"]).not.toContain("unsafe-eval");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["strict-transport-security"]).toBeUndefined();
    expect(headers["content-security-policy"]).not.toContain("upgrade-insecure-requests");
  });

  it("adds HSTS and upgrades only over https", () => {
    const headers = securityHeaders({ nonce: "n", https: true, dev: false });
    expect(headers["strict-transport-security"]).toMatch(/^max-age=\d{8}/);
    expect(headers["content-security-policy"]).toContain("upgrade-insecure-requests");
  });

  it("makes a different nonce every time", () => {
    expect(createNonce()).not.toBe(createNonce());
    expect(createNonce()).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
