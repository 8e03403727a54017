// Client IPs: the socket address unless a trusted proxy vouches for another, never a header
// that the client itself sent.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  clientIp,
  parseTrustProxy,
  resolveClientIp,
  stampClientIp,
  type ProxyTrust,
} from "@/lib/http/client-ip";

describe("clientIp", () => {
  it("ignores X-Forwarded-For and X-Real-IP that no server of ours stamped", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "203.0.113.9" }))).not.toBe("203.0.113.9");
    expect(clientIp({ "x-real-ip": "198.51.100.2" })).not.toBe("198.51.100.2");
  });
});

describe("resolveClientIp", () => {
  it("takes the socket address when no proxy is trusted, whatever the headers say", () => {
    expect(resolveClientIp("198.51.100.7", "203.0.113.9", null)).toBe("198.51.100.7");
    expect(resolveClientIp("::ffff:198.51.100.7", undefined, null)).toBe("198.51.100.7");
  });

  it("walks X-Forwarded-For from the right through trusted proxies only", () => {
    const trust = parseTrustProxy("10.0.0.0/8, 127.0.0.1");
    // The client forged the left entry; nginx at 10.0.0.2 appended the address it saw.
    expect(resolveClientIp("10.0.0.2", "6.6.6.6, 198.51.100.7", trust)).toBe("198.51.100.7");
    expect(resolveClientIp("10.0.0.2", "6.6.6.6, 198.51.100.7, 10.0.0.9", trust)).toBe("198.51.100.7");
    // A peer outside the list is the client, even when it sends the header.
    expect(resolveClientIp("198.51.100.8", "6.6.6.6", trust)).toBe("198.51.100.8");
  });

  it("with a hop count, believes exactly that many proxies", () => {
    const one = parseTrustProxy("1");
    expect(resolveClientIp("127.0.0.1", "6.6.6.6, 198.51.100.7", one)).toBe("198.51.100.7");
    expect(resolveClientIp("127.0.0.1", undefined, one)).toBe("127.0.0.1");
    expect(resolveClientIp("10.0.0.3", "198.51.100.7, 10.0.0.2", parseTrustProxy("2"))).toBe("198.51.100.7");
  });

  it("refuses a TRUST_PROXY entry it cannot read", () => {
    expect(() => parseTrustProxy("nginx")).toThrow(/not an IP address/);
    expect(() => parseTrustProxy("10.0.0.0/40")).toThrow(/not an IP address/);
    expect(parseTrustProxy("")).toBeNull();
    expect(parseTrustProxy("0")).toBeNull();
  });
});

describe("stampClientIp on a real server", () => {
  let server: Server;
  let trust: ProxyTrust = null;
  let url = "";

  beforeAll(async () => {
    server = createServer((req, res) => {
      req.headers["x-upline-client-ip"] = "client-chosen"; // overwritten below, as a forged header would be
      stampClientIp(req, trust);
      res.end(clientIp(req.headers));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("gives the app the socket address, not a forged header", async () => {
    trust = null;
    const answer = await fetch(url, {
      headers: { "x-forwarded-for": "6.6.6.6", "x-upline-client-ip": "6.6.6.6" },
    });
    expect(await answer.text()).toBe("127.0.0.1");
  });

  it("gives the app the forwarded address when the peer is a trusted proxy", async () => {
    trust = parseTrustProxy("127.0.0.1");
    const answer = await fetch(url, { headers: { "x-forwarded-for": "6.6.6.6, 198.51.100.7" } });
    expect(await answer.text()).toBe("198.51.100.7");
  });
});
