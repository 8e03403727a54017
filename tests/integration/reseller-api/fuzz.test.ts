// 2,500 random and malformed requests (missing, duplicated and conflicting fields, huge values,
// wrong types, unicode, negative and fractional quantities, 101 ids, SQL-looking text, broken
// bodies) in every transport: zero 5xx, every answer JSON, no internal error, no leak, and not
// one balance, order, refill or ledger row changed. Limits are raised through the test factory.
// The run checks that it drew every action, value kind, key, transport, broken body and
// content type at least once, so fewer requests never silently mean fewer kinds of request.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, DispatchState, OrderStatus } from "@/lib/db";
import { waitForDispatches } from "@/lib/orders/dispatch";
import { startSimulator, type SimulatorHandle } from "@/lib/providers/simulator";
import { createApiHandler } from "@/lib/reseller-api/handle-request";
import { createApiLimits } from "@/lib/reseller-api/limits";
import { makeApiUser, moneySnapshot, seedPanel, serveApi, TRANSPORTS, type ApiServer } from "./support";

const REQUESTS = 2_500;
const CONCURRENCY = 8;

let sim: SimulatorHandle;
let server: ApiServer;
let panel: Awaited<ReturnType<typeof seedPanel>>;
let fuzzer: { id: number; key: string };
const victimOrders: number[] = [];
const ownOrders: number[] = [];

/** Which items of each kind of choice (action, value generator, key, body...) the requests drew. */
const drawn = new Map<string, { of: number; seen: Set<number> }>();
/** Branches taken that are not a choice among items. */
const taken = new Set<string>();

/** Deterministic pseudo-random numbers (mulberry32), so a failure can be replayed. */
function seeded(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)];
  /** Like pick, and records which of `kind`'s items it drew. */
  const draw = <T>(kind: string, items: readonly T[]): T => {
    const i = int(items.length);
    const entry = drawn.get(kind) ?? { of: items.length, seen: new Set<number>() };
    entry.seen.add(i);
    drawn.set(kind, entry);
    return items[i];
  };
  return { next, int, pick, draw };
}

async function makeOrder(
  userId: number,
  simServiceId: number,
  status: OrderStatus,
  dispatchState: DispatchState,
) {
  const order = await db.order.create({
    data: {
      userId,
      serviceId: panel.services.get(simServiceId)!.id,
      providerId: panel.provider.id,
      link: "https://instagram.com/x",
      quantity: 100,
      charge: 1000n,
      cost: 500n,
      status,
      dispatchState,
      providerOrderId: dispatchState === DispatchState.SENT ? "1" : null,
      completedAt: status === OrderStatus.COMPLETED ? new Date() : null,
    },
  });
  return order.id;
}

beforeAll(async () => {
  sim = await startSimulator({ clock: "manual" });
  panel = await seedPanel(sim);
  // Less than the cheapest possible charge (18 units), so no `add` can ever succeed.
  fuzzer = await makeApiUser(10n);
  // The fuzzer's own orders can be neither refilled nor canceled (service 2 has neither).
  ownOrders.push(await makeOrder(fuzzer.id, 2, OrderStatus.COMPLETED, DispatchState.SENT));
  ownOrders.push(await makeOrder(fuzzer.id, 2, OrderStatus.CANCELED, DispatchState.CLOSED));
  // Someone else's orders in every state, refillable and cancelable: out of the fuzzer's reach.
  const victim = await makeApiUser(100_000_000n);
  for (const status of [OrderStatus.PENDING, OrderStatus.IN_PROGRESS, OrderStatus.COMPLETED]) {
    victimOrders.push(await makeOrder(victim.id, 1, status, DispatchState.SENT));
    victimOrders.push(await makeOrder(victim.id, 1, status, DispatchState.QUEUED));
  }
  await db.refill.create({ data: { orderId: victimOrders[4], userId: victim.id } });
  server = await serveApi(
    createApiHandler({
      limits: createApiLimits({ addPerMin: 1e9, readPerMin: 1e9, ipPerMin: 1e9, badKeyPerMin: 1e9 }),
    }),
  );
});

afterAll(async () => {
  await waitForDispatches();
  await server?.close();
  await sim?.close();
});

