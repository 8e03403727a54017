// What real clients send besides the clean transports (no or wrong content-type, PHP array
// fields, repeated fields, query + body), malformed bodies, and the key rules: rate limits per
// key and IP, wrong-key attempts per IP, request_id idempotency, regenerate, last-used time.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { waitForDispatches } from "@/lib/orders/dispatch";
import { startSimulator, type SimulatorHandle } from "@/lib/providers/simulator";
import { issueApiKey } from "@/lib/reseller-api/api-keys";
import { createApiHandler } from "@/lib/reseller-api/handle-request";
import { createApiLimits } from "@/lib/reseller-api/limits";
import { callApi, makeApiUser, seedPanel, serveApi, type ApiServer } from "./support";

let sim: SimulatorHandle;
let server: ApiServer;
let panel: Awaited<ReturnType<typeof seedPanel>>;
let user: { id: number; key: string };

beforeAll(async () => {
  sim = await startSimulator({ clock: "manual" });
  panel = await seedPanel(sim);
  user = await makeApiUser(100_000_000n);
  server = await serveApi(
    createApiHandler({
      limits: createApiLimits(
        { addPerMin: 1000, readPerMin: 1000, ipPerMin: 10_000, badKeyPerMin: 1000 },
        "api-main",
      ),
    }),
  );
});

afterAll(async () => {
  await waitForDispatches();
  await server?.close();
  await sim?.close();
});

const post = async (body: string | undefined, headers: Record<string, string> = {}, query = "") => {
  const response = await fetch(`${server.url}${query}`, { method: "POST", body, headers });
  return {
    status: response.status,
    type: response.headers.get("content-type"),
    body: JSON.parse(await response.text()),
  };
};

describe("transport tolerance", () => {
  it("reads a form body sent without a content-type or as text/plain (Python, hand-made curl)", async () => {
    const form = `key=${user.key}&action=balance`;
    const bare = await fetch(server.url, { method: "POST", body: new TextEncoder().encode(form) });
    expect(bare.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await bare.json()).toEqual({ balance: "1000.00000", currency: "USD" });
    expect((await post(form, { "content-type": "text/plain" })).body).toEqual({
      balance: "1000.00000",
      currency: "USD",
    });
  });

  it("reads a JSON body sent as form or text content-type, with numbers and id arrays", async () => {
    const json = JSON.stringify({ key: user.key, action: "status", orders: [5, 6] });
    expect((await post(json, { "content-type": "application/x-www-form-urlencoded" })).body).toEqual({
      "5": { error: "Incorrect order ID" },
      "6": { error: "Incorrect order ID" },
    });
  });

  it("joins PHP array fields (orders[0]=..) and repeated fields (Python lists) into one id list", async () => {
    const php = await post(`key=${user.key}&action=status&orders%5B0%5D=7&orders%5B1%5D=8`, {
      "content-type": "application/x-www-form-urlencoded",
    });
    expect(Object.keys(php.body).sort()).toEqual(["7", "8"]);
    const repeated = await post(`key=${user.key}&action=refill_status&refills=3&refills=4`, {
      "content-type": "application/x-www-form-urlencoded",
    });
    expect(repeated.body).toEqual([
      { refill: "3", status: { error: "Refill not found" } },
      { refill: "4", status: { error: "Refill not found" } },
    ]);
  });

  it("takes the key from the query string and the rest from the body", async () => {
    const answer = await post(
      "action=balance",
      { "content-type": "application/x-www-form-urlencoded" },
      `?key=${user.key}`,
    );
    expect(answer.body).toEqual({ balance: "1000.00000", currency: "USD" });
  });

  it("answers malformed bodies with Incorrect request, as JSON with HTTP 200", async () => {
    const bad: Array<[string, Record<string, string>]> = [
      ["{not json", { "content-type": "application/json" }],
      ['["key", "action"]', { "content-type": "application/json" }],
      [
        JSON.stringify({ key: user.key, action: "balance", extra: { nested: true } }),
        { "content-type": "application/json" },
      ],
      [
        `key=${user.key}&action=balance&action=services`,
        { "content-type": "application/x-www-form-urlencoded" },
      ],
      ["--x\r\nbroken multipart", { "content-type": "multipart/form-data; boundary=x" }],
      [
        `key=${user.key}&action=balance&pad=${"a".repeat(300_000)}`,
        { "content-type": "application/x-www-form-urlencoded" },
      ],
    ];
    for (const [body, headers] of bad) {
      const answer = await post(body, headers);
      expect(answer.status).toBe(200);
      expect(answer.type).toMatch(/^application\/json/);
      expect(answer.body).toEqual({ error: "Incorrect request" });
    }
  });

  it("refuses a file upload in a multipart body", async () => {
    const form = new FormData();
    form.append("key", user.key);
    form.append("action", "balance");
    form.append("file", new Blob(["x"]), "x.txt");
    const response = await fetch(server.url, { method: "POST", body: form });
    expect(await response.json()).toEqual({ error: "Incorrect request" });
  });

  it("accepts the same value sent twice, and upper-case action names", async () => {
    expect((await callApi(server.url, "get", { key: user.key, action: "BALANCE" })).body).toEqual({
      balance: "1000.00000",
      currency: "USD",
    });
    const twice = await post(`key=${user.key}&key=${user.key}&action=balance`, {
      "content-type": "application/x-www-form-urlencoded",
    });
    expect(twice.body).toEqual({ balance: "1000.00000", currency: "USD" });
  });
});

