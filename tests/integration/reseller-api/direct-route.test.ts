// scripts/serve.ts answers /api/v2 itself once Next's server has shared the route's handler
// (lib/reseller-api/direct-route.ts), and leaves every other request to Next. This runs the same
// front server shape on a real port: what it takes, what it leaves, and what it answers with.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { parseTrustProxy, stampClientIp } from "@/lib/http/client-ip";
import { serveApiDirectly, shareApiHandler } from "@/lib/reseller-api/direct-route";
import { answerWebRequest, createApiHandler } from "@/lib/reseller-api/handle-request";
import { createApiLimits } from "@/lib/reseller-api/limits";
import { makeApiUser } from "./support";

let server: Server;
let origin: string;
let user: { id: number; key: string };
const handler = createApiHandler({
  limits: createApiLimits(
    { addPerMin: 1000, readPerMin: 1000, ipPerMin: 10_000, badKeyPerMin: 1000 },
    "api-direct",
  ),
});

beforeAll(async () => {
  user = await makeApiUser(12_345_000n);
  const trust = parseTrustProxy("");
  // What scripts/serve.ts does, with "next" standing in for Next's request handler.
  server = createServer((req, res) => {
    stampClientIp(req, trust);
    if (!serveApiDirectly(req, res, { https: false })) res.writeHead(299, { "x-served-by": "next" }).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(() => shareApiHandler(undefined));

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const balanceForm = () => new URLSearchParams({ key: user.key, action: "balance" });

describe("the front server's /api/v2", () => {
  it("leaves /api/v2 to Next until the handler is shared", async () => {
    const response = await fetch(`${origin}/api/v2`, { method: "POST", body: balanceForm() });
    expect(response.status).toBe(299);
    expect(response.headers.get("x-served-by")).toBe("next");
  });

  it("answers GET and POST on /api/v2 itself once shared, with the same JSON as the handler", async () => {
    shareApiHandler(handler);
    const post = await fetch(`${origin}/api/v2`, { method: "POST", body: balanceForm() });
    expect(post.status).toBe(200);
    expect(post.headers.get("x-served-by")).toBeNull();
    expect(await post.json()).toEqual({ balance: "123.45000", currency: "USD" });

    const get = await fetch(`${origin}/api/v2?${balanceForm()}`);
    expect(await get.json()).toEqual({ balance: "123.45000", currency: "USD" });

    const direct = await answerWebRequest(
      handler,
      new Request("http://localhost/api/v2", { method: "POST", body: balanceForm() }),
    );
    expect(await direct.json()).toEqual({ balance: "123.45000", currency: "USD" });
  });

  it("answers /api/v2/ with a trailing slash (where WooCommerce connectors post) like /api/v2, GET and POST", async () => {
    shareApiHandler(handler);
    const post = await fetch(`${origin}/api/v2/`, {
      method: "POST",
      body: balanceForm(),
      redirect: "manual",
    });
    expect({ status: post.status, servedBy: post.headers.get("x-served-by") }).toEqual({
      status: 200,
      servedBy: null,
    });
    expect(await post.json()).toEqual({ balance: "123.45000", currency: "USD" });
    const get = await fetch(`${origin}/api/v2/?${balanceForm()}`, { redirect: "manual" });
    expect({ status: get.status, servedBy: get.headers.get("x-served-by") }).toEqual({
      status: 200,
      servedBy: null,
    });
    expect(await get.json()).toEqual({ balance: "123.45000", currency: "USD" });
  });

  it("leaves other paths and methods to Next", async () => {
    shareApiHandler(handler);
    for (const [path, method] of [
      ["/api/v2/x", "POST"],
      ["/api/v2x", "POST"],
      ["/api/v1", "POST"],
      ["/login", "GET"],
      ["/api/v2", "PUT"],
      ["/api/v2", "OPTIONS"],
      ["/api/v2", "DELETE"],
    ] as const) {
      const response = await fetch(`${origin}${path}`, {
        method,
        body: method === "PUT" || method === "DELETE" ? balanceForm() : undefined,
      });
      expect({ path, method, servedBy: response.headers.get("x-served-by") }).toEqual({
        path,
        method,
        servedBy: "next",
      });
    }
  });

  it("carries the security headers and the request id, like everything Next serves", async () => {
    shareApiHandler(handler);
    const response = await fetch(`${origin}/api/v2`, {
      method: "POST",
      body: balanceForm(),
      headers: { "x-request-id": "reseller-abc-1" },
    });
    expect(response.headers.get("content-security-policy")).toMatch(
      /script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/,
    );
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("strict-transport-security")).toBeNull();
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("x-request-id")).toBe("reseller-abc-1");
  });

  it("compresses a large answer for a client that accepts gzip, and leaves a small one as it is", async () => {
    shareApiHandler(handler);
    const ids = Array.from({ length: 100 }, (_, i) => 900_000 + i).join(",");
    const large = await fetch(`${origin}/api/v2`, {
      method: "POST",
      body: new URLSearchParams({ key: user.key, action: "status", orders: ids }),
    });
    expect(large.headers.get("content-encoding")).toBe("gzip");
    expect(Object.keys(await large.json())).toHaveLength(100);

    const plain = await fetch(`${origin}/api/v2`, {
      method: "POST",
      body: new URLSearchParams({ key: user.key, action: "status", orders: ids }),
      headers: { "accept-encoding": "identity" },
    });
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(Number(plain.headers.get("content-length"))).toBe((await plain.arrayBuffer()).byteLength);

    const small = await fetch(`${origin}/api/v2`, { method: "POST", body: balanceForm() });
    expect(small.headers.get("content-encoding")).toBeNull();
  });

  it("answers a body over the size limit with the API's error, not a dropped connection", async () => {
    shareApiHandler(handler);
    const big = `key=${user.key}&action=balance&pad=${"x".repeat(300 * 1024)}`;
    const response = await fetch(`${origin}/api/v2`, {
      method: "POST",
      body: big,
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(await response.json()).toEqual({ error: "Incorrect request" });
  });
});
