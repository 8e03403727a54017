// The API v2 client against the simulator over real HTTP: every action, the dialects providers
// speak, and every outcome class under injected faults.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  createProviderClient,
  SERVICE_TYPES,
  type AddOrderFields,
  type ExchangeEvent,
  type ProviderResult,
} from "@/lib/providers";
import {
  startSimulator,
  type FaultName,
  type FaultOptions,
  type SimulatorHandle,
} from "@/lib/providers/simulator";

const TIMINGS = { pendingMs: 1_000, runMs: 10_000, cancelMs: 500, refillMs: 2_000 };
const LINK = "https://www.instagram.com/p/Cx1a2b3c4d/";

let sim: SimulatorHandle;
const events: ExchangeEvent[] = [];
const reasons: string[] = [];

function clientFor(
  url = sim.url,
  key = sim.key,
  timeouts: { addTimeoutMs?: number; readTimeoutMs?: number } = {},
) {
  return createProviderClient({
    url,
    key,
    ...timeouts,
    access: () => ({ allowPrivate: true }),
    onExchange: (event) => events.push(event),
  });
}

/** Records every failure reason, so the last test can check none carries the key. */
function seen<T>(result: ProviderResult<T>): ProviderResult<T> {
  if (result.kind !== "ok") reasons.push(result.reason);
  return result;
}

function value<T>(result: ProviderResult<T>): T {
  if (result.kind !== "ok") throw new Error(`expected ok, got ${result.kind}: ${result.reason}`);
  return result.value;
}

async function placeOrder(fields: Partial<AddOrderFields> = {}): Promise<string> {
  return value(await clientFor().add({ service: 1, link: LINK, quantity: 100, ...fields })).orderId;
}

beforeAll(async () => {
  sim = await startSimulator({
    seed: 7,
    clock: "manual",
    timings: TIMINGS,
    partialShare: 0,
    refillRejectShare: 0,
  });
});

afterAll(async () => {
  await sim.close();
});

beforeEach(() => {
  sim.clearFaults();
  sim.setDialect("standard");
  sim.setBalance(100_000_000n);
});

