// One HTTP call to a provider, as the standard PHP client makes it: a form-encoded POST with key
// and action. Transport trouble becomes an outcome; the key and URL never reach a reason.
import { BodyTooLargeError, readBoundedText } from "../http/read-bounded-text";
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
  UND_ERR_CONNECT_TIMEOUT: "could not connect in time",
  ECONNRESET: "connection reset after the request was sent",
  EPIPE: "connection broken while sending",
  UND_ERR_SOCKET: "connection closed before an answer",
  UND_ERR_CLOSED: "connection closed before an answer",
};

/** The error code of a failed fetch: undici puts it on `cause`, sometimes one level deeper. */
function networkCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === "object"; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string") return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

function describeThrown(error: unknown, timedOut: boolean, timeoutMs: number): ProviderResult<never> {
  if (timedOut) return failure("uncertain", `no answer within ${timeoutMs} ms`);
  const code = networkCode(error);
  // Only our own wording: an error message may quote the URL.
  const reason = (code && NETWORK_REASONS[code]) ?? (code ? `network error ${code}` : "network error");
  return failure(classifyNetworkCode(code), reason);
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
function isHttpUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === "http:" || protocol === "https:";
  } catch {
    return false;
  }
}

export async function exchange(request: ExchangeRequest): Promise<RawExchange> {
  if (!isHttpUrl(request.url)) return { result: failure("temporary", "the API URL is not a valid http(s) URL") };
  const body = new URLSearchParams({ key: request.key, action: request.action, ...request.params });
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, request.timeoutMs);
  try {
    const response = await fetch(request.url, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
      body,
      signal: controller.signal,
      // A redirected POST turns into a GET without the body; report it instead.
      redirect: "manual",
    });
    const text = await readBoundedText(response, request.maxBytes);
    return { result: readBody(response.status, text), httpStatus: response.status, body: parseJson(text.replace(/^\uFEFF/, "").trim()).json };
  } catch (error) {
    if (error instanceof BodyTooLargeError) return { result: failure("uncertain", `answer too large (over ${request.maxBytes} bytes)`) };
    return { result: describeThrown(error, timedOut, request.timeoutMs) };
  } finally {
    clearTimeout(timer);
  }
}
