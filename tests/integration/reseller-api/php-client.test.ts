// The standard PHP client (tests/php/api-client.php: curl form POST with http_build_query and
// json_decode) runs services, add, status, multi-status, refill, refill_status, cancel and
// balance against a running Upline API over HTTP, unchanged.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET, POST } from "@/app/api/v2/route";
import { formatMoney } from "@/lib/money";
import { waitForDispatches } from "@/lib/orders/dispatch";
import { placeOrder } from "@/lib/orders/place-order";
import { syncStatuses } from "@/lib/orders/sync-statuses";
import { startSimulator, type SimulatorHandle } from "@/lib/providers/simulator";
import { makeApiUser, routeFile, seedPanel, serveApi, type ApiServer } from "./support";

const run = promisify(execFile);
const SCRIPT = path.resolve("tests/php/api-client.php");

let sim: SimulatorHandle;
let server: ApiServer;
let panel: Awaited<ReturnType<typeof seedPanel>>;

beforeAll(async () => {
  sim = await startSimulator({ clock: "manual", partialShare: 0 });
  panel = await seedPanel(sim);
  server = await serveApi(routeFile({ GET, POST }));
});

afterAll(async () => {
  await waitForDispatches();
  await server?.close();
  await sim?.close();
});

async function php(...args: Array<string | number>) {
  const { stdout } = await run("php", [SCRIPT, ...args.map(String)], { timeout: 30_000 });
  return JSON.parse(stdout);
}

describe("the standard PHP client", () => {
  it("places, reads, refills and cancels through /api/v2 without a change", async () => {
    const user = await makeApiUser(100_000_000n);
    const followers = panel.services.get(1)!; // refill + cancel
    const views = panel.services.get(3)!; // cancel

    const placed = await php("place", server.url, user.key, followers.id);
    expect(placed.services).toHaveLength(sim.catalog().length);
    expect(placed.add).toEqual({
      order: expect.any(Number),
      newBalance: formatMoney(100_000_000n - followers.rate / 10n),
    });
    expect(placed.addError).toEqual({ error: "Quantity less than minimal 50" });
    expect(placed.status).toEqual({
      charge: formatMoney(followers.rate / 10n),
      start_count: "0",
      status: "Pending",
      remains: "100",
      currency: "USD",
    });
    expect(placed.multiStatus).toEqual({
      [placed.add.order]: placed.status,
      "999999999": { error: "Incorrect order ID" },
    });
    expect(placed.balance).toEqual({
      balance: formatMoney(100_000_000n - followers.rate / 10n),
      currency: "USD",
    });

    // The provider completes the order; then one more is placed (on the web, say) and is running.
    await waitForDispatches();
    sim.advance(2 * 3_600_000);
    await syncStatuses();
    const running = await placeOrder({
      userId: user.id,
      serviceId: views.id,
      fields: { link: "https://youtube.com/watch?v=x", quantity: "1000" },
      source: "web",
    });
    await waitForDispatches();

    const after = await php("after", server.url, user.key, placed.add.order, running.orderId);
    expect(after.status).toMatchObject({ status: "Completed", remains: "0" });
    expect(after.refill).toEqual({ refill: expect.stringMatching(/^\d+$/) });
    expect(after.refillStatus).toEqual({ status: "Pending" });
    expect(after.multiRefillStatus).toEqual([
      { refill: after.refill.refill, status: "Pending" },
      { refill: "888888888", status: { error: "Refill not found" } },
    ]);
    expect(after.cancel).toEqual([
      { order: running.orderId, cancel: 1 },
      { order: 777777777, cancel: { error: "Incorrect order ID" } },
    ]);
    expect(after.balance).toEqual({ balance: formatMoney(running.balanceAfter), currency: "USD" });
  });
});

describe("the API page's PHP examples", () => {
  it("are valid PHP for every action form", async () => {
    const { API_ACTIONS } = await import("@/lib/reseller-api/actions");
    const { phpExample } = await import("@/lib/reseller-api/examples");
    for (const action of API_ACTIONS) {
      for (const form of action.forms) {
        const child = execFile("php", ["-l"]);
        child.stdin!.end(phpExample("https://panel.test/api/v2", action.name, form));
        const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
        expect(code, `${action.name}: ${form.title}`).toBe(0);
      }
    }
  });
});
