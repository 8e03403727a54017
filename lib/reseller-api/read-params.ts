// Transport: turns a GET query, a form or multipart POST, or a JSON body into flat string
// parameters, tolerating what PHP and Python clients send (a missing or wrong content-type,
// `orders[]=1&orders[]=2`, JSON numbers and arrays). Anything ambiguous is "Incorrect request".
import { readHeader, type HeaderBag } from "../http/client-ip";
import { incorrectRequest } from "./api-errors";

export const MAX_BODY_BYTES = 256 * 1024;
const MAX_FIELDS = 64;
const NAME = /^[a-z_]{1,32}$/;

export type ApiParams = {
  /** A single-valued field; undefined when absent or empty. Two different values are ambiguous. */
  one(name: string): string | undefined;
  /** A list field (orders, refills): repeated fields and comma lists are joined with commas. */
  list(name: string): string | undefined;
};

/**
 * A request as the API reads it: from a node request (the server in front of Next,
 * lib/reseller-api/direct-route.ts) or a Web Request (Next's route), without building one from
 * the other.
 */
export type ApiRequest = {
  method: string;
  /** Path and query ("/api/v2?key=..."). */
  url: string;
  headers: HeaderBag;
  /** The body's chunks (a node request or a Web stream); read once, bounded by readBody. */
  body: AsyncIterable<Uint8Array> | null;
};

export function fromWebRequest(request: Request): ApiRequest {
  const url = new URL(request.url);
  return {
    method: request.method,
    url: url.pathname + url.search,
    headers: request.headers,
    body: request.body as AsyncIterable<Uint8Array> | null,
  };
}

export async function readApiParams(request: ApiRequest): Promise<ApiParams> {
  const fields = new Map<string, string[]>();
  const add = (rawName: string, value: string) => {
    // PHP's http_build_query writes arrays as name[0]=..., name[]=...
    const name = rawName.replace(/\[[^\]]*\]$/, "");
    if (!NAME.test(name)) return; // unknown shapes of names are ignored, like a PHP panel would
    const values = fields.get(name) ?? [];
    values.push(value);
    fields.set(name, values);
    if (fields.size > MAX_FIELDS || values.length > 200) throw incorrectRequest();
  };

  const query = request.url.indexOf("?");
  if (query >= 0)
    new URLSearchParams(request.url.slice(query + 1)).forEach((value, name) => add(name, value));
  if (request.method === "POST") {
    const body = await readBody(request.body);
    const contentType = readHeader(request.headers, "content-type") ?? "";
    const type = contentType.toLowerCase();
    if (type.startsWith("multipart/form-data")) {
      await readMultipart(body, contentType, add);
    } else {
      const text = decodeUtf8(body);
      if (type.startsWith("application/json") || /^\s*[{[]/.test(text)) readJson(text, add);
      else new URLSearchParams(text).forEach((value, name) => add(name, value));
    }
  }

  return {
    one(name) {
      const values = (fields.get(name) ?? []).map((v) => v.trim()).filter((v) => v !== "");
      if (values.length === 0) return undefined;
      if (values.some((v) => v !== values[0])) throw incorrectRequest();
      return values[0];
    },
    list(name) {
      const values = (fields.get(name) ?? []).map((v) => v.trim()).filter((v) => v !== "");
      return values.length ? values.join(",") : undefined;
    },
  };
}

async function readBody(body: AsyncIterable<Uint8Array> | null): Promise<Uint8Array> {
  if (!body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += chunk.byteLength;
    // Too big: keep draining (up to a point) so the client reads the JSON error instead of a
    // reset. Leaving the loop early cancels the stream.
    if (size > MAX_BODY_BYTES * 16) break;
    if (size <= MAX_BODY_BYTES) chunks.push(chunk);
  }
  if (size > MAX_BODY_BYTES) throw incorrectRequest();
  return Buffer.concat(chunks);
}

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw incorrectRequest();
  }
}

async function readMultipart(
  body: Uint8Array,
  contentType: string,
  add: (name: string, value: string) => void,
) {
  let form: FormData;
  try {
    form = await new Response(Uint8Array.from(body), { headers: { "content-type": contentType } }).formData();
  } catch {
    throw incorrectRequest();
  }
  form.forEach((value, name) => {
    if (typeof value !== "string") throw incorrectRequest(); // files have no place in this API
    add(name, value);
  });
}

function readJson(text: string, add: (name: string, value: string) => void) {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw incorrectRequest();
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw incorrectRequest();
  for (const [name, value] of Object.entries(parsed)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item === null) continue;
      if (typeof item === "string") add(name, item);
      else if (typeof item === "number" && Number.isFinite(item)) add(name, String(item));
      else throw incorrectRequest(); // objects, nested arrays, booleans: not a v2 parameter
    }
  }
}
