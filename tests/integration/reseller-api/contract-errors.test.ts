// Every error of the reseller API over real HTTP in each transport: HTTP 200, a JSON body that
// is exactly {"error": "<the field's wording>"}, and nothing charged or placed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET, POST } from "@/app/api/v2/route";
import { db, DispatchState, OrderStatus, UserStatus } from "@/lib/db";
import { waitForDispatches } from "@/lib/orders/dispatch";
import { startSimulator, type SimulatorHandle } from "@/lib/providers/simulator";
import {
  callApi,
  makeApiUser,
  moneySnapshot,
  routeFile,
  seedPanel,
  serveApi,
  TRANSPORTS,
  type ApiServer,
  type Params,
  type Transport,
} from "./support";

let sim: SimulatorHandle;
let server: ApiServer;
let panel: Awaited<ReturnType<typeof seedPanel>>;
let rich: { id: number; key: string };
let poor: { id: number; key: string };
let other: { id: number; key: string };
let suspended: { id: number; key: string };
let noAccess: { id: number; key: string };
let othersOrder: number;
let pendingOrder: number;
let noCancelOrder: number;
let completedOrder: number;

const serviceOf = (simId: number) => panel.services.get(simId)!.id;

async function makeOrder(userId: number, simServiceId: number, status: OrderStatus) {
  const order = await db.order.create({
    data: {
      userId,
      serviceId: serviceOf(simServiceId),
      providerId: panel.provider.id,
      link: "https://instagram.com/x",
      quantity: 100,
      charge: 1000n,
      cost: 500n,
      status,
      dispatchState: DispatchState.SENT,
      providerOrderId: "1",
    },
  });
  return order.id;
}

beforeAll(async () => {
  sim = await startSimulator({ clock: "manual" });
  panel = await seedPanel(sim);
  await db.service.update({ where: { id: serviceOf(3) }, data: { enabled: false } });
  [rich, poor, other, suspended, noAccess] = await Promise.all([
    makeApiUser(100_000_000n),
    makeApiUser(1n),
    makeApiUser(100_000_000n),
    makeApiUser(100_000_000n, { status: UserStatus.SUSPENDED }),
    makeApiUser(100_000_000n, { apiAccess: false }),
  ]);
  othersOrder = await makeOrder(other.id, 1, OrderStatus.COMPLETED);
  pendingOrder = await makeOrder(rich.id, 1, OrderStatus.PENDING);
  noCancelOrder = await makeOrder(rich.id, 2, OrderStatus.IN_PROGRESS);
  completedOrder = await makeOrder(rich.id, 1, OrderStatus.COMPLETED);
  server = await serveApi(routeFile({ GET, POST }));
});

afterAll(async () => {
  await waitForDispatches();
  await server?.close();
  await sim?.close();
});

