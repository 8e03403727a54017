// Writing answers, including the broken ones the fault board asks for.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { ActiveFault } from "./faults";

export function sendJson(res: ServerResponse, status: number, value: unknown): void {
  if (res.destroyed || res.writableEnded) return;
  const body = JSON.stringify(value, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v));
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(body),
  });
  res.end(body);
}

function sendText(
  res: ServerResponse,
  status: number,
  contentType: string,
  body: string,
  headers: Record<string, string> = {},
): void {
  if (res.destroyed || res.writableEnded) return;
  res.writeHead(status, {
    "content-type": contentType,
    "content-length": Buffer.byteLength(body),
    ...headers,
  });
  res.end(body);
}

const HTML_PAGE = (title: string) =>
  `<!DOCTYPE html>\n<html><head><title>${title}</title></head><body><h1>${title}</h1><p>Please try again later.</p></body></html>\n`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Answers a request the faulty way. `answer` runs the action for real (for the faults where the
 * provider did the work before misbehaving); `hold` keeps a response open until close().
 */
export async function sendFault(
  fault: ActiveFault,
  req: IncomingMessage,
  res: ServerResponse,
  answer: () => unknown,
  hold: (res: ServerResponse) => void,
): Promise<void> {
  const { options } = fault;
  switch (fault.name) {
    case "timeout":
      if (options.delayMs === undefined) return hold(res);
      await sleep(options.delayMs);
      return sendJson(res, 200, answer());
    case "http500":
      return sendText(res, 500, "text/plain", "Internal Server Error");
    case "http502":
      return sendText(res, 502, "text/html", HTML_PAGE("502 Bad Gateway"));
    case "http429":
      return sendText(res, 429, "text/plain", "Too Many Requests", { "retry-after": "1" });
    case "html":
      return sendText(res, options.httpStatus ?? 200, "text/html", HTML_PAGE("Database connection error"));
    case "malformed":
      return sendText(res, 200, "application/json", '{"order": 4711, "status": "ok", "charge": ');
    case "empty":
      return sendText(res, 200, "application/json", "");
    case "error":
      return sendJson(res, 200, { error: options.text ?? "Error" });
    case "no_funds":
      return sendJson(res, 200, { error: "Not enough funds on balance" });
    case "answer_with_error_zero": {
      const body = answer();
      return sendJson(
        res,
        200,
        typeof body === "object" && body !== null && !Array.isArray(body) ? { ...body, error: 0 } : body,
      );
    }
    case "answer_with_http_error":
      return sendJson(res, options.httpStatus ?? 500, answer());
    case "accept_then_drop":
      answer();
      req.socket.destroy();
      return;
  }
}
