// /api/v2 served by the node server itself (scripts/serve.ts), ahead of Next's router: resellers'
// scripts call it all day, and Next's routing, proxy and rendering pipeline cost several times
// the API's own work (`npm run bench:api` shows both). It runs the same handler as the route
// file, taken from Next's own server bundle (instrumentation.ts shares it), so one set of
// modules serves every request: the database client, caches, limits and metrics are the same.
// Until the handler is shared, or for any other path or method, Next serves the request.
import type { IncomingMessage, ServerResponse } from "node:http";
import { Readable } from "node:stream";
import { log } from "../log";
import { createNonce, securityHeaders } from "../http/security-headers";
import type { ApiHandler } from "./handle-request";

export const API_PATH = "/api/v2";
const SHARED = Symbol.for("upline.resellerApiHandler");
const shared = globalThis as unknown as Record<symbol, ApiHandler | undefined>;

/** Called inside Next's server at start (instrumentation.ts) with the route's handler. */
export function shareApiHandler(handler: ApiHandler): void {
  shared[SHARED] = handler;
}

function isApiRequest(req: IncomingMessage): boolean {
  if (req.method !== "GET" && req.method !== "POST") return false; // Next answers the rest (405)
  const url = req.url ?? "";
  const query = url.indexOf("?");
  return (query < 0 ? url : url.slice(0, query)) === API_PATH;
}

function toRequest(req: IncomingMessage): Request {
  const headers = new Headers();
  for (let i = 0; i < req.rawHeaders.length; i += 2) headers.append(req.rawHeaders[i], req.rawHeaders[i + 1]);
  // The stamped client IP was written into req.headers (lib/http/client-ip.ts), not rawHeaders.
  for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
  const body = req.method === "POST" ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : undefined;
  // Only the path and query are read; the Host header is the client's and is not trusted.
  return new Request(`http://localhost${req.url ?? API_PATH}`, { method: req.method, headers, body, duplex: "half" } as RequestInit);
}

/**
 * Answers the request when it is an /api/v2 call and the handler is shared; false otherwise.
 * The answer carries the same security headers as everything Next serves (proxy.ts).
 */
export function serveApiDirectly(req: IncomingMessage, res: ServerResponse, options: { https: boolean }): boolean {
  const handler = shared[SHARED];
  if (!handler || !isApiRequest(req)) return false;
  void (async () => {
    let status = 500;
    let headers: Record<string, string> = { "content-type": "application/json; charset=utf-8" };
    let body: Buffer = Buffer.from(JSON.stringify({ error: "Internal error" }));
    try {
      const response = await handler(toRequest(req));
      status = response.status;
      headers = Object.fromEntries(response.headers);
      body = Buffer.from(await response.arrayBuffer());
    } catch (error) {
      log.error("api request failed before the handler", { error });
    }
    res.writeHead(status, { ...headers, ...securityHeaders({ nonce: createNonce(), https: options.https, dev: false }) });
    res.end(body);
  })();
  return true;
}
