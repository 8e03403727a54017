// One HTTP call to a provider, as the standard PHP client makes it: a form-encoded POST with key
// and action. Transport trouble becomes an outcome; the key and URL never reach a reason.
// Node's own http/https clients with kept-alive connections: every order sent is one call, and
// fetch cost several times their CPU per call (`npm run bench:api`).
import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import { pipeline, type Readable, type Transform } from "node:stream";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import { guardConnection, OutboundRefusedError, type OutboundAccess } from "../http/outbound-url";
import { BodyTooLargeError } from "../http/read-bounded-text";
import { classifyErrorText, classifyHttpStatus, classifyNetworkCode } from "./classify";
import { errorText } from "./normalize";
import { failure, ok, type ProviderResult } from "./outcome";

export interface ExchangeRequest {
  url: string;
  key: string;
  action: string;
  params: Record<string, string>;
  timeoutMs: number;
  /** The largest answer read; a longer one is cut off and classed as unreadable. */
  maxBytes: number;
  /** Whether the URL may reach private networks; asked before each call (lib/http/outbound-url.ts). */
  access: () => OutboundAccess | Promise<OutboundAccess>;
}

/** Answer size caps: a full catalog can be large, every other answer is small. */
export const MAX_SERVICES_BYTES = 10 * 1024 * 1024;
export const MAX_ANSWER_BYTES = 64 * 1024;

/** What a call came to before the action's answer is read: the parsed JSON, or a failure. */
export interface RawExchange {
  result: ProviderResult<unknown>;
  httpStatus?: number;
  /** The answer's JSON whenever it parsed, even when the call failed (an `add` may name an order). */
  body?: unknown;
}

const NETWORK_REASONS: Record<string, string> = {
  ECONNREFUSED: "connection refused",
  ENOTFOUND: "host not found (DNS)",
  EAI_AGAIN: "DNS lookup failed",
  EHOSTUNREACH: "host unreachable",
  ENETUNREACH: "network unreachable",
  ECONNRESET: "connection reset after the request was sent",
  EPIPE: "connection broken while sending",
  UND_ERR_SOCKET: "connection closed before an answer",
  UND_ERR_CLOSED: "connection closed before an answer",
};

export type CallState = { timedOut: boolean; connected: boolean; timeoutMs: number };

const REFUSED_REASONS: Record<OutboundRefusedError["reason"], string> = {
  private: "address refused: this server or a private network",
  reserved: "address refused: a reserved network",
  unresolvable: "host not found (DNS)",
  invalid: "the API URL is not a valid http(s) URL",
};

export function describeThrown(error: unknown, call: CallState): ProviderResult<never> {
  // The outbound-URL rule refused the address: no connection was made.
  if (error instanceof OutboundRefusedError) return failure("temporary", REFUSED_REASONS[error.reason]);
  // Nothing was sent before the connection existed: safe to try again.
  if (call.timedOut)
    return call.connected
      ? failure("uncertain", `no answer within ${call.timeoutMs} ms`)
      : failure("temporary", "could not connect in time");
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  // Node's "socket hang up": the provider closed the connection without answering.
  if (code === "ECONNRESET" && message === "socket hang up")
    return failure("uncertain", "connection closed before an answer");
  const known = typeof code === "string" ? code : undefined;
  // Only our own wording: an error message may quote the URL.
  const reason = (known && NETWORK_REASONS[known]) ?? (known ? `network error ${known}` : "network error");
  return failure(classifyNetworkCode(known), reason);
}

function parseJson(body: string): { parsed: boolean; json?: unknown } {
  if (body === "") return { parsed: false };
  try {
    return { parsed: true, json: JSON.parse(body) };
  } catch {
    return { parsed: false };
  }
}

function readBody(status: number, text: string): ProviderResult<unknown> {
  const body = text.replace(/^\uFEFF/, "").trim();
  const { parsed, json } = parseJson(body);
  const error = parsed ? errorText(json) : null;
  if (error !== null) return failure(classifyErrorText(error), error);
  if (status >= 300) {
    const kind = classifyHttpStatus(status);
    return failure(kind, status === 429 ? "rate limited (HTTP 429)" : `HTTP ${status}`);
  }
  if (body === "") return failure("uncertain", "empty answer");
  if (!parsed) {
    const html = /^<(!doctype|html|head|body|br|b|div|\?xml)/i.test(body);
    return failure("uncertain", html ? "HTML page instead of JSON" : "unreadable answer (not JSON)");
  }
  return ok(json);
}

