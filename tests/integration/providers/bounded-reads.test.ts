// A hostile provider that answers with an endless body: the client reads at most its cap
// (10 MB for services, 64 KB for the rest), drops the connection and classes the answer as
// unreadable, so the server's memory stays flat.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createProviderClient } from "@/lib/providers";

let server: Server;
let url = "";
const sent = new Map<string, number>();

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      const action = new URLSearchParams(body).get("action") ?? "";
      const declared = action === "balance";
      res.writeHead(200, {
        "content-type": "application/json",
        ...(declared ? { "content-length": String(2 ** 40) } : {}),
      });
      const chunk = Buffer.alloc(64 * 1024, "[");
      let written = 0;
      let open = true;
      res.on("close", () => {
        open = false;
        sent.set(action, written);
      });
      // Writes as fast as the client reads, without end (up to 2 GB), until the client hangs up.
      const pump = () => {
        while (open && written < 2 ** 31) {
          written += chunk.length;
          if (!res.write(chunk)) return void res.once("drain", pump);
        }
      };
      pump();
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
    key: "hostile-test-key",
    readTimeoutMs: 60_000,
  });

it("stops reading a services answer past 10 MB and classes it as unreadable", async () => {
  const before = process.memoryUsage().rss;
  const result = await client().services();
  expect(result).toEqual({ kind: "uncertain", reason: `answer too large (over ${10 * 1024 * 1024} bytes)` });
  await expect.poll(() => sent.get("services")).toBeDefined();
  // The provider could write its 2 GB only if we kept reading.
  expect(sent.get("services")!).toBeLessThan(64 * 1024 * 1024);
  expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
});

it("stops reading other answers past 64 KB", async () => {
  const result = await client().status(1);
  expect(result).toEqual({ kind: "uncertain", reason: `answer too large (over ${64 * 1024} bytes)` });
  await expect.poll(() => sent.get("status")).toBeDefined();
  expect(sent.get("status")!).toBeLessThan(16 * 1024 * 1024);
});

it("refuses a declared length past the cap before reading", async () => {
  const result = await client().balance();
  expect(result).toEqual({ kind: "uncertain", reason: `answer too large (over ${64 * 1024} bytes)` });
});
