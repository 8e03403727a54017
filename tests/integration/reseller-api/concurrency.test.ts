// 200 concurrent `add` calls through the API for a customer whose balance covers exactly 50:
// exactly 50 orders, a zero balance, and a ledger that reconciles; the other 150 are told
// "Not enough funds on balance". Limits are raised through the test factory.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { findLedgerDifferences } from "@/lib/ledger/reconcile";
import { waitForDispatches } from "@/lib/orders/dispatch";
import { startSimulator, type SimulatorHandle } from "@/lib/providers/simulator";
import { createApiHandler } from "@/lib/reseller-api/handle-request";
import { createApiLimits } from "@/lib/reseller-api/limits";
import { callApi, makeApiUser, seedPanel, serveApi, TRANSPORTS, type ApiServer } from "./support";

let sim: SimulatorHandle;
let server: ApiServer;
let panel: Awaited<ReturnType<typeof seedPanel>>;

beforeAll(async () => {
  sim = await startSimulator({ clock: "manual" });
  panel = await seedPanel(sim);
  server = await serveApi(
    createApiHandler({
      limits: createApiLimits({ addPerMin: 1000, readPerMin: 1000, ipPerMin: 10_000, badKeyPerMin: 100 }),
    }),
  );
});

afterAll(async () => {
  await waitForDispatches();
  await server?.close();
  await sim?.close();
});

describe("concurrent add", () => {
  it("200 at once with funds for 50 place exactly 50 orders", async () => {
    const service = panel.services.get(1)!;
    const charge = service.rate / 10n; // quantity 100
    const user = await makeApiUser(charge * 50n);
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        callApi(server.url, TRANSPORTS[i % 4], {
          key: user.key,
          action: "add",
          service: service.id,
          link: `https://instagram.com/u${i}`,
          quantity: 100,
        }),
      ),
    );
    const placed = answers.filter((a) => typeof (a.body as { order?: unknown }).order === "number");
    const refused = answers.filter(
      (a) => (a.body as { error?: unknown }).error === "Not enough funds on balance",
    );
    expect(answers.filter((a) => a.status !== 200)).toEqual([]);
    expect(placed).toHaveLength(50);
    expect(refused).toHaveLength(150);
    expect(new Set(placed.map((a) => (a.body as { order: number }).order)).size).toBe(50);

    expect(await db.order.count({ where: { userId: user.id } })).toBe(50);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).balance).toBe(0n);
    expect(await findLedgerDifferences()).toEqual([]);
    expect((await callApi(server.url, "get", { key: user.key, action: "balance" })).body).toEqual({
      balance: "0.00000",
      currency: "USD",
    });
  });
});
