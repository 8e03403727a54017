// The simulator's own contract, as any API v2 client sees it: GET, form and JSON requests, the
// document's answer shapes and error texts, the control endpoint, and the state file.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createSimulatorRemote, startSimulator, type SimulatorHandle } from "@/lib/providers/simulator";

const TIMINGS = { pendingMs: 1_000, runMs: 10_000, cancelMs: 500, refillMs: 2_000 };
const LINK = "https://www.instagram.com/natgeo/";

let sim: SimulatorHandle;

async function get(params: Record<string, string>): Promise<unknown> {
  const response = await fetch(`${sim.url}?${new URLSearchParams(params)}`);
  return response.json();
}

async function postForm(params: Record<string, string>, url = sim.url): Promise<unknown> {
  const response = await fetch(url, { method: "POST", body: new URLSearchParams(params) });
  return response.json();
}

async function postJson(params: Record<string, unknown>): Promise<unknown> {
  const response = await fetch(sim.url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(params),
  });
  return response.json();
}

beforeAll(async () => {
  sim = await startSimulator({
    seed: 11,
    clock: "manual",
    timings: TIMINGS,
    partialShare: 0,
    refillRejectShare: 1,
  });
});

afterAll(async () => {
  await sim.close();
});

describe("API v2 contract", () => {
  it("answers GET, form POST and JSON POST alike", async () => {
    const viaGet = await get({ key: sim.key, action: "balance" });
    expect(viaGet).toEqual({ balance: "1000.00000", currency: "USD" });
    expect(await postForm({ key: sim.key, action: "balance" })).toEqual(viaGet);
    expect(await postJson({ key: sim.key, action: "balance" })).toEqual(viaGet);
  });

  it("refuses a wrong key and an unknown action with the usual texts", async () => {
    expect(await get({ key: "nope", action: "balance" })).toEqual({ error: "Invalid API key" });
    expect(await get({ key: sim.key, action: "launch" })).toEqual({ error: "Incorrect request" });
  });

  it("lists services in the document's shape", async () => {
    const services = (await get({ key: sim.key, action: "services" })) as Array<Record<string, unknown>>;
    expect(services[0]).toEqual({
      service: 1,
      name: expect.any(String),
      type: "Default",
      category: expect.any(String),
      rate: "0.90",
      min: "50",
      max: "10000",
      refill: true,
      cancel: true,
      dripfeed: true,
    });
    expect(services.find((s) => s.service === 3)?.rate).toBe("0.0012");
  });

  it("adds, then answers single and multi status with per-id errors", async () => {
    const added = (await postJson({
      key: sim.key,
      action: "add",
      service: 1,
      link: LINK,
      quantity: 100,
    })) as { order: number };
    expect(added).toEqual({ order: expect.any(Number), newBalance: "999.91000" });
    expect(await postForm({ key: sim.key, action: "status", order: String(added.order) })).toEqual({
      charge: "0.09000",
      start_count: "0",
      status: "Pending",
      remains: "100",
      currency: "USD",
    });
    const many = (await postForm({ key: sim.key, action: "status", orders: `${added.order},123` })) as Record<
      string,
      unknown
    >;
    expect(many["123"]).toEqual({ error: "Incorrect order ID" });
    expect(many[String(added.order)]).toMatchObject({ status: "Pending" });
    const tooMany = Array.from({ length: 101 }, (_, i) => i + 1).join(",");
    expect(await postForm({ key: sim.key, action: "status", orders: tooMany })).toMatchObject({
      error: expect.stringMatching(/^Incorrect request/),
    });
  });

  it("answers refill, refill_status and cancel in the document's shapes", async () => {
    const { order } = (await postForm({
      key: sim.key,
      action: "add",
      service: "1",
      link: LINK,
      quantity: "100",
    })) as { order: number };
    sim.advance(TIMINGS.pendingMs + TIMINGS.runMs);
    const refill = (await postForm({ key: sim.key, action: "refill", order: String(order) })) as {
      refill: string;
    };
    expect(refill).toEqual({ refill: expect.stringMatching(/^\d+$/) });
    sim.advance(TIMINGS.refillMs);
    expect(await postForm({ key: sim.key, action: "refill_status", refill: refill.refill })).toEqual({
      status: "Rejected",
    });
    expect(
      await postForm({ key: sim.key, action: "refill_status", refills: `${refill.refill},999` }),
    ).toEqual([
      { refill: refill.refill, status: "Rejected" },
      { refill: "999", status: { error: "Refill not found" } },
    ]);
    expect(await postForm({ key: sim.key, action: "cancel", orders: `${order},9` })).toEqual([
      { order, cancel: { error: "Order cannot be canceled: it is already final" } },
      { order: 9, cancel: { error: "Incorrect order ID" } },
    ]);
  });
});