describe("actions", () => {
  it("lists services of every type, with exact rates and flags", async () => {
    const list = value(await clientFor().services());
    expect(list.invalid).toEqual([]);
    expect(new Set(list.services.map((s) => s.type))).toEqual(new Set(SERVICE_TYPES));
    const followers = list.services.find((s) => s.id === "1");
    expect(followers).toMatchObject({
      type: "Default",
      rate: 90_000n,
      min: 50,
      max: 10000,
      refill: true,
      cancel: true,
      dripfeed: true,
    });
    expect(list.services.find((s) => s.id === "3")?.rate).toBe(120n); // "0.0012"
  });

  it("reads the balance", async () => {
    sim.setBalance(10_084_292n);
    expect(value(await clientFor().balance())).toEqual({ balance: 10_084_292n, currency: "USD" });
  });

  it("adds an order, reporting the provider's new balance", async () => {
    const before = sim.stats().acceptedAdds;
    const added = value(await clientFor().add({ service: 1, link: LINK, quantity: 1000 }));
    expect(added.newBalance).toBe(sim.balance());
    expect(sim.balance()).toBe(100_000_000n - 90_000n);
    expect(sim.order(added.orderId)).toMatchObject({
      service: 1,
      quantity: 1000,
      charge: 90_000n,
      status: "Pending",
    });
    expect(sim.stats().acceptedAdds).toBe(before + 1);
  });

  const fieldsByType: Array<[string, AddOrderFields, Record<string, string>]> = [
    [
      "Default with drip-feed",
      { service: 2, link: LINK, quantity: 100, runs: 5, interval: 30 },
      { runs: "5", interval: "30" },
    ],
    ["Package", { service: 5, link: LINK }, {}],
    [
      "Custom Comments",
      { service: 6, link: LINK, comments: Array.from({ length: 12 }, (_, i) => `nice ${i}`).join("\n") },
      {},
    ],
    [
      "Custom Comments Package",
      { service: 7, link: LINK, comments: "great\nlove it" },
      { comments: "great\nlove it" },
    ],
    [
      "Mentions with Hashtags",
      { service: 8, link: LINK, quantity: 100, usernames: "alice\nbob", hashtags: "#a\n#b" },
      { hashtags: "#a\n#b" },
    ],
    [
      "Mentions Custom List",
      { service: 9, link: LINK, usernames: Array.from({ length: 10 }, (_, i) => `user${i}`).join("\n") },
      {},
    ],
    [
      "Mentions Hashtag",
      { service: 10, link: LINK, quantity: 100, hashtag: "#sunset" },
      { hashtag: "#sunset" },
    ],
    [
      "Mentions User Followers",
      { service: 11, link: LINK, quantity: 100, username: "natgeo" },
      { username: "natgeo" },
    ],
    [
      "Mentions Media Likers",
      { service: 12, link: LINK, quantity: 100, media: "https://www.instagram.com/p/xyz/" },
      { media: "https://www.instagram.com/p/xyz/" },
    ],
    [
      "Comment Likes",
      { service: 13, link: LINK, quantity: 20, username: "commenter" },
      { username: "commenter" },
    ],
    [
      "Comment Replies",
      { service: 14, link: LINK, username: "commenter", comments: "a\nb\nc\nd\ne" },
      { username: "commenter" },
    ],
    [
      "Poll",
      { service: 15, link: "https://twitter.com/x/status/1", quantity: 100, answer_number: 2 },
      { answer_number: "2" },
    ],
    [
      "SEO",
      { service: 16, link: "https://example.com", quantity: 500, keywords: "best shoes\ncheap shoes" },
      { keywords: "best shoes\ncheap shoes" },
    ],
    [
      "Subscriptions",
      {
        service: 17,
        username: "natgeo",
        min: 100,
        max: 200,
        posts: 3,
        old_posts: 1,
        delay: 30,
        expiry: "31/12/2027",
      },
      { min: "100", max: "200", posts: "3", old_posts: "1", delay: "30", expiry: "31/12/2027" },
    ],
  ];

  it.each(fieldsByType)("adds a %s order with its fields", async (_type, fields, expectedFields) => {
    const { orderId } = value(await clientFor().add(fields));
    expect(sim.order(orderId)?.fields).toMatchObject({ service: String(fields.service), ...expectedFields });
  });

  it.each([
    [{ service: 1, link: "not a link", quantity: 100 }, "Bad link"],
    [{ service: 999, link: LINK, quantity: 100 }, "Incorrect service ID"],
    [{ service: 1, link: LINK, quantity: 10 }, "Quantity less than minimal 50"],
    [{ service: 1, link: LINK, quantity: 20_000 }, "Quantity more than maximum 10000"],
    [{ service: 6, link: LINK, comments: "only one" }, "Quantity less than minimal 10"],
    [
      { service: 3, link: LINK, quantity: 1000, runs: 3, interval: 10 },
      "Drip-feed is not available for this service",
    ],
  ] as Array<[AddOrderFields, string]>)("rejects %j: %s", async (fields, reason) => {
    const before = sim.stats().acceptedAdds;
    expect(seen(await clientFor().add(fields))).toEqual({ kind: "rejected", reason });
    expect(sim.stats().acceptedAdds).toBe(before);
  });

  it("reports the provider's own balance running out as temporary", async () => {
    sim.setBalance(0n);
    expect(seen(await clientFor().add({ service: 1, link: LINK, quantity: 100 }))).toEqual({
      kind: "temporary",
      reason: "Not enough funds on balance",
    });
  });

  it("follows an order from Pending through In progress to Completed", async () => {
    const client = clientFor();
    const id = await placeOrder({ quantity: 1000 });
    expect(value(await client.status(id))).toMatchObject({
      status: "PENDING",
      rawStatus: "Pending",
      remains: 1000,
      charge: 90_000n,
    });
    sim.advance(TIMINGS.pendingMs + TIMINGS.runMs / 2);
    const midway = value(await client.status(id));
    expect(midway.status).toBe("IN_PROGRESS");
    expect(midway.remains).toBeLessThan(1000);
    expect(midway.startCount).toBeGreaterThan(0);
    sim.advance(TIMINGS.runMs);
    expect(value(await client.status(id))).toMatchObject({
      status: "COMPLETED",
      remains: 0,
      charge: 90_000n,
      currency: "USD",
    });
  });

  it("rejects the status of an unknown order", async () => {
    expect(seen(await clientFor().status(424242))).toEqual({
      kind: "rejected",
      reason: "Incorrect order ID",
    });
  });

  it("checks 250 ids in exactly 3 calls and merges per-id answers", async () => {
    const real = [await placeOrder(), await placeOrder()];
    const ids = [...real, ...Array.from({ length: 248 }, (_, i) => 900_000 + i)];
    const requestsBefore = sim.stats().requestsByAction.status ?? 0;
    const eventsBefore = events.length;
    const results = await clientFor().statusMany(ids);
    expect(sim.stats().requestsByAction.status - requestsBefore).toBe(3);
    expect(events.slice(eventsBefore).map((e) => [e.action, e.outcome])).toEqual([
      ["status", "ok"],
      ["status", "ok"],
      ["status", "ok"],
    ]);
    expect(results.size).toBe(250);
    expect(results.get(real[0])).toMatchObject({ kind: "ok", value: { status: "PENDING" } });
    expect(results.get("900000")).toEqual({ kind: "rejected", reason: "Incorrect order ID" });
    expect([...results.values()].filter((r) => r.kind === "rejected")).toHaveLength(248);
  });

  it("refills a completed order and follows the refill", async () => {
    const client = clientFor();
    const id = await placeOrder();
    expect(seen(await client.refill(id))).toMatchObject({ kind: "rejected" }); // not completed yet
    sim.advance(TIMINGS.pendingMs + TIMINGS.runMs);
    const refillId = value(await client.refill(id));
    expect(value(await client.refillStatus(refillId))).toBe("PENDING");
    sim.advance(TIMINGS.refillMs);
    expect(value(await client.refillStatus(refillId))).toBe("COMPLETED");

    const many = await client.refillMany([id, 777_777]);
    expect(many.get(id)?.kind).toBe("ok");
    expect(many.get("777777")).toEqual({ kind: "rejected", reason: "Incorrect order ID" });

    const statuses = await client.refillStatusMany([refillId, 555]);
    expect(statuses.get(refillId)).toEqual({ kind: "ok", value: "COMPLETED" });
    expect(statuses.get("555")).toEqual({ kind: "rejected", reason: "Refill not found" });
  });

  it("refuses a refill where the service has none", async () => {
    const { orderId } = value(await clientFor().add({ service: 2, link: LINK, quantity: 100 }));
    sim.advance(TIMINGS.pendingMs + TIMINGS.runMs);
    expect(seen(await clientFor().refill(orderId))).toEqual({
      kind: "rejected",
      reason: "Refill is not available for this service",
    });
  });

  it("cancels where allowed; the provider reports Canceled with full remains and refunds itself", async () => {
    const client = clientFor();
    const cancelable = await placeOrder({ quantity: 1000 });
    const { orderId: notCancelable } = value(await client.add({ service: 2, link: LINK, quantity: 100 }));
    const balanceAfterOrders = sim.balance();
    const results = await client.cancel([cancelable, notCancelable, 313_131]);
    expect(results.get(cancelable)).toEqual({ kind: "ok", value: true });
    expect(results.get(notCancelable)).toEqual({
      kind: "rejected",
      reason: "Cancel is not available for this service",
    });
    expect(results.get("313131")).toEqual({ kind: "rejected", reason: "Incorrect order ID" });
    sim.advance(TIMINGS.cancelMs);
    expect(value(await client.status(cancelable))).toMatchObject({ status: "CANCELED", remains: 1000 });
    expect(sim.balance()).toBe(balanceAfterOrders + 90_000n);
  });

  it("answers the key check as a temporary (admin) problem", async () => {
    expect(seen(await clientFor(sim.url, "wrong-key").balance())).toEqual({
      kind: "temporary",
      reason: "Invalid API key",
    });
  });
});

