// Every action over real HTTP in each transport (GET, form POST, multipart, JSON): exact answer
// shapes and JSON types, checked against the upstream document's examples, through the real
// order flow (placeOrder -> simulator provider -> status sync -> refill / cancel).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET, POST } from "@/app/api/v2/route";
import { db } from "@/lib/db";
import { waitForDispatches } from "@/lib/orders/dispatch";
import { syncStatuses } from "@/lib/orders/sync-statuses";
import { formatMoney } from "@/lib/money";
import { startSimulator, type SimulatorHandle } from "@/lib/providers/simulator";
import {
  callApi,
  makeApiUser,
  routeFile,
  seedPanel,
  serveApi,
  TRANSPORTS,
  type ApiServer,
  type Params,
  type Transport,
} from "./support";
import { SEED_EXAMPLES, typeMismatches } from "./seed-examples";

let sim: SimulatorHandle;
let server: ApiServer;
let panel: Awaited<ReturnType<typeof seedPanel>>;
const texts: string[] = [];

beforeAll(async () => {
  sim = await startSimulator({ clock: "manual", partialShare: 0, refillRejectShare: 0 });
  panel = await seedPanel(sim);
  // The route module's own exports, as Next would call them.
  server = await serveApi(routeFile({ GET, POST }));
});

afterAll(async () => {
  await waitForDispatches();
  await server?.close();
  await sim?.close();
});

const serviceOf = (simId: number) => panel.services.get(simId)!;
const HOUR = 3_600_000;

