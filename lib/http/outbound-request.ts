// One HTTP call to an owner-typed URL (the NOWPayments API, the exchange rate feed), connected
// only to an address the outbound-URL rule accepted. Redirects are not followed (a redirect
// could lead anywhere); the answer is read up to a size cap.
import http from "node:http";
import https from "node:https";
import { BodyTooLargeError } from "./read-bounded-text";
import { guardConnection, parseOutboundUrl, type OutboundAccess } from "./outbound-url";

export type OutboundRequest = {
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string;
  timeoutMs: number;
  maxBytes: number;
  access: OutboundAccess;
};

export type OutboundAnswer = { status: number; text: string };

/** Throws OutboundRefusedError before connecting, a network error, a timeout or BodyTooLargeError. */
export function outboundRequest(target: string, request: OutboundRequest): Promise<OutboundAnswer> {
  const url = parseOutboundUrl(target);
  const { lookup } = guardConnection(url, request.access);
  const client = url.protocol === "https:" ? https : http;
  return new Promise<OutboundAnswer>((resolve, reject) => {
    const outgoing = client.request(
      url,
      { method: request.method ?? "GET", headers: request.headers, lookup, agent: false },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on("data", (chunk: Buffer) => {
          size += chunk.byteLength;
          if (size > request.maxBytes) return response.destroy(new BodyTooLargeError());
          chunks.push(chunk);
        });
        response.on("error", reject);
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }),
        );
      },
    );
    const timer = setTimeout(
      () => outgoing.destroy(new Error(`no answer within ${request.timeoutMs} ms`)),
      request.timeoutMs,
    );
    outgoing.on("close", () => clearTimeout(timer));
    outgoing.on("error", reject);
    outgoing.end(request.body);
  });
}