describe("a provider that ends orders Partial", () => {
  let partialSim: SimulatorHandle;
  beforeAll(async () => {
    partialSim = await startSimulator({ seed: 3, clock: "manual", timings: TIMINGS, partialShare: 1 });
  });
  afterAll(async () => {
    await partialSim.close();
  });

  it("reports Partial with remains and refunds the rest to itself", async () => {
    const client = clientFor(partialSim.url, partialSim.key);
    const startBalance = partialSim.balance();
    const { orderId } = value(await client.add({ service: 1, link: LINK, quantity: 1000 }));
    partialSim.advance(TIMINGS.pendingMs + TIMINGS.runMs);
    const state = value(await client.status(orderId));
    expect(state.status).toBe("PARTIAL");
    expect(state.remains).toBeGreaterThan(0);
    const refund = (90_000n * BigInt(state.remains ?? 0)) / 1000n;
    expect(partialSim.order(orderId)?.refunded).toBe(refund);
    expect(partialSim.balance()).toBe(startBalance - 90_000n + refund);
  });
});

describe("the sloppy dialect", () => {
  it("reads numbers as numbers, flags as 1/yes, statuses as in_progress/Cancelled, order_id", async () => {
    sim.setDialect("sloppy");
    const client = clientFor();
    const list = value(await client.services());
    expect(list.invalid).toEqual([]);
    expect(list.services.find((s) => s.id === "6")).toMatchObject({
      type: "Custom Comments",
      rate: 800_000n,
      refill: false,
      cancel: true,
    });
    expect(list.services.find((s) => s.id === "3")?.rate).toBe(120n);

    const added = value(await client.add({ service: 1, link: LINK, quantity: 1000 }));
    expect(added.newBalance).toBe(sim.balance());
    sim.advance(TIMINGS.pendingMs + 1);
    expect(value(await client.status(added.orderId))).toMatchObject({
      status: "IN_PROGRESS",
      rawStatus: "in_progress",
      charge: 90_000n,
    });

    const other = value(await client.add({ service: 1, link: LINK, quantity: 100 })).orderId;
    expect((await client.cancel([other])).get(other)).toEqual({ kind: "ok", value: true });
    sim.advance(TIMINGS.cancelMs);
    const many = await client.statusMany([added.orderId, other]);
    expect(many.get(other)).toMatchObject({
      kind: "ok",
      value: { status: "CANCELED", rawStatus: "Cancelled", remains: 100 },
    });

    sim.advance(TIMINGS.runMs);
    const refillId = value(await client.refill(added.orderId));
    sim.advance(TIMINGS.refillMs);
    expect(value(await client.refillStatus(refillId))).toBe("COMPLETED");

    sim.setBalance(123_456_789_012n); // "1,234,567.89012"
    expect(value(await client.balance()).balance).toBe(123_456_789_012n);
  });
});