describe("request_id", () => {
  it("returns the first order for a retried request_id and charges once; other ids place new orders", async () => {
    const service = panel.services.get(1)!;
    const params = {
      key: user.key,
      action: "add",
      service: service.id,
      link: "https://instagram.com/retry",
      quantity: 100,
      request_id: "retry-1",
    };
    const answers = await Promise.all([
      callApi(server.url, "form", params),
      callApi(server.url, "json", params),
      callApi(server.url, "get", params),
    ]);
    const ids = answers.map((a) => (a.body as { order: number }).order);
    expect(new Set(ids).size).toBe(1);
    const again = await callApi(server.url, "form", { ...params, request_id: "retry-2" });
    expect((again.body as { order: number }).order).not.toBe(ids[0]);
    expect(await db.order.count({ where: { userId: user.id, link: "https://instagram.com/retry" } })).toBe(2);
    const other = await makeApiUser(10_000_000n);
    const othersAnswer = await callApi(server.url, "form", { ...params, key: other.key });
    expect((othersAnswer.body as { order: number }).order).not.toBe(ids[0]);
  });
});

describe("keys", () => {
  it("regenerating a key stops the old one at once", async () => {
    const owner = await makeApiUser(0n);
    expect((await callApi(server.url, "get", { key: owner.key, action: "balance" })).body).toEqual({
      balance: "0.00000",
      currency: "USD",
    });
    const { key } = await issueApiKey(owner.id);
    expect((await callApi(server.url, "get", { key: owner.key, action: "balance" })).body).toEqual({
      error: "Invalid API key",
    });
    expect((await callApi(server.url, "get", { key, action: "balance" })).body).toEqual({
      balance: "0.00000",
      currency: "USD",
    });
  });

  it("records the last use, at most once a minute", async () => {
    const owner = await makeApiUser(0n);
    expect((await db.apiKey.findUniqueOrThrow({ where: { userId: owner.id } })).lastUsedAt).toBeNull();
    await callApi(server.url, "get", { key: owner.key, action: "balance" });
    const first = (await db.apiKey.findUniqueOrThrow({ where: { userId: owner.id } })).lastUsedAt;
    expect(first).toBeInstanceOf(Date);
    await callApi(server.url, "get", { key: owner.key, action: "services" });
    expect((await db.apiKey.findUniqueOrThrow({ where: { userId: owner.id } })).lastUsedAt).toEqual(first);
    // A regenerated key starts with no use, and its first use is recorded at once.
    const { key } = await issueApiKey(owner.id);
    expect((await db.apiKey.findUniqueOrThrow({ where: { userId: owner.id } })).lastUsedAt).toBeNull();
    await callApi(server.url, "get", { key, action: "balance" });
    expect((await db.apiKey.findUniqueOrThrow({ where: { userId: owner.id } })).lastUsedAt).toBeInstanceOf(
      Date,
    );
  });
});

