// Health, readiness and metrics as a load balancer and Prometheus see them: the route handlers
// on this file's database, the reseller API on a real HTTP server.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as health } from "@/app/api/health/route";
import { GET as readyRoute } from "@/app/api/ready/route";
import { GET as metricsRoute } from "@/app/api/metrics/route";
import { db, DispatchState } from "@/lib/db";
import { env } from "@/lib/env.mjs";
import { CLIENT_IP_HEADER } from "@/lib/http/client-ip";
import { canReadMetrics } from "@/lib/metrics/metrics-access";
import { recordDepositCredited } from "@/lib/metrics/metrics";
import { renderMetrics } from "@/lib/metrics/render-metrics";
import { placeOrder } from "@/lib/orders/place-order";
import { startSimulator, type SimulatorHandle } from "@/lib/providers/simulator";
import { createApiHandler } from "@/lib/reseller-api/handle-request";
import { createApiLimits } from "@/lib/reseller-api/limits";
import { callApi, makeApiUser, seedPanel, serveApi, type ApiServer } from "../reseller-api/support";

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
  await server?.close();
  await sim?.close();
});

const OPERATOR_TOKEN = "ready-token-0123456789abcdef";

/** /api/ready as an operator asks it (the metrics token), or as anyone else. */
async function ready(as: "operator" | "anyone" = "operator") {
  const saved = env.METRICS_TOKEN;
  env.METRICS_TOKEN = OPERATOR_TOKEN;
  try {
    return await readyRoute(
      new Request("http://x/api/ready", {
        headers: as === "operator" ? { authorization: `Bearer ${OPERATOR_TOKEN}` } : {},
      }),
    );
  } finally {
    env.METRICS_TOKEN = saved;
  }
}

describe("health and readiness", () => {
  it("/api/health answers ok without touching the database", async () => {
    const response = health();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("/api/ready is 200 on a migrated database with an empty queue", async () => {
    const response = await ready();
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      ready: true,
      database: "ok",
      pendingMigrations: [],
      jobLagSeconds: 0,
    });
  });

  it("/api/ready is 503 while the oldest due order waits longer than the bound, 200 again once it is sent", async () => {
    const service = panel.services.get(1)!;
    const user = await makeApiUser(service.rate * 10n);
    const { orderId } = await placeOrder(
      {
        userId: user.id,
        serviceId: service.id,
        fields: { link: "https://instagram.com/lag", quantity: service.min },
        source: "api",
      },
      { dispatch: false },
    );
    const late = new Date(Date.now() - (env.READY_MAX_JOB_LAG_SECONDS + 60) * 1000);
    await db.order.update({ where: { id: orderId }, data: { nextDispatchAt: late } });

    const response = await ready();
    expect(response.status).toBe(503);
    const body = await response.json();
    expect(body).toMatchObject({ ready: false, database: "ok", queueDepth: 1 });
    expect(body.jobLagSeconds).toBeGreaterThan(env.READY_MAX_JOB_LAG_SECONDS);

    // Anyone else gets the status alone: queue depth, job lag and migrations are for operators.
    const bare = await ready("anyone");
    expect({ status: bare.status, body: await bare.json() }).toEqual({
      status: 503,
      body: { status: "not ready" },
    });

    await db.order.update({ where: { id: orderId }, data: { dispatchState: DispatchState.SENT } });
    expect((await ready()).status).toBe(200);
    const ok = await ready("anyone");
    expect({ status: ok.status, body: await ok.json() }).toEqual({ status: 200, body: { status: "ok" } });
  });

  it("/api/ready is 503 and names the migration this build ships but the database lacks", async () => {
    const [last] = await db.$queryRawUnsafe<{ migration_name: string }[]>(
      `SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name DESC LIMIT 1`,
    );
    await db.$executeRawUnsafe(
      `UPDATE "_prisma_migrations" SET migration_name = 'x_' || migration_name WHERE migration_name = '${last.migration_name}'`,
    );
    try {
      const response = await ready();
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ ready: false, pendingMigrations: [last.migration_name] });
    } finally {
      await db.$executeRawUnsafe(
        `UPDATE "_prisma_migrations" SET migration_name = '${last.migration_name}' WHERE migration_name = 'x_${last.migration_name}'`,
      );
    }
    expect((await ready()).status).toBe(200);
  });
});

