// NEXTAUTH_URL in production: the panel's public https URL, or localhost; never a plain-http
// domain (cookies without Secure), and required behind a reverse proxy.
import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env.mjs";

const production = { NODE_ENV: "production" };

describe("NEXTAUTH_URL in production", () => {
  it("refuses a plain-http public URL, naming the variable", () => {
    expect(() => parseEnv({ ...production, NEXTAUTH_URL: "http://panel.example.com" })).toThrow(
      /NEXTAUTH_URL: must be the panel's public https:\/\/ URL/,
    );
  });

  it("requires it behind a reverse proxy", () => {
    expect(() => parseEnv({ ...production, TRUST_PROXY: "1" })).toThrow(
      /NEXTAUTH_URL: required behind a reverse proxy/,
    );
  });

  it("accepts https, localhost (npm start, e2e) and no URL without a proxy", () => {
    expect(parseEnv({ ...production, NEXTAUTH_URL: "https://panel.example.com" }).NEXTAUTH_URL).toBe(
      "https://panel.example.com",
    );
    expect(parseEnv({ ...production, NEXTAUTH_URL: "http://localhost:3210" }).NEXTAUTH_URL).toBe(
      "http://localhost:3210",
    );
    expect(parseEnv({ ...production, NEXTAUTH_URL: "http://127.0.0.1:3000" }).NODE_ENV).toBe("production");
    expect(parseEnv({ ...production }).NEXTAUTH_URL).toBeUndefined();
  });

  it("leaves development alone", () => {
    expect(parseEnv({ NEXTAUTH_URL: "http://192.168.1.5:3000" }).NEXTAUTH_URL).toBe(
      "http://192.168.1.5:3000",
    );
  });

  it("refuses a TRUST_PROXY entry that is not an address, a range or a hop count", () => {
    expect(() => parseEnv({ TRUST_PROXY: "nginx" })).toThrow(/TRUST_PROXY/);
    expect(parseEnv({ TRUST_PROXY: "10.0.0.0/8,127.0.0.1" }).TRUST_PROXY).toBe("10.0.0.0/8,127.0.0.1");
  });
});