const ACTIONS = [
  "services",
  "add",
  "status",
  "refill",
  "refill_status",
  "cancel",
  "balance",
  "ADD",
  "Status",
  "orders",
  "",
  " add ",
  "add\u0000",
  "balance;DROP TABLE",
  "🚀",
];
const FIELDS = [
  "service",
  "link",
  "quantity",
  "order",
  "orders",
  "refill",
  "refills",
  "runs",
  "interval",
  "comments",
  "username",
  "usernames",
  "min",
  "max",
  "posts",
  "expiry",
  "request_id",
  "answer_number",
  "orders[]",
  "orders[0]",
  "key[]",
];

function randomValue(r: ReturnType<typeof seeded>): string | number {
  const ids = () =>
    Array.from({ length: r.int(5) + 1 }, () =>
      r.pick([...victimOrders, ...ownOrders, r.int(1e6), -1, "x"]),
    ).join(",");
  const generators: Array<() => string | number> = [
    () => r.int(1e6),
    () => -r.int(1000),
    () => r.next() * 1000,
    () =>
      r.pick([
        "0",
        "-0",
        "1e3",
        "1e309",
        "NaN",
        "Infinity",
        "0x10",
        " 5 ",
        "5.",
        ".5",
        "+7",
        "007",
        "99999999999999999999",
        "2147483648",
        "9007199254740993",
      ]),
    () => r.pick([...victimOrders, ...ownOrders]),
    () => String(r.pick([...panel.services.values()]).id),
    ids,
    () => Array.from({ length: 101 }, (_, i) => i + 1).join(","),
    () => Array.from({ length: 150 }, () => r.int(1e9)).join(","),
    () =>
      r.pick([
        "' OR 1=1 --",
        '1; DROP TABLE "Order"; --',
        "1 UNION SELECT * FROM User",
        "${7*7}",
        "{{7*7}}",
        "<script>alert(1)</script>",
        "../../etc/passwd",
      ]),
    () => r.pick(["𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "пользователь", "用户", "\u202e\u200b", "emoji 🎉🎉", "\u0000\u0001", "\ud800"]),
    () => "https://instagram.com/" + "a".repeat(r.int(2000)),
    () =>
      r.pick([
        "https://instagram.com/upline",
        "http://localhost/",
        "javascript:alert(1)",
        "ftp://x",
        "instagram.com/x",
        "https://",
      ]),
    () => "x".repeat(r.int(20_000)),
    () => Array.from({ length: r.int(50) }, (_, i) => `line ${i}`).join("\n"),
    () => "",
  ];
  return r.draw("value", generators)();
}

function randomKey(r: ReturnType<typeof seeded>): string | undefined {
  return r.draw<string | undefined>("key", [
    fuzzer.key,
    fuzzer.key,
    fuzzer.key,
    undefined,
    "",
    "upl_",
    "upl_" + "A".repeat(40),
    fuzzer.key.slice(0, -1),
    fuzzer.key + "x",
    fuzzer.key.toUpperCase(),
    "' OR '1'='1",
    "upl_" + "x".repeat(500),
    "🔑",
  ]);
}

type Built = { url: string; init: RequestInit };

function buildRequest(r: ReturnType<typeof seeded>): Built {
  const fields: Array<[string, string | number]> = [];
  const key = randomKey(r);
  if (key !== undefined) fields.push(["key", key]);
  if (r.next() < 0.9) fields.push(["action", r.draw("action", ACTIONS)]);
  if (r.next() < 0.1) fields.push(["action", r.draw("second action", ACTIONS)]); // duplicated, maybe conflicting
  for (let i = r.int(6); i > 0; i--) fields.push([r.draw("field", FIELDS), randomValue(r)]);
  if (r.next() < 0.1) {
    taken.add("duplicated field");
    fields.push([r.pick(FIELDS), randomValue(r)], [fields.at(-1)![0], randomValue(r)]);
  }

  const roll = r.next();
  if (roll < 0.06) {
    // Broken bodies: bytes, half JSON, wrong multipart, JSON of the wrong shape.
    const body = r.draw("body", [
      new Uint8Array(Array.from({ length: r.int(300) }, () => r.int(256))),
      `{"key": "${fuzzer.key}", "action": "add", "service": `,
      `--boundary\r\nContent-Disposition: form-data; name="key"\r\n\r\n${fuzzer.key}`,
      JSON.stringify([fuzzer.key, "balance"]),
      JSON.stringify({ key: fuzzer.key, action: "add", service: { $gt: 0 }, quantity: [1, [2]] }),
      JSON.stringify({ key: fuzzer.key, action: "status", orders: [true, null, 1] }),
    ]);
    const type = r.draw("content type", [
      "application/json",
      "multipart/form-data; boundary=boundary",
      "application/x-www-form-urlencoded",
      "text/html",
      "",
    ]);
    return { url: server.url, init: { method: "POST", body, headers: type ? { "content-type": type } : {} } };
  }
  const transport = r.draw("transport", TRANSPORTS);
  const strings = fields.map(([k, v]) => [k, String(v)]);
  const query = new URLSearchParams(strings).toString();
  // A query past ~16 KB is refused by the HTTP server itself (431) before the app: long values go by POST.
  if (transport === "get" && query.length < 8000) return { url: `${server.url}?${query}`, init: {} };
  if (transport === "get") taken.add("long get as post");
  if (transport === "form" || transport === "get")
    return { url: server.url, init: { method: "POST", body: new URLSearchParams(strings) } };
  if (transport === "multipart") {
    const form = new FormData();
    for (const [k, v] of strings) form.append(k, v);
    return { url: server.url, init: { method: "POST", body: form } };
  }
  return {
    url: server.url,
    init: {
      method: "POST",
      body: JSON.stringify(Object.fromEntries(fields)),
      headers: { "content-type": "application/json" },
    },
  };
}

describe("fuzz", () => {
  it(`answers ${REQUESTS} random and malformed requests with JSON and changes no money or order`, async () => {
    const before = await moneySnapshot();
    const r = seeded(20_260_101);
    const requests = Array.from({ length: REQUESTS }, () => buildRequest(r));
    expect([...drawn.keys()].sort()).toEqual([
      "action",
      "body",
      "content type",
      "field",
      "key",
      "second action",
      "transport",
      "value",
    ]);
    const undrawn = [...drawn].flatMap(([kind, { of, seen }]) =>
      Array.from({ length: of }, (_, i) => i)
        .filter((i) => !seen.has(i))
        .map((i) => `${kind} #${i}`),
    );
    expect(undrawn).toEqual([]);
    expect([...taken].sort()).toEqual(["duplicated field", "long get as post"]);
    const failures: string[] = [];
    let errors = 0;
    let next = 0;

    const worker = async () => {
      for (let i = next++; i < requests.length; i = next++) {
        const { url, init } = requests[i];
        const response = await fetch(url, init);
        const text = await response.text();
        let body: unknown;
        try {
          body = JSON.parse(text);
        } catch {
          body = undefined;
        }
        const problem =
          response.status >= 500
            ? `HTTP ${response.status}`
            : response.status !== 200
              ? `unexpected HTTP ${response.status}`
              : !response.headers.get("content-type")?.startsWith("application/json")
                ? "not JSON"
                : body === undefined
                  ? "unparseable body"
                  : /Internal error|<html|\bat .+\.(ts|js):\d+/i.test(text)
                    ? "internal error or leak"
                    : text.includes(sim.key) ||
                        text.includes(`127.0.0.1:${sim.port}`) ||
                        text.includes(panel.provider.name)
                      ? "provider leak"
                      : null;
        if (problem) failures.push(`#${i} ${problem}: ${text.slice(0, 200)}`);
        const isError =
          typeof body === "object" &&
          body !== null &&
          Object.keys(body).length === 1 &&
          typeof (body as { error?: unknown }).error === "string";
        if (isError) errors += 1;
        else if (typeof body === "object" && body !== null && "order" in body && "newBalance" in body)
          failures.push(`#${i} placed an order: ${text}`);
        else if (
          Array.isArray(body) &&
          body.some((item) => item?.cancel === 1 || (typeof item?.refill === "string" && "order" in item))
        )
          failures.push(`#${i} changed an order: ${text}`);
        else if (typeof body === "object" && body !== null && "refill" in body && !Array.isArray(body))
          failures.push(`#${i} created a refill: ${text}`);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    await waitForDispatches();

    expect(failures).toEqual([]);
    // Nearly every answer is an error; the rest are reads by the fuzzer's own key (services, balance, status...).
    expect(errors).toBeGreaterThan(REQUESTS * 0.8);
    expect(await moneySnapshot()).toBe(before);
    expect(await db.order.count()).toBe(victimOrders.length + ownOrders.length);
  }, 120_000);
});