describe("control endpoint", () => {
  it("refuses callers without the control token, including ones with the API key", async () => {
    const response = await fetch(sim.controlUrl, {
      method: "POST",
      headers: { "content-type": "application/json", "x-control-token": sim.key },
      body: JSON.stringify({ op: "clearFaults" }),
    });
    expect(response.status).toBe(403);
  });

  it("steers faults, time, prices, services and balance from another process", async () => {
    const remote = createSimulatorRemote(sim.controlUrl, sim.controlToken);
    await remote.setFault("balance", "http500", { count: 1 });
    expect((await fetch(`${sim.url}?key=${sim.key}&action=balance`)).status).toBe(500);
    expect((await fetch(`${sim.url}?key=${sim.key}&action=balance`)).status).toBe(200);

    await remote.setRate(2, "0.50");
    await remote.removeService(5);
    const services = (await get({ key: sim.key, action: "services" })) as Array<{
      service: number;
      rate: string;
    }>;
    expect(services.find((s) => s.service === 2)?.rate).toBe("0.50");
    expect(services.map((s) => s.service)).not.toContain(5);
    expect(await postForm({ key: sim.key, action: "add", service: "5", link: LINK })).toEqual({
      error: "Incorrect service ID",
    });

    await remote.setBalance(5_000_000n);
    const { order } = (await postForm({
      key: sim.key,
      action: "add",
      service: "2",
      link: LINK,
      quantity: "1000",
    })) as { order: number };
    await remote.advance(TIMINGS.pendingMs + TIMINGS.runMs);
    const truth = (await remote.truth()) as {
      balance: string;
      acceptedAdds: number;
      orders: Array<{ id: number; status: string; charge: string }>;
    };
    expect(truth.balance).toBe("4950000");
    expect(truth.orders.find((o) => o.id === order)).toMatchObject({ status: "Completed", charge: "50000" });
    expect(truth.acceptedAdds).toBe(sim.stats().acceptedAdds);

    await expect(remote.setFault("balance", "explode" as never)).rejects.toThrow("HTTP 400");
  });
});

describe("state file", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "upline-sim-"));
  const stateFile = path.join(dir, "simulator.json");

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it("keeps key, orders and balance across a restart", async () => {
    const first = await startSimulator({ stateFile, seed: 1, timings: TIMINGS });
    const { order } = (await postForm(
      { key: first.key, action: "add", service: "1", link: LINK, quantity: "100" },
      first.url,
    )) as {
      order: number;
    };
    const balance = first.balance();
    // Saved a moment later (a burst of orders writes the file once), without waiting for close.
    await vi.waitFor(() => expect(readFileSync(stateFile, "utf8")).toContain(`"id": ${order}`), {
      timeout: 2_000,
    });
    await first.close();

    const second = await startSimulator({ stateFile, seed: 1, timings: TIMINGS });
    try {
      expect(second.key).toBe(first.key);
      expect(second.controlToken).toBe(first.controlToken);
      expect(second.balance()).toBe(balance);
      expect(second.order(order)).toMatchObject({ service: 1, quantity: 100, charge: 9_000n });
      const next = (await postForm(
        { key: second.key, action: "add", service: "1", link: LINK, quantity: "100" },
        second.url,
      )) as {
        order: number;
      };
      expect(next.order).toBe(order + 1);
    } finally {
      await second.close();
    }
  });

  it("starts fresh when the state file is corrupt, keeping the bad file aside", async () => {
    writeFileSync(stateFile, "{ not json");
    const fresh = await startSimulator({ stateFile, balance: 700_000n });
    try {
      expect(fresh.orders()).toEqual([]);
      expect(fresh.balance()).toBe(700_000n);
      expect(readdirSync(dir)).toContainEqual(expect.stringMatching(/^simulator\.json\.corrupt-/));
    } finally {
      await fresh.close();
    }
  });
});