describe("rate limits", () => {
  it("limits add and reads per key with HTTP 429 and the JSON error shape", async () => {
    const limited = await serveApi(
      createApiHandler({
        limits: createApiLimits(
          { addPerMin: 2, readPerMin: 3, ipPerMin: 1000, badKeyPerMin: 1000 },
          "api-keys",
        ),
      }),
    );
    try {
      const owner = await makeApiUser(0n);
      const add = {
        key: owner.key,
        action: "add",
        service: panel.services.get(1)!.id,
        link: "https://instagram.com/x",
        quantity: 100,
      };
      const adds = [];
      for (let i = 0; i < 3; i++) adds.push(await callApi(limited.url, "form", add));
      expect(adds.map((a) => [a.status, a.body])).toEqual([
        [200, { error: "Not enough funds on balance" }],
        [200, { error: "Not enough funds on balance" }],
        [429, { error: "Too many requests, please slow down" }],
      ]);
      const reads = [];
      for (let i = 0; i < 4; i++)
        reads.push(await callApi(limited.url, "get", { key: owner.key, action: "balance" }));
      expect(reads.map((r) => r.status)).toEqual([200, 200, 200, 429]);
      expect(reads[3].contentType).toMatch(/^application\/json/);
      // Another key is counted apart.
      const second = await makeApiUser(0n);
      expect((await callApi(limited.url, "get", { key: second.key, action: "balance" })).status).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it("limits all requests per IP, and blocks an IP after too many wrong keys, even with a right key", async () => {
    const limited = await serveApi(
      createApiHandler({
        limits: createApiLimits({ addPerMin: 100, readPerMin: 100, ipPerMin: 5, badKeyPerMin: 3 }, "api-ips"),
      }),
    );
    try {
      const wrong = { key: "upl_wrong", action: "balance" };
      const bad = [];
      for (let i = 0; i < 4; i++)
        bad.push(await callApi(limited.url, "form", wrong, { "x-forwarded-for": "203.0.113.9" }));
      expect(bad.map((a) => [a.status, a.body])).toEqual([
        [200, { error: "Invalid API key" }],
        [200, { error: "Invalid API key" }],
        [200, { error: "Invalid API key" }],
        [429, { error: "Too many requests with an invalid API key, try again later" }],
      ]);
      const blocked = await callApi(
        limited.url,
        "form",
        { key: user.key, action: "balance" },
        { "x-forwarded-for": "203.0.113.9" },
      );
      expect([blocked.status, blocked.body]).toEqual([
        429,
        { error: "Too many requests with an invalid API key, try again later" },
      ]);

      const statuses = [];
      for (let i = 0; i < 6; i++)
        statuses.push(
          (
            await callApi(
              limited.url,
              "get",
              { key: user.key, action: "balance" },
              { "x-forwarded-for": "198.51.100.7" },
            )
          ).status,
        );
      expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    } finally {
      await limited.close();
    }
  });

  it("counts a client that sends its own X-Forwarded-For by its socket address", async () => {
    // No proxy trusted: the header is the client's own claim.
    const limited = await serveApi(
      createApiHandler({
        limits: createApiLimits(
          { addPerMin: 100, readPerMin: 100, ipPerMin: 100, badKeyPerMin: 3 },
          "api-spoof",
        ),
      }),
      null,
    );
    try {
      const statuses = [];
      for (let i = 0; i < 5; i++) {
        const answer = await callApi(
          limited.url,
          "form",
          { key: "upl_wrong", action: "balance" },
          { "x-forwarded-for": `198.18.0.${i}` },
        );
        statuses.push(answer.status);
      }
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
    } finally {
      await limited.close();
    }
  });
});
