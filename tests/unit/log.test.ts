// Secrets never reach a log line, whatever a caller passes: fields named like secrets are
// replaced and reseller keys are masked inside any text. Lines are JSON with the request id.
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger, logTo, withRequestId } from "@/lib/log";

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split("\n").filter(Boolean));
      done();
    },
  });
  return { log: logTo(createLogger(stream)), lines };
}

const KEY = "upl_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcd";
const SECRETS = [
  KEY,
  "hunter2-password",
  "provider-key-123456",
  "sk_live_abcdef",
  "tok-987654321",
  "$2b$12$hashhashhash",
  "sess-cookie-value",
];

describe("log", () => {
  it("never writes a password, key, token, hash or cookie, at any depth or inside text", () => {
    const { log, lines } = capture();
    log.error(`request failed for ${KEY}`, {
      password: "hunter2-password",
      apiKey: "provider-key-123456",
      provider: { name: "Up", api_key: "provider-key-123456", secret: "sk_live_abcdef" },
      headers: { authorization: `Bearer tok-987654321`, cookie: "sess-cookie-value" },
      user: { passwordHash: "$2b$12$hashhashhash", token: "tok-987654321" },
      params: [{ key: KEY }],
      error: new Error(`provider said: bad key ${KEY}`),
      note: `retry with ${KEY} later`,
    });
    log.warn("login", { email: "a@b.dev", password: "hunter2-password" });
    expect(lines).toHaveLength(2);
    for (const secret of SECRETS) expect(lines.join("\n")).not.toContain(secret);
    const first = JSON.parse(lines[0]);
    expect(first).toMatchObject({
      level: "error",
      msg: "request failed for upl_***",
      password: "[redacted]",
      note: "retry with upl_*** later",
    });
    expect(first.provider).toEqual({ name: "Up", api_key: "[redacted]", secret: "[redacted]" });
    expect(first.error.message).toBe("provider said: bad key upl_***");
    expect(JSON.parse(lines[1]).email).toBe("a@b.dev");
  });

  it("writes JSON lines with level, time, bigints as text, and the request id inside withRequestId", async () => {
    const { log, lines } = capture();
    await withRequestId("req-42", async () => {
      await Promise.resolve();
      log.info("order placed", { orderId: 7, charge: 12_345n });
    });
    log.info("outside");
    const [inside, outside] = lines.map((l) => JSON.parse(l));
    expect(inside).toMatchObject({
      level: "info",
      msg: "order placed",
      orderId: 7,
      charge: "12345",
      requestId: "req-42",
    });
    expect(typeof inside.time).toBe("string");
    expect(outside.requestId).toBeUndefined();
  });

  it("replaces a request id that is not a plain token", () => {
    const { log, lines } = capture();
    withRequestId("bad id\nwith newline", () => log.info("x"));
    expect(JSON.parse(lines[0]).requestId).toMatch(/^[0-9a-f-]{36}$/);
  });
});
