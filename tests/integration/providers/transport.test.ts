// The provider transport (lib/providers/http-exchange.ts, node's http client): compressed answers
// are read like plain ones and stay bounded after decoding; a call that never got a connection
// is safe to repeat, one that did is not.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync, brotliCompressSync } from "node:zlib";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createProviderClient } from "@/lib/providers";
import { describeThrown } from "@/lib/providers/http-exchange";

let server: Server;
let url = "";

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      const action = new URLSearchParams(body).get("action");
      if (action === "balance") {
        res.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip" });
        res.end(gzipSync(JSON.stringify({ balance: "12.34", currency: "USD" })));
      } else if (action === "status") {
        res.writeHead(200, { "content-type": "application/json", "content-encoding": "br" });
        res.end(
          brotliCompressSync(
            JSON.stringify({
              charge: "0.5",
              start_count: "10",
              status: "In progress",
              remains: "5",
              currency: "USD",
            }),
          ),
        );
      } else {
        // 8 MB of one byte compresses to a few KB: bounded after decoding, not before.
        res.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip" });
        res.end(gzipSync(Buffer.alloc(8 * 1024 * 1024, " ")));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v2`;
});

afterAll(
  () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
);

const client = () =>
  createProviderClient({
    url,
    access: () => ({ allowPrivate: true }),
    key: "transport-test-key",
    readTimeoutMs: 10_000,
    addTimeoutMs: 10_000,
  });

it("reads gzip and brotli answers as the provider meant them", async () => {
  expect(await client().balance()).toMatchObject({
    kind: "ok",
    value: { balance: 1_234_000n, currency: "USD" },
  });
  expect(await client().status(1)).toMatchObject({
    kind: "ok",
    value: { rawStatus: "In progress", remains: 5 },
  });
});

it("cuts a compressed answer that grows past the cap once decoded", async () => {
  expect(await client().add({ service: 1, link: "https://example.com/p/1", quantity: 100 })).toEqual({
    kind: "uncertain",
    reason: `answer too large (over ${64 * 1024} bytes)`,
  });
});

it("a timeout before any connection is temporary (nothing was sent); after it, uncertain", () => {
  const timeout = new Error("timed out");
  expect(describeThrown(timeout, { timedOut: true, connected: false, timeoutMs: 250 })).toEqual({
    kind: "temporary",
    reason: "could not connect in time",
  });
  expect(describeThrown(timeout, { timedOut: true, connected: true, timeoutMs: 250 })).toEqual({
    kind: "uncertain",
    reason: "no answer within 250 ms",
  });
  const hangUp = Object.assign(new Error("socket hang up"), { code: "ECONNRESET" });
  expect(describeThrown(hangUp, { timedOut: false, connected: true, timeoutMs: 250 })).toEqual({
    kind: "uncertain",
    reason: "connection closed before an answer",
  });
  const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:9"), { code: "ECONNREFUSED" });
  expect(describeThrown(refused, { timedOut: false, connected: false, timeoutMs: 250 })).toEqual({
    kind: "temporary",
    reason: "connection refused",
  });
});