/** Only http(s) URLs are sent anywhere; anything else fails before a request exists. */
function httpUrl(url: string): URL | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed : null;
  } catch {
    return null;
  }
}

// Connections stay open between calls, as fetch keeps them. A connection opened while private
// addresses were allowed is never reused for a call that must stay public.
const keptAlive = () => ({
  http: new http.Agent({ keepAlive: true }),
  https: new https.Agent({ keepAlive: true }),
});
const agents = { public: keptAlive(), private: keptAlive() };

const DECODERS: Record<string, () => Transform> = {
  gzip: createGunzip,
  "x-gzip": createGunzip,
  deflate: createInflate,
  br: createBrotliDecompress,
};

/** The answer as text, decoded, at most maxBytes of it (declared or read); more drops the connection. */
async function readAnswer(response: IncomingMessage, maxBytes: number): Promise<string> {
  const encoding = String(response.headers["content-encoding"] ?? "identity").toLowerCase();
  const decoder = DECODERS[encoding];
  if (Number(response.headers["content-length"] ?? "0") > maxBytes && !decoder) {
    response.destroy();
    throw new BodyTooLargeError();
  }
  // pipeline() passes a broken connection on to the decoder, which then fails the read.
  const stream: Readable = decoder ? pipeline(response, decoder(), () => undefined) : response;
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      size += (chunk as Buffer).byteLength;
      if (size > maxBytes) throw new BodyTooLargeError();
      chunks.push(chunk as Buffer);
    }
  } finally {
    if (size > maxBytes || !response.complete) response.destroy();
  }
  return Buffer.concat(chunks).toString("utf8");
}

export async function exchange(request: ExchangeRequest): Promise<RawExchange> {
  const url = httpUrl(request.url);
  if (!url) return { result: failure("temporary", REFUSED_REASONS.invalid) };
  const access = await request.access();
  let guard: ReturnType<typeof guardConnection>;
  try {
    guard = guardConnection(url, access);
  } catch (error) {
    return {
      result: describeThrown(error, { timedOut: false, connected: false, timeoutMs: request.timeoutMs }),
    };
  }
  const pool = access.allowPrivate ? agents.private : agents.public;
  const body = new URLSearchParams({
    key: request.key,
    action: request.action,
    ...request.params,
  }).toString();
  const call: CallState = { timedOut: false, connected: false, timeoutMs: request.timeoutMs };
  const secure = url.protocol === "https:";
  return new Promise((resolve) => {
    let settled = false;
    const settle = (raw: RawExchange) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(raw);
    };
    const failed = (error: unknown) =>
      settle({
        result:
          error instanceof BodyTooLargeError
            ? failure("uncertain", `answer too large (over ${request.maxBytes} bytes)`)
            : describeThrown(error, call),
      });
    // A redirect is not followed (a redirected POST would lose its body): its status is reported.
    const outgoing = (secure ? https : http).request(
      url,
      {
        method: "POST",
        agent: secure ? pool.https : pool.http,
        lookup: guard.lookup,
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          "content-length": Buffer.byteLength(body),
          accept: "application/json",
          "accept-encoding": "gzip, deflate, br",
        },
      },
      (response) => {
        const status = response.statusCode ?? 0;
        readAnswer(response, request.maxBytes).then((text) => {
          const trimmed = text.replace(/^\uFEFF/, "").trim();
          settle({ result: readBody(status, text), httpStatus: status, body: parseJson(trimmed).json });
        }, failed);
      },
    );
    outgoing.on("socket", (socket) => {
      if (!socket.connecting) call.connected = true;
      else socket.once("connect", () => (call.connected = true));
    });
    outgoing.on("error", failed);
    const timer = setTimeout(() => {
      call.timedOut = true;
      outgoing.destroy(new Error("timed out"));
    }, request.timeoutMs);
    outgoing.end(body);
  });
}