describe.each(TRANSPORTS)("errors over %s", (transport: Transport) => {
  const ip = `10.30.${TRANSPORTS.indexOf(transport)}.1`;
  const call = (params: Params) => callApi(server.url, transport, params, { "x-forwarded-for": ip });
  const followers = () => serviceOf(1);
  const link = "https://instagram.com/upline";

  const cases: Array<[string, () => Params, string]> = [
    ["no action", () => ({ key: rich.key }), "Incorrect request"],
    ["an unknown action", () => ({ key: rich.key, action: "orders" }), "Incorrect request"],
    ["no key", () => ({ action: "balance" }), "Invalid API key"],
    [
      "a wrong key",
      () => ({ key: "upl_thisKeyDoesNotExist0000000000000000000", action: "balance" }),
      "Invalid API key",
    ],
    ["a key without the prefix", () => ({ key: "1234567890abcdef", action: "services" }), "Invalid API key"],
    ["a suspended user's key", () => ({ key: suspended.key, action: "balance" }), "Invalid API key"],
    [
      "a key of a user without API access",
      () => ({ key: noAccess.key, action: "balance" }),
      "Invalid API key",
    ],
    [
      "add without a service",
      () => ({ key: rich.key, action: "add", link, quantity: 100 }),
      "Incorrect service ID",
    ],
    [
      "add with a service that is not a number",
      () => ({ key: rich.key, action: "add", service: "1 OR 1=1", link, quantity: 100 }),
      "Incorrect service ID",
    ],
    [
      "add with an unknown service",
      () => ({ key: rich.key, action: "add", service: 999999, link, quantity: 100 }),
      "Incorrect service ID",
    ],
    [
      "add with a disabled service",
      () => ({ key: rich.key, action: "add", service: serviceOf(3), link, quantity: 1000 }),
      "Incorrect service ID",
    ],
    [
      "add below the minimum",
      () => ({ key: rich.key, action: "add", service: followers(), link, quantity: 49 }),
      "Quantity less than minimal 50",
    ],
    [
      "add above the maximum",
      () => ({ key: rich.key, action: "add", service: followers(), link, quantity: 10001 }),
      "Quantity more than maximum 10000",
    ],
    [
      "add with a bad link",
      () => ({ key: rich.key, action: "add", service: followers(), link: "not a link", quantity: 100 }),
      "Bad link",
    ],
    [
      "add without a link",
      () => ({ key: rich.key, action: "add", service: followers(), quantity: 100 }),
      "Bad link",
    ],
    [
      "add with a fractional quantity",
      () => ({ key: rich.key, action: "add", service: followers(), link, quantity: "100.5" }),
      "Incorrect quantity",
    ],
    [
      "add with a negative quantity",
      () => ({ key: rich.key, action: "add", service: followers(), link, quantity: -100 }),
      "Incorrect quantity",
    ],
    [
      "add without the funds",
      () => ({ key: poor.key, action: "add", service: followers(), link, quantity: 100 }),
      "Not enough funds on balance",
    ],
    [
      "add with a request_id that is too long",
      () => ({
        key: rich.key,
        action: "add",
        service: followers(),
        link,
        quantity: 100,
        request_id: "x".repeat(101),
      }),
      "Incorrect request",
    ],
    [
      "status of another user's order",
      () => ({ key: rich.key, action: "status", order: othersOrder }),
      "Incorrect order ID",
    ],
    [
      "status of an order that does not exist",
      () => ({ key: rich.key, action: "status", order: 2147483647 }),
      "Incorrect order ID",
    ],
    [
      "status of an id past the integer range",
      () => ({ key: rich.key, action: "status", order: "99999999999999999999" }),
      "Incorrect order ID",
    ],
    ["status of a negative id", () => ({ key: rich.key, action: "status", order: -1 }), "Incorrect order ID"],
    ["status without an order", () => ({ key: rich.key, action: "status" }), "Incorrect request"],
    [
      "status of 101 orders",
      () => ({
        key: rich.key,
        action: "status",
        orders: Array.from({ length: 101 }, (_, i) => i + 1).join(","),
      }),
      "Too many IDs: up to 100 per request",
    ],
    [
      "status of an empty list",
      () => ({ key: rich.key, action: "status", orders: " , ," }),
      "Incorrect request",
    ],
    [
      "refill of another user's order",
      () => ({ key: rich.key, action: "refill", order: othersOrder }),
      "Incorrect order ID",
    ],
    [
      "refill of an order that is not completed",
      () => ({ key: rich.key, action: "refill", order: pendingOrder }),
      "Refill is available only for completed orders",
    ],
    [
      "refill of an order whose service has no refill",
      () => ({ key: rich.key, action: "refill", order: noCancelOrder }),
      "Refill is not available for this service",
    ],
    ["refill without an order", () => ({ key: rich.key, action: "refill" }), "Incorrect request"],
    [
      "refill_status of an unknown refill",
      () => ({ key: rich.key, action: "refill_status", refill: 424242 }),
      "Refill not found",
    ],
    [
      "refill_status of a refill id that is text",
      () => ({ key: rich.key, action: "refill_status", refill: "abc" }),
      "Refill not found",
    ],
    [
      "refill_status without a refill",
      () => ({ key: rich.key, action: "refill_status" }),
      "Incorrect request",
    ],
    ["cancel without orders", () => ({ key: rich.key, action: "cancel" }), "Incorrect request"],
  ];

  it.each(cases)("%s", async (_name, params, message) => {
    const before = await moneySnapshot();
    const answer = await call(params());
    expect(answer.status).toBe(200);
    expect(answer.contentType).toMatch(/^application\/json/);
    expect(answer.body).toEqual({ error: message });
    await waitForDispatches();
    expect(await moneySnapshot()).toBe(before);
  });

  it("cancel answers per order: not the caller's, not cancelable, already final", async () => {
    const before = await moneySnapshot();
    const answer = await call({
      key: rich.key,
      action: "cancel",
      orders: `${othersOrder},${noCancelOrder},${completedOrder}`,
    });
    expect(answer.body).toEqual([
      { order: othersOrder, cancel: { error: "Incorrect order ID" } },
      { order: noCancelOrder, cancel: { error: "Cancel is not available for this service" } },
      { order: completedOrder, cancel: { error: "The order is already finished and cannot be canceled" } },
    ]);
    expect(await moneySnapshot()).toBe(before);
  });
});

describe("drip-feed", () => {
  it("is placed where the service offers it and refused with a clear text where it does not", async () => {
    const answer = await callApi(server.url, "form", {
      key: rich.key,
      action: "add",
      service: serviceOf(2),
      link: "https://instagram.com/x",
      quantity: 100,
      runs: 2,
      interval: 5,
    });
    expect(answer.body).toEqual({ order: expect.any(Number), newBalance: expect.any(String) });
    const order = await db.order.findUniqueOrThrow({
      where: { id: (answer.body as { order: number }).order },
    });
    expect(order.quantity).toBe(200);
    expect(JSON.parse(order.params!)).toMatchObject({ quantity: 100, runs: 2, interval: 5 });
    const refused = await callApi(server.url, "form", {
      key: rich.key,
      action: "add",
      service: serviceOf(4),
      link: "https://tiktok.com/@x",
      quantity: 100,
      runs: 2,
      interval: 5,
    });
    expect(refused.body).toEqual({ error: "Drip-feed is not available for this service" });
  });
});
