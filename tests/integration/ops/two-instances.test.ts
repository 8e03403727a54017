// Several app instances on one database (PostgreSQL in production; CI runs this file on both
// engines): two processes (./instance.ts), each with the reseller API and the background jobs,
// behind no proxy. An order placed on one is served by the other, every order reaches the
// provider once while both run the jobs, no job runs on both at once, a settings change made on
// one is seen by the other a second later, a suspension counts at once everywhere, and the API
// limits hold in sum where the store is shared (PostgreSQL; SQLite is one instance).
import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, OrderStatus, UserStatus } from "@/lib/db";
import { dbProvider } from "@/lib/env.mjs";
import { startSimulator, type SimulatorHandle } from "@/lib/providers/simulator";
import { checkMoneyInvariants } from "../orders/support";
import { waitFor } from "../orders/workers";
import { callApi, makeApiUser, seedPanel } from "../reseller-api/support";

const READS_PER_MIN = 10;
const ADDS_PER_MIN = 60;

type Instance = { url: string; api: string; lines: string[]; stop(): void };

function startInstance(): Promise<Instance> {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(import.meta.dirname, "instance.ts")], {
    env: {
      ...process.env,
      DEMO_PROVIDER_SPEED: "fast",
      API_LIMIT_READ_PER_MIN: String(READS_PER_MIN),
      API_LIMIT_ADD_PER_MIN: String(ADDS_PER_MIN),
      LOG_LEVEL: "error",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const lines: string[] = [];
  let partial = "";
  return new Promise((resolve, reject) => {
    child.on("exit", (code) => reject(new Error(`instance exited with ${code}`)));
    child.stdout!.on("data", (chunk: Buffer) => {
      const parts = (partial + chunk.toString()).split("\n");
      partial = parts.pop() ?? "";
      lines.push(...parts);
      const ready = parts.find((line) => line.startsWith("listening "));
      if (ready) {
        const url = ready.slice("listening ".length);
        resolve({ url, api: `${url}/api/v2`, lines, stop: () => child.kill("SIGKILL") });
      }
    });
  });
}

/** Every job run an instance printed: [name, start, end]. */
function jobRuns(instance: Instance): Array<{ name: string; start: number; end: number }> {
  return instance.lines
    .filter((l) => l.startsWith("job "))
    .map((l) => {
      const [, name, start, end] = l.split(" ");
      return { name, start: Number(start), end: Number(end) };
    });
}

let sim: SimulatorHandle;
let panel: Awaited<ReturnType<typeof seedPanel>>;
let a: Instance, b: Instance;

beforeAll(async () => {
  // A manual clock: orders move only when a test advances it, so the first test reads still values.
  sim = await startSimulator({
    seed: 7,
    clock: "manual",
    timings: { pendingMs: 300, runMs: 1_500, cancelMs: 300, refillMs: 1_000 },
    partialShare: 0.3,
  });
  panel = await seedPanel(sim);
  [a, b] = await Promise.all([startInstance(), startInstance()]);
});

afterAll(async () => {
  a?.stop();
  b?.stop();
  await sim?.close();
});

const serviceOf = () => {
  const [service] = [...panel.services.values()].filter((s) => s.min <= 100 && s.max >= 100);
  return service;
};

describe("two instances on one database", () => {
  it("an order placed on one is served by the other, and both see the same balance", async () => {
    const user = await makeApiUser(100_000_000n);
    const added = await callApi(a.api, "form", {
      key: user.key,
      action: "add",
      service: serviceOf().id,
      link: "https://instagram.com/p/scale-a",
      quantity: 100,
    });
    expect(added.status).toBe(200);
    const { order } = added.body as { order: number };
    expect(await db.order.count({ where: { id: order } })).toBe(1);
    const [viaA, viaB] = await Promise.all(
      [a, b].map((i) => callApi(i.api, "form", { key: user.key, action: "status", order })),
    );
    expect(viaB.body).toHaveProperty("status");
    expect(viaB.body).toHaveProperty("charge");
    expect(viaB.body).toEqual(viaA.body);
    const [balanceA, balanceB] = await Promise.all(
      [a, b].map((i) => callApi(i.api, "form", { key: user.key, action: "balance" })),
    );
    expect(balanceB.body).toHaveProperty("balance");
    expect(balanceB.body).toEqual(balanceA.body);
  });

  it("with both running the jobs, every order reaches the provider once and no job runs on both at once", async () => {
    const user = await makeApiUser(1_000_000_000n);
    const ids: number[] = [];
    for (let i = 0; i < 20; i++) {
      const to = i % 2 ? a : b;
      const added = await callApi(to.api, "json", {
        key: user.key,
        action: "add",
        service: serviceOf().id,
        link: `https://instagram.com/p/scale-${i}`,
        quantity: 100,
      });
      expect(added.status).toBe(200);
      ids.push((added.body as { order: number }).order);
    }
    await waitFor(
      async () => {
        sim.advance(500);
        return (
          (await db.order.count({
            where: { id: { in: ids }, status: { in: [OrderStatus.COMPLETED, OrderStatus.PARTIAL] } },
          })) === ids.length
        );
      },
      60_000,
      "the orders to end",
    );

    const placed = await db.order.findMany({ where: { id: { in: ids } }, select: { providerOrderId: true } });
    const atProvider = sim.orders().map((o) => String(o.id));
    for (const { providerOrderId } of placed)
      expect(atProvider.filter((id) => id === providerOrderId)).toHaveLength(1);
    expect(new Set(placed.map((o) => o.providerOrderId)).size).toBe(ids.length);

    const runs = [
      ...jobRuns(a).map((r) => ({ ...r, on: "a" })),
      ...jobRuns(b).map((r) => ({ ...r, on: "b" })),
    ];
    expect(runs.map((r) => r.name)).toContain("orders.sync-statuses");
    for (const name of new Set(runs.map((r) => r.name))) {
      const ofJob = runs.filter((r) => r.name === name).sort((x, y) => x.start - y.start);
      for (let i = 1; i < ofJob.length; i++)
        expect(
          ofJob[i].start,
          `${name} started on ${ofJob[i].on} while ${ofJob[i - 1].on} ran it`,
        ).toBeGreaterThanOrEqual(ofJob[i - 1].end);
    }
    await checkMoneyInvariants();
  });

  it("a settings change made on one instance is seen by the other a second later", async () => {
    const read = async (i: Instance) =>
      ((await (await fetch(`${i.url}/probe/settings`)).json()) as { panelName: string }).panelName;
    expect(await read(b)).toBe("Upline");
    const changed = await fetch(`${a.url}/probe/settings`, { method: "POST", body: "Scaled Panel" });
    expect(await changed.json()).toEqual({ panelName: "Scaled Panel" });
    // Each process re-reads the version row when its last check is a second old (VERSION_CHECK_MS):
    // polled, with room for a loaded machine, instead of sleeping exactly that window.
    await expect.poll(() => read(b), { timeout: 5_000, interval: 100 }).toBe("Scaled Panel");
  });

  it("a suspension counts on every instance at once: users and keys are never cached", async () => {
    const user = await makeApiUser(1_000_000n);
    for (const i of [a, b])
      expect((await callApi(i.api, "form", { key: user.key, action: "balance" })).status).toBe(200);
    await db.user.update({ where: { id: user.id }, data: { status: UserStatus.SUSPENDED } });
    for (const i of [a, b])
      expect((await callApi(i.api, "form", { key: user.key, action: "balance" })).body).toMatchObject({
        error: expect.any(String),
      });
  });

  it("the per-key read limit holds in sum over both instances when the store is shared", async () => {
    const user = await makeApiUser(1_000_000n);
    const answers = [];
    for (let i = 0; i < READS_PER_MIN * 2; i++)
      answers.push(await callApi(i % 2 ? a.api : b.api, "form", { key: user.key, action: "balance" }));
    const served = answers.filter((r) => r.status === 200).length;
    // PostgreSQL keeps the counts in its rate_limits table (or Redis when REDIS_URL is set);
    // SQLite means one instance, whose limits live in its memory: each instance counts alone.
    expect(served).toBe(dbProvider === "postgresql" ? READS_PER_MIN : READS_PER_MIN * 2);
    expect(answers.filter((r) => r.status === 429)).toHaveLength(READS_PER_MIN * 2 - served);
  });

  it("120 parallel adds at 60 a minute: exactly the limit is accepted, each order reaches the provider once, the money reconciles", async () => {
    const user = await makeApiUser(1_000_000_000n);
    const answers = await Promise.all(
      Array.from({ length: ADDS_PER_MIN * 2 }, (_, i) =>
        callApi(i % 2 ? a.api : b.api, "form", {
          key: user.key,
          action: "add",
          service: serviceOf().id,
          link: `https://instagram.com/p/burst-${i}`,
          quantity: 100,
        }),
      ),
    );
    const accepted = answers.filter(
      (r) => r.status === 200 && typeof (r.body as { order?: unknown }).order === "number",
    );
    // Anything neither accepted nor refused by the limit is a defect, whatever it says.
    expect(answers.filter((r) => r.status !== 429 && !accepted.includes(r)).map((r) => r.body)).toEqual([]);
    // Shared store (PostgreSQL): the limit in sum. SQLite is one instance: each counts its own half.
    expect(accepted).toHaveLength(dbProvider === "postgresql" ? ADDS_PER_MIN : ADDS_PER_MIN * 2);
    const ids = accepted.map((r) => (r.body as { order: number }).order);
    expect(await db.order.count({ where: { userId: user.id } })).toBe(ids.length);

    await waitFor(
      async () => (await db.order.count({ where: { id: { in: ids }, providerOrderId: null } })) === 0,
      60_000,
      "the orders to reach the provider",
    );
    const placed = await db.order.findMany({
      where: { id: { in: ids } },
      select: { id: true, providerOrderId: true },
    });
    const links = new Map(sim.orders().map((o) => [String(o.id), o.link]));
    const sentTwice = sim
      .orders()
      .filter((o, i, all) => all.findIndex((other) => other.link === o.link) !== i)
      .map((o) => o.link);
    expect(sentTwice).toEqual([]);
    expect(placed.filter((o) => !links.has(String(o.providerOrderId)))).toEqual([]);
    await checkMoneyInvariants();
  });
});
