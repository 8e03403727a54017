// Shared set-up for the reseller API tests: the route handler on a real node:http server, a
// panel catalog over a simulator provider, API users with money, and a client that speaks each
// transport (GET query, form POST, multipart POST, JSON POST).
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { db, LedgerType, UserStatus } from "@/lib/db";
import { adjustBalance } from "@/lib/ledger/adjust-balance";
import { createProvider } from "@/lib/providers/manage-providers";
import type { SimulatorHandle } from "@/lib/providers/simulator";
import { parseMoney } from "@/lib/money";
import { issueApiKey } from "@/lib/reseller-api/api-keys";
import { parseTrustProxy, stampClientIp, type ProxyTrust } from "@/lib/http/client-ip";
import { answerApiRequest } from "@/lib/reseller-api/direct-route";
import type { ApiHandler } from "@/lib/reseller-api/handle-request";
import { updateSettings } from "@/lib/settings/settings";
import { createUser } from "@/lib/users/create-user";

export type ApiServer = { url: string; close(): Promise<void> };

type RouteHandler = (request: Request) => Promise<Response>;

/** The route file's GET and POST (app/api/v2/route.ts) as Next calls them: Web Request in, Response out. */
export function routeFile(route: { GET: RouteHandler; POST: RouteHandler }): ApiHandler {
  return async (request) => {
    const chunks: Uint8Array[] = [];
    if (request.body) for await (const chunk of request.body) chunks.push(chunk);
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers))
      if (typeof value === "string") headers.set(name, value);
    const web = new Request(`http://localhost${request.url}`, {
      method: request.method,
      headers,
      body: request.method === "POST" ? Buffer.concat(chunks) : undefined,
    });
    const response = await (request.method === "GET" ? route.GET(web) : route.POST(web));
    return {
      status: response.status,
      headers: Object.fromEntries(response.headers),
      body: await response.text(),
    };
  };
}

/**
 * Serves a handler over real HTTP through the same bridge scripts/serve.ts uses for /api/v2
 * (lib/reseller-api/direct-route.ts), stamping the client IP as it does. By default the tests
 * act as a proxy on loopback, so their X-Forwarded-For names the client.
 */
export async function serveApi(
  handler: ApiHandler,
  trust: ProxyTrust = parseTrustProxy("127.0.0.1"),
): Promise<ApiServer> {
  const server = createServer((req, res) => {
    stampClientIp(req, trust);
    void answerApiRequest(handler, req, res, { https: false });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/v2`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type Transport = "get" | "form" | "multipart" | "json";
export const TRANSPORTS: readonly Transport[] = ["get", "form", "multipart", "json"];

export type ApiAnswer = { status: number; contentType: string; text: string; body: unknown };

export type Params = Record<string, string | number | undefined>;

/** One API call in the given transport; numbers stay numbers in JSON, like a JSON client sends them. */
export async function callApi(
  url: string,
  transport: Transport,
  params: Params,
  headers: Record<string, string> = {},
): Promise<ApiAnswer> {
  const entries = Object.entries(params).filter((e): e is [string, string | number] => e[1] !== undefined);
  const strings = entries.map(([k, v]) => [k, String(v)]);
  let response: Response;
  if (transport === "get") {
    response = await fetch(`${url}?${new URLSearchParams(strings)}`, { headers });
  } else if (transport === "form") {
    response = await fetch(url, { method: "POST", body: new URLSearchParams(strings), headers });
  } else if (transport === "multipart") {
    const form = new FormData();
    for (const [k, v] of strings) form.append(k, v);
    response = await fetch(url, { method: "POST", body: form, headers });
  } else {
    response = await fetch(url, {
      method: "POST",
      body: JSON.stringify(Object.fromEntries(entries)),
      headers: { "content-type": "application/json", ...headers },
    });
  }
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: response.status, contentType: response.headers.get("content-type") ?? "", text, body };
}

/** A panel whose catalog is the simulator's, with its own service ids (never the provider's). */
export async function seedPanel(sim: SimulatorHandle, options: { markupPercent?: number } = {}) {
  // The simulator listens on 127.0.0.1: a private address the owner must allow.
  await updateSettings({ allowPrivateProviderUrls: true });
  const provider = await createProvider(
    { name: `Upstream ${sim.port}`, apiUrl: sim.url, apiKey: sim.key },
    { id: null },
  );
  const services = new Map<number, { id: number; rate: bigint; min: number; max: number }>();
  const markup = BigInt(100 + (options.markupPercent ?? 50));
  for (const item of sim.catalog()) {
    const category = await db.category.upsert({
      where: { name: item.category },
      create: { name: item.category },
      update: {},
    });
    const cost = parseMoney(item.rate)!;
    const ps = await db.providerService.create({
      data: {
        providerId: provider.id,
        externalId: String(item.service),
        name: item.name,
        type: item.type,
        category: item.category,
        rate: cost,
        min: item.min,
        max: item.max,
        refill: item.refill,
        cancel: item.cancel,
        dripfeed: item.dripfeed,
      },
    });
    const rate = (cost * markup) / 100n;
    const service = await db.service.create({
      // Panel ids of their own (1000 + n), so an answer showing the provider's id would be caught.
      data: {
        id: 1000 + item.service,
        providerServiceId: ps.id,
        categoryId: category.id,
        name: `Panel ${item.name}`,
        type: item.type,
        min: item.min,
        max: item.max,
        rate,
      },
    });
    services.set(item.service, { id: service.id, rate, min: item.min, max: item.max });
  }
  return { provider, services };
}

let userSeq = 0;

/** A customer with an API key and `balance` units on the ledger. */
export async function makeApiUser(
  balance: bigint,
  options: { status?: UserStatus; apiAccess?: boolean } = {},
) {
  const user = await createUser({
    email: `api-${++userSeq}-${Date.now()}@test.dev`,
    password: "test-pass-1",
  });
  if (balance > 0n)
    await adjustBalance({
      userId: user.id,
      amount: balance,
      reason: "test deposit",
      type: LedgerType.DEPOSIT,
    });
  if (options.status || options.apiAccess === false) {
    await db.user.update({
      where: { id: user.id },
      data: { status: options.status, apiAccess: options.apiAccess },
    });
  }
  const { key } = await issueApiKey(user.id);
  return { id: user.id, key };
}

/** Every balance, order and refill row: what a request that failed must leave unchanged. */
export async function moneySnapshot() {
  const [users, orders, refills, ledger] = await Promise.all([
    db.user.findMany({ select: { id: true, balance: true, spent: true }, orderBy: { id: "asc" } }),
    db.order.findMany({
      select: { id: true, status: true, charge: true, refunded: true, dispatchState: true },
      orderBy: { id: "asc" },
    }),
    db.refill.findMany({ select: { id: true, status: true }, orderBy: { id: "asc" } }),
    db.ledgerEntry.count(),
  ]);
  return JSON.stringify({ users, orders, refills, ledger }, (_k, v) =>
    typeof v === "bigint" ? v.toString() : v,
  );
}