describe("metrics", () => {
  const line = (text: string, name: string) => text.split("\n").find((l) => l.startsWith(name));

  it("counts API requests by action and outcome, with latency histograms, and the queue gauges", async () => {
    const user = await makeApiUser(1_000_000n);
    await callApi(server.url, "form", { key: user.key, action: "balance" });
    await callApi(server.url, "form", { key: user.key, action: "balance" });
    await callApi(server.url, "form", { key: "upl_wrong-key-000000000000", action: "balance" });
    await callApi(server.url, "form", { key: user.key, action: "status", order: "abc" });
    recordDepositCredited("sepay", 2_500_000n);

    const { body, contentType } = await renderMetrics();
    expect(contentType).toContain("text/plain");
    expect(line(body, 'upline_api_requests_total{action="balance",outcome="ok"}')).toMatch(/ 2$/);
    expect(line(body, 'upline_api_requests_total{action="none",outcome="invalid_key"}')).toMatch(/ 1$/);
    expect(line(body, 'upline_api_request_duration_seconds_count{action="balance"}')).toMatch(/ 2$/);
    expect(line(body, 'upline_deposits_credited_total{method="sepay"}')).toMatch(/ 1$/);
    expect(line(body, 'upline_deposit_units_credited_total{method="sepay"}')).toMatch(/ 2500000$/);
    expect(line(body, "upline_queue_depth ")).toMatch(/^upline_queue_depth \d+$/);
    expect(line(body, "upline_job_lag_seconds ")).toMatch(/^upline_job_lag_seconds [\d.e+-]+$/);
  });

  it("counts dispatch outcomes by class and provider latency by provider", async () => {
    const service = panel.services.get(1)!;
    const user = await makeApiUser(service.rate * 10n);
    const answer = await callApi(server.url, "form", {
      key: user.key,
      action: "add",
      service: service.id,
      link: "https://instagram.com/m",
      quantity: service.min,
    });
    expect(answer.body).toMatchObject({ order: expect.any(Number) });
    const { waitForDispatches } = await import("@/lib/orders/dispatch");
    await waitForDispatches();
    const { body } = await renderMetrics();
    expect(line(body, 'upline_dispatch_outcomes_total{class="sent"}')).toMatch(/ [1-9]\d*$/);
    expect(line(body, "upline_provider_request_duration_seconds_count{provider=")).toMatch(
      /action="add"} [1-9]\d*$/,
    );
  });

  it("is served only with the token or from an allowed address, and 404 otherwise", async () => {
    const config = { token: "metrics-token-0123456789", allowIps: ["10.0.0.5"] };
    const headers = (h: Record<string, string>) => new Headers(h);
    expect(canReadMetrics(headers({ authorization: "Bearer metrics-token-0123456789" }), config)).toBe(true);
    expect(canReadMetrics(headers({ authorization: "Bearer metrics-token-0123456780" }), config)).toBe(false);
    // The address is the one the server stamped from the socket; a client's own X-Forwarded-For is no pass.
    expect(canReadMetrics(headers({ [CLIENT_IP_HEADER]: "10.0.0.5" }), config)).toBe(true);
    expect(canReadMetrics(headers({ [CLIENT_IP_HEADER]: "10.0.0.6" }), config)).toBe(false);
    expect(
      canReadMetrics(headers({ [CLIENT_IP_HEADER]: "10.0.0.6", "x-forwarded-for": "10.0.0.5" }), config),
    ).toBe(false);
    expect(canReadMetrics(headers({}), { token: undefined, allowIps: [] })).toBe(false);
    // This test run sets neither, so the route stays hidden.
    expect((await metricsRoute(new Request("http://x/api/metrics"))).status).toBe(404);
  });
});
