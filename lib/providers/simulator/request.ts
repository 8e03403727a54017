// Reads API v2 parameters the ways clients send them: GET query, form-encoded POST, JSON body.
import type { IncomingMessage } from "node:http";

const MAX_BODY_BYTES = 1_000_000;

export class BodyTooLargeError extends Error {}

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLargeError("body too large");
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function stringValues(record: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(record)) {
    if (value === null || value === undefined) continue;
    out[name] = Array.isArray(value) ? value.join(",") : String(value);
  }
  return out;
}

/** Query parameters overlaid with the body's, as PHP's $_REQUEST does. */
export function parseParams(url: URL, contentType: string | undefined, body: string): Record<string, string> {
  const params: Record<string, string> = Object.fromEntries(url.searchParams);
  const text = body.trim();
  if (text === "") return params;
  if ((contentType ?? "").includes("json") || text.startsWith("{")) {
    try {
      const json: unknown = JSON.parse(text);
      if (json && typeof json === "object" && !Array.isArray(json)) {
        return { ...params, ...stringValues(json as Record<string, unknown>) };
      }
    } catch {
      return params;
    }
  }
  return { ...params, ...Object.fromEntries(new URLSearchParams(text)) };
}