describe("faults", () => {
  const fast = { addTimeoutMs: 250, readTimeoutMs: 250 };
  const cases: Array<[FaultName, FaultOptions, "add" | "balance", string, string]> = [
    ["timeout", {}, "add", "uncertain", "no answer within 250 ms"],
    ["timeout", {}, "balance", "uncertain", "no answer within 250 ms"],
    ["http500", {}, "add", "temporary", "HTTP 500"],
    ["http502", {}, "add", "temporary", "HTTP 502"],
    ["http429", {}, "add", "temporary", "rate limited (HTTP 429)"],
    ["html", {}, "add", "uncertain", "HTML page instead of JSON"],
    ["html", { httpStatus: 503 }, "add", "temporary", "HTTP 503"],
    ["malformed", {}, "add", "uncertain", "unreadable answer (not JSON)"],
    ["malformed", {}, "balance", "uncertain", "unreadable answer (not JSON)"],
    ["empty", {}, "add", "uncertain", "empty answer"],
    ["error", { text: "Incorrect service ID" }, "add", "rejected", "Incorrect service ID"],
    [
      "error",
      { text: "Service temporarily unavailable" },
      "add",
      "temporary",
      "Service temporarily unavailable",
    ],
    ["no_funds", {}, "add", "temporary", "Not enough funds on balance"],
    ["accept_then_drop", {}, "add", "uncertain", "connection closed before an answer"],
  ];

  it.each(cases)("%s %j on %s -> %s", async (fault, options, action, kind, reason) => {
    sim.setFault(action, fault, { count: 1, ...options });
    const client = clientFor(sim.url, sim.key, fast);
    const eventsBefore = events.length;
    const result: ProviderResult<unknown> = seen<unknown>(
      action === "add" ? await client.add({ service: 1, link: LINK, quantity: 100 }) : await client.balance(),
    );
    expect(result).toEqual({ kind, reason });
    expect(events.slice(eventsBefore)).toMatchObject([{ action, outcome: kind, reason }]);
    // The fault was used up: the next call goes through.
    expect((await client.balance()).kind).toBe("ok");
  });

  it("accept_then_drop stores the order although the client saw no answer (the double-order trap)", async () => {
    sim.setFault("add", "accept_then_drop", { count: 1 });
    const before = sim.stats().acceptedAdds;
    const result = seen(await clientFor().add({ service: 1, link: LINK, quantity: 100 }));
    expect(result.kind).toBe("uncertain");
    expect(sim.stats().acceptedAdds).toBe(before + 1);
  });

  it("a slow answer inside the timeout is fine", async () => {
    sim.setFault("balance", "timeout", { delayMs: 30, count: 1 });
    expect((await clientFor(sim.url, sim.key, { readTimeoutMs: 5_000 }).balance()).kind).toBe("ok");
  });

  it("a failed chunk fails only its own ids", async () => {
    const real = await placeOrder();
    sim.setFault("status", "http502", { count: 1 });
    const ids = [...Array.from({ length: 100 }, (_, i) => 800_000 + i), real];
    const results = await clientFor().statusMany(ids);
    expect(results.get("800000")).toEqual({ kind: "temporary", reason: "HTTP 502" });
    expect(results.get(real)).toMatchObject({ kind: "ok", value: { status: "PENDING" } });
  });

  it("applies a fault with a probability, for all actions", async () => {
    sim.setFault("*", "http500", { probability: 0.5 });
    const client = clientFor();
    const kinds: string[] = [];
    for (let i = 0; i < 30; i++) kinds.push((await client.balance()).kind);
    expect(new Set(kinds)).toEqual(new Set(["ok", "temporary"]));
  });
});

