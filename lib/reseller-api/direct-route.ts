// /api/v2 served by the node server itself (scripts/serve.ts), ahead of Next's router: resellers'
// scripts call it all day, and Next's routing and proxy pipeline cost several times the API's own
// work (`npm run bench:api` shows both). It runs the same handler as the route file, taken from
// Next's own server bundle (instrumentation.ts shares it), so one set of modules serves every
// request: the database client, caches, limits and metrics are the same ones. Until the handler
// is shared, and for any other path or method, Next serves the request.
import type { IncomingMessage, ServerResponse } from "node:http";
import { promisify } from "node:util";
import { gzip as gzipCallback, gzipSync } from "node:zlib";
import { createNonce, securityHeaders } from "../http/security-headers";
import { log } from "../log";
import type { ApiHandler } from "./handle-request";

export const API_PATH = "/api/v2";
const SHARED = Symbol.for("upline.resellerApiHandler");
const shared = globalThis as unknown as Record<symbol, ApiHandler | undefined>;
const gzip = promisify(gzipCallback);
/** Smaller answers go out as they are, as Next's own compression does (a service list is large). */
const GZIP_FROM_BYTES = 1024;
/**
 * The fastest level, as nginx compresses by default: on JSON it is nearly as small as level 6 (a
 * 100-order status: 371 bytes against 372) at a fifth of the time. Answers up to 64 KB are
 * compressed in place (~16 µs for a status), which costs less than a hop to the thread pool.
 */
const GZIP_OPTIONS = { level: 1 };
const GZIP_IN_PLACE_BYTES = 64 * 1024;

function compress(body: Buffer): Buffer | Promise<Buffer> {
  return body.length <= GZIP_IN_PLACE_BYTES ? gzipSync(body, GZIP_OPTIONS) : gzip(body, GZIP_OPTIONS);
}

/** Called inside Next's server at start (instrumentation.ts) with the route's handler. */
export function shareApiHandler(handler: ApiHandler | undefined): void {
  shared[SHARED] = handler;
}

function isApiRequest(req: IncomingMessage): boolean {
  if (req.method !== "GET" && req.method !== "POST") return false; // Next answers the rest (405)
  const url = req.url ?? "";
  const query = url.indexOf("?");
  const path = query < 0 ? url : url.slice(0, query);
  // WooCommerce connectors (and others) post to /api/v2/: answered like /api/v2, never redirected.
  return path === API_PATH || path === `${API_PATH}/`;
}

/** Runs the handler on a node request and writes its answer, with the headers proxy.ts gives everything Next serves. */
export async function answerApiRequest(
  handler: ApiHandler,
  req: IncomingMessage,
  res: ServerResponse,
  options: { https: boolean },
): Promise<void> {
  let status = 500;
  let headers: Record<string, string> = {
    "content-type": "application/json; charset=utf-8",
    "cache-control": "no-store",
  };
  let body: Buffer = Buffer.from(JSON.stringify({ error: "Internal error" }));
  try {
    // The node request as it is: no Web Request or Response is built on this path.
    const answer = await handler({
      method: req.method ?? "GET",
      url: req.url ?? API_PATH,
      headers: req.headers,
      body: req.method === "POST" ? req : null,
    });
    status = answer.status;
    headers = answer.headers;
    body = Buffer.from(answer.body);
  } catch (error) {
    // The handler answers its own errors; only a broken request (or a bug) gets here.
    log.error("api request failed outside the handler", { error });
  }
  headers = {
    ...headers,
    ...securityHeaders({ nonce: createNonce(), https: options.https, dev: false }),
    vary: "Accept-Encoding",
  };
  if (body.length >= GZIP_FROM_BYTES && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))) {
    body = await compress(body);
    headers["content-encoding"] = "gzip";
  }
  res.writeHead(status, { ...headers, "content-length": String(body.length) });
  res.end(body);
}

/** Answers the request when it is an /api/v2 call and the handler is shared; false leaves it to Next. */
export function serveApiDirectly(
  req: IncomingMessage,
  res: ServerResponse,
  options: { https: boolean },
): boolean {
  const handler = shared[SHARED];
  if (!handler || !isApiRequest(req)) return false;
  void answerApiRequest(handler, req, res, options);
  return true;
}