describe.each(TRANSPORTS)("every action over %s", (transport: Transport) => {
  let user: { id: number; key: string };
  const deposit = 10_000_000n; // 100.00000
  const ip = `10.20.${TRANSPORTS.indexOf(transport)}.1`;
  const api = async (params: Params) => {
    const answer = await callApi(
      server.url,
      transport,
      { key: user.key, ...params },
      { "x-forwarded-for": ip },
    );
    texts.push(answer.text);
    expect(answer.status).toBe(200);
    expect(answer.contentType).toMatch(/^application\/json/);
    return answer.body as never;
  };
  const orders: Record<"followers" | "pkg" | "comments" | "toCancel", number> = {
    followers: 0,
    pkg: 0,
    comments: 0,
    toCancel: 0,
  };

  beforeAll(async () => {
    user = await makeApiUser(deposit);
  });

  it("services: the caller's catalog with panel ids and selling rates, in the document's types", async () => {
    const services: Array<Record<string, unknown>> = await api({ action: "services" });
    expect(services).toHaveLength(sim.catalog().length);
    for (const item of sim.catalog()) {
      const own = serviceOf(item.service);
      const listed = services.find((s) => s.service === own.id);
      expect(listed).toEqual({
        service: own.id,
        name: `Panel ${item.name}`,
        type: item.type,
        category: item.category,
        rate: formatMoney(own.rate),
        min: String(item.min),
        max: String(item.max),
        refill: item.refill,
        cancel: item.cancel,
        dripfeed: item.dripfeed,
      });
    }
    for (const example of SEED_EXAMPLES.services) expect(typeMismatches(services[0], example)).toEqual([]);
  });

  it("add: a default, a package and a custom comments order, each answered with its id and the new balance", async () => {
    const followers = serviceOf(1);
    const first = await api({
      action: "add",
      service: followers.id,
      link: "https://instagram.com/upline",
      quantity: 100,
    });
    expect(first).toEqual({
      order: expect.any(Number),
      newBalance: formatMoney(deposit - followers.rate / 10n),
    });
    expect(typeMismatches(first, SEED_EXAMPLES.add)).toEqual([]);
    orders.followers = (first as { order: number }).order;

    const pkg = await api({ action: "add", service: serviceOf(5).id, link: "https://instagram.com/upline" });
    orders.pkg = (pkg as { order: number }).order;
    const comments = Array.from({ length: 10 }, (_, i) => `Comment ${i + 1} ✨`).join("\n");
    const withComments = await api({
      action: "add",
      service: serviceOf(6).id,
      link: "https://instagram.com/p/abc",
      comments,
    });
    orders.comments = (withComments as { order: number }).order;
    const toCancel = await api({
      action: "add",
      service: followers.id,
      link: "https://instagram.com/other",
      quantity: 200,
    });
    orders.toCancel = (toCancel as { order: number }).order;

    const rows = await db.order.findMany({ where: { userId: user.id }, orderBy: { id: "asc" } });
    expect(rows.map((o) => [o.id, o.source, o.quantity, o.charge])).toEqual([
      [orders.followers, "api", 100, followers.rate / 10n],
      [orders.pkg, "api", 1, serviceOf(5).rate],
      [orders.comments, "api", 10, serviceOf(6).rate / 100n],
      [orders.toCancel, "api", 200, followers.rate / 5n],
    ]);
    await waitForDispatches();
    expect(sim.orders()).toHaveLength(TRANSPORTS.indexOf(transport) * 4 + 4);
  });

  it("status of a fresh order: Pending with the charge as a string and the currency", async () => {
    expect(await api({ action: "status", order: orders.followers })).toEqual({
      charge: formatMoney(serviceOf(1).rate / 10n),
      start_count: "0",
      status: "Pending",
      remains: "100", // nothing delivered yet: the whole quantity remains
      currency: "USD",
    });
  });

  it("cancel: an array of {order, cancel} with per-order errors", async () => {
    const answer = await api({ action: "cancel", orders: `${orders.toCancel},99999999,${orders.pkg}` });
    expect(answer).toEqual([
      { order: orders.toCancel, cancel: 1 },
      { order: 99999999, cancel: { error: "Incorrect order ID" } },
      { order: orders.pkg, cancel: { error: "Cancel is not available for this service" } },
    ]);
    for (const [i, example] of SEED_EXAMPLES.cancel.entries())
      expect(typeMismatches(answer[1 - i], example)).toEqual([]);
  });

  it("status of one order and of many (keyed by id, per-id errors), after the provider finished them", async () => {
    sim.advance(6 * HOUR);
    await syncStatuses();
    const followers = await api({ action: "status", order: orders.followers });
    expect(followers).toEqual({
      charge: formatMoney(serviceOf(1).rate / 10n),
      start_count: expect.stringMatching(/^\d+$/),
      status: "Completed",
      remains: "0",
      currency: "USD",
    });
    expect(typeMismatches(followers, SEED_EXAMPLES.status)).toEqual([]);

    const many = await api({
      action: "status",
      orders: `${orders.followers}, 123456789,${orders.toCancel},abc`,
    });
    expect(Object.keys(many).sort()).toEqual(
      [String(orders.followers), "123456789", String(orders.toCancel), "abc"].sort(),
    );
    expect(many).toEqual({
      [orders.followers]: followers,
      "123456789": { error: "Incorrect order ID" },
      [orders.toCancel]: {
        charge: formatMoney(serviceOf(1).rate / 5n),
        start_count: expect.stringMatching(/^\d+$/),
        status: "Canceled",
        remains: "200",
        currency: "USD",
      },
      abc: { error: "Incorrect order ID" },
    });
    for (const [id, example] of Object.entries(SEED_EXAMPLES.multiStatus)) {
      const ours =
        id === "123" ? many["123456789"] : id === "1" ? many[orders.followers] : many[orders.toCancel];
      expect(typeMismatches(ours, example)).toEqual([]);
    }
  });

  it("refill of one order and of many, then refill_status of one and of many", async () => {
    const refill: { refill: string } = await api({ action: "refill", order: orders.followers });
    expect(refill).toEqual({ refill: expect.stringMatching(/^\d+$/) });
    expect(typeMismatches(refill, SEED_EXAMPLES.refill)).toEqual([]);
    const stored = await db.refill.findUniqueOrThrow({ where: { id: Number(refill.refill) } });
    expect(stored).toMatchObject({ orderId: orders.followers, userId: user.id });

    expect(await api({ action: "refill", orders: `${orders.followers},${orders.pkg},777777777` })).toEqual([
      { order: orders.followers, refill: { error: "A refill for this order is already in progress" } },
      { order: orders.pkg, refill: { error: "Refill is not available for this service" } },
      { order: 777777777, refill: { error: "Incorrect order ID" } },
    ]);

    const single = await api({ action: "refill_status", refill: refill.refill });
    expect(single).toEqual({ status: "Pending" });
    expect(typeMismatches(single, SEED_EXAMPLES.refillStatus)).toEqual([]);
    const many: unknown[] = await api({ action: "refill_status", refills: `${refill.refill},987654321` });
    expect(many).toEqual([
      { refill: refill.refill, status: "Pending" },
      { refill: "987654321", status: { error: "Refill not found" } },
    ]);
    expect(typeMismatches(many[0], SEED_EXAMPLES.multiRefillStatus[0])).toEqual([]);
    expect(typeMismatches(many[1], SEED_EXAMPLES.multiRefillStatus[2])).toEqual([]);
  });

  it("balance: the ledger's balance as a 5-decimal string with the panel currency", async () => {
    const charged = await db.order.aggregate({
      where: { userId: user.id },
      _sum: { charge: true, refunded: true },
    });
    const expected = deposit - charged._sum.charge! + charged._sum.refunded!;
    expect(charged._sum.refunded).toBe(serviceOf(1).rate / 5n); // the canceled order came back in full
    const balance = await api({ action: "balance" });
    expect(balance).toEqual({ balance: formatMoney(expected), currency: "USD" });
    expect(typeMismatches(balance, SEED_EXAMPLES.balance)).toEqual([]);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).balance).toBe(expected);
  });
});

describe("what answers never contain", () => {
  it("no provider name, id, URL or key, no stack trace, no HTML in any answer above", async () => {
    expect(texts.length).toBeGreaterThan(30);
    const provider = panel.provider;
    for (const text of texts) {
      expect(text).not.toContain(sim.key);
      expect(text).not.toContain(sim.url);
      expect(text).not.toContain(`127.0.0.1:${sim.port}`);
      expect(text).not.toContain(provider.name);
      expect(text).not.toMatch(/<html|\bat .+\.(ts|js):\d+/i);
    }
    // Panel service ids are the panel's own: none of them equals the provider's id for it.
    for (const [externalId, own] of panel.services) expect(own.id).not.toBe(externalId);
  });
});