describe("transport failures and odd providers", () => {
  let raw: Server;
  let rawUrl: string;
  const answers = new Map<string, { status: number; body: string; headers?: Record<string, string> }>();

  beforeAll(async () => {
    // A provider with shapes the simulator does not produce, answered per action.
    raw = createServer((req, res) => {
      let body = "";
      req.on("data", (chunk: Buffer) => (body += chunk.toString()));
      req.on("end", () => {
        const action = new URLSearchParams(body).get("action") ?? "";
        const answer = answers.get(action) ?? { status: 200, body: '{"error":"Incorrect request"}' };
        res.writeHead(answer.status, { "content-type": "application/json", ...answer.headers });
        res.end(answer.body);
      });
    });
    await new Promise<void>((resolve) => raw.listen(0, "127.0.0.1", resolve));
    rawUrl = `http://127.0.0.1:${(raw.address() as AddressInfo).port}/api/v2`;
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => raw.close(() => resolve()));
  });

  it("reads order ids under other names, odd statuses and array-shaped multi status", async () => {
    const client = clientFor(rawUrl, "raw-key");
    answers.set("add", { status: 200, body: '{"status":"success","id":"A-77"}' });
    expect(value(await client.add({ service: "12", link: LINK, quantity: 10 })).orderId).toBe("A-77");
    answers.set("add", { status: 200, body: '{"orderId":78}' });
    expect(value(await client.add({ service: 12, link: LINK, quantity: 10 })).orderId).toBe("78");

    answers.set("status", {
      status: 200,
      body: JSON.stringify([
        { order: 1, status: "Refunded", charge: 1.5, remains: 10 },
        { order: "2", status: "Fail", charge: "0", remains: "0" },
        { order: 3, status: "Teleported" },
      ]),
    });
    const many = await client.statusMany([1, 2, 3]);
    expect(many.get("1")).toMatchObject({
      kind: "ok",
      value: { status: "CANCELED", charge: 150_000n, remains: 10 },
    });
    expect(many.get("2")).toMatchObject({ kind: "ok", value: { status: "FAILED" } });
    expect(many.get("3")).toEqual({ kind: "uncertain", reason: 'unknown status "Teleported"' });
  });

  it("treats a gateway timeout as uncertain and a redirect as temporary", async () => {
    const client = clientFor(rawUrl, "raw-key");
    answers.set("add", { status: 504, body: "<html>Gateway Time-out</html>" });
    expect(seen(await client.add({ service: 1, link: LINK, quantity: 10 }))).toEqual({
      kind: "uncertain",
      reason: "HTTP 504",
    });
    answers.set("balance", {
      status: 301,
      body: "",
      headers: { location: "https://elsewhere.example/api/v2" },
    });
    expect(seen(await client.balance())).toEqual({ kind: "temporary", reason: "HTTP 301" });
  });

  it("reports a refused connection as temporary", async () => {
    const closed = await startSimulator();
    const url = closed.url;
    await closed.close();
    expect(seen(await clientFor(url, "k").add({ service: 1, link: LINK, quantity: 100 }))).toEqual({
      kind: "temporary",
      reason: "connection refused",
    });
  });

  it("reports a URL that is not http(s) as temporary without calling anything", async () => {
    expect(seen(await clientFor("ftp://provider.example/api/v2", "k").balance())).toEqual({
      kind: "temporary",
      reason: "the API URL is not a valid http(s) URL",
    });
  });

  it("reports a DNS failure as temporary", async () => {
    const result = seen(await clientFor("http://no-such-provider.invalid/api/v2", "k").balance());
    expect(result.kind).toBe("temporary");
    expect(result).toMatchObject({ reason: expect.stringMatching(/DNS/) });
  });
});

describe("secrets", () => {
  it("scrubs a key the provider echoes back, and never shows a URL that carries it", async () => {
    sim.setFault("balance", "error", { text: `Invalid API key ${sim.key}`, count: 1 });
    expect(seen(await clientFor().balance())).toEqual({ kind: "temporary", reason: "Invalid API key ***" });

    const closed = await startSimulator();
    await closed.close();
    const leaky = clientFor(`${closed.url}?key=${sim.key}`, sim.key);
    expect(seen(await leaky.balance())).toEqual({ kind: "temporary", reason: "connection refused" });
  });

  it("never puts the key in any reason or exchange of this file", () => {
    expect(events.length).toBeGreaterThan(50);
    expect(reasons.length).toBeGreaterThan(20);
    for (const text of [...reasons, ...events.map((e) => JSON.stringify(e))]) {
      expect(text).not.toContain(sim.key);
    }
  });
});
