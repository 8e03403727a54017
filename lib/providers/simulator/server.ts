// The provider simulator over real HTTP: API v2 at /api/v2, control at /__control.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { timingSafeEqual } from "node:crypto";
import { runAction } from "./actions";
import type { SimService } from "./catalog";
import { controlCommand, runControl } from "./control";
import { SimulatorCore, type SimRefillView, type SimulatorOptions } from "./core";
import type { Dialect } from "./dialect";
import type { FaultName, FaultOptions } from "./faults";
import type { OrderView } from "./lifecycle";
import { BodyTooLargeError, parseParams, readBody } from "./request";
import { sendFault, sendJson } from "./respond";

export type SimAction = "services" | "add" | "status" | "refill" | "refill_status" | "cancel" | "balance";

export interface SimulatorStats {
  /** Every request that reached /api/v2, faulted or not. */
  requests: number;
  requestsByAction: Record<string, number>;
  /** add calls that stored an order (including accept_then_drop ones). */
  acceptedAdds: number;
}

export interface SimulatorHandle {
  /** http://host:port/api/v2 */
  url: string;
  /** http://host:port/__control */
  controlUrl: string;
  port: number;
  key: string;
  controlToken: string;
  close(): Promise<void>;
  setFault(action: SimAction | "*" | (string & {}), fault: FaultName, options?: FaultOptions): void;
  clearFaults(): void;
  /** Moves the simulator's clock forward and settles orders that ended meanwhile. */
  advance(ms: number): void;
  now(): number;
  setRate(serviceId: number, rate: string | bigint): void;
  removeService(serviceId: number): void;
  setBalance(units: bigint): void;
  setDialect(dialect: Dialect): void;
  balance(): bigint;
  orders(): OrderView[];
  order(id: number | string): OrderView | undefined;
  refills(): SimRefillView[];
  catalog(): SimService[];
  stats(): SimulatorStats;
}

function tokenMatches(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export async function startSimulator(options: SimulatorOptions = {}): Promise<SimulatorHandle> {
  const core = new SimulatorCore(options);
  const held = new Set<ServerResponse>();

  const answer = (params: Record<string, string>) =>
    tokenMatches(params.key, core.state.apiKey) ? runAction(core, params) : { error: "Invalid API key" };

  async function handleApi(req: IncomingMessage, res: ServerResponse, url: URL) {
    const params = parseParams(url, req.headers["content-type"], await readBody(req));
    const action = params.action ?? "";
    core.countRequest(action);
    const fault = core.faults.draw(action, core.faultRandom);
    if (fault) {
      return sendFault(
        fault,
        req,
        res,
        () => answer(params),
        (r) => {
          held.add(r);
          r.on("close", () => held.delete(r));
        },
      );
    }
    sendJson(res, 200, answer(params));
  }

  async function handleControl(req: IncomingMessage, res: ServerResponse) {
    const header = req.headers["x-control-token"];
    if (
      req.method !== "POST" ||
      !tokenMatches(typeof header === "string" ? header : undefined, core.state.controlToken)
    ) {
      return sendJson(res, 403, { error: "forbidden" });
    }
    let body: unknown;
    try {
      body = JSON.parse(await readBody(req));
    } catch {
      return sendJson(res, 400, { error: "body must be JSON" });
    }
    const command = controlCommand.safeParse(body);
    if (!command.success)
      return sendJson(res, 400, { error: command.error.issues.map((i) => i.message).join("; ") });
    sendJson(res, 200, runControl(handle, command.data));
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://simulator.local");
    const path = url.pathname.replace(/\/+$/, "");
    const work =
      path === "/api/v2" && (req.method === "GET" || req.method === "POST")
        ? handleApi(req, res, url)
        : path === "/__control"
          ? handleControl(req, res)
          : Promise.resolve(sendJson(res, 404, { error: "Not found" }));
    work.catch((error: unknown) => {
      if (error instanceof BodyTooLargeError) return sendJson(res, 413, { error: "Request too large" });
      console.error("simulator: request failed", error);
      sendJson(res, 500, { error: "Internal error" });
    });
  });
  server.keepAliveTimeout = 30_000;

  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const origin = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;

  const handle: SimulatorHandle = {
    url: `${origin}/api/v2`,
    controlUrl: `${origin}/__control`,
    port,
    key: core.state.apiKey,
    controlToken: core.state.controlToken,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of held) res.destroy();
        server.close(() => {
          core.flush();
          resolve();
        });
        server.closeAllConnections();
      }),
    setFault: (action, fault, faultOptions) => core.faults.set(action, fault, faultOptions),
    clearFaults: () => core.faults.clear(),
    advance: (ms) => core.advance(ms),
    now: () => core.now(),
    setRate: (serviceId, rate) => core.setRate(serviceId, rate),
    removeService: (serviceId) => {
      core.catalog.delete(serviceId);
    },
    setBalance: (units) => core.setBalance(units),
    setDialect: (dialect) => {
      core.dialect = dialect;
    },
    balance: () => {
      core.settle();
      return core.state.balance;
    },
    orders: () => core.orders(),
    order: (id) => core.orders().find((o) => o.id === Number(id)),
    refills: () => core.refills(),
    catalog: () => [...core.catalog.values()].map((s) => ({ ...s })),
    stats: () => ({
      requests: core.requests,
      requestsByAction: { ...core.requestsByAction },
      acceptedAdds: core.state.acceptedAdds,
    }),
  };
  return handle;
}
