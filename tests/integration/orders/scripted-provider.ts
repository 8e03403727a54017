// A provider over real HTTP whose answers each test writes by hand: the odd shapes real panels
// send (an order id beside an error, 3-billion start counts, a Partial with no charge) that the
// simulator's honest book-keeping never produces. Unscripted actions answer `{"error": ...}`.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { DEFAULT_CATALOG, type SimService } from "@/lib/providers/simulator";

export type ScriptedAnswer = { status?: number; body: unknown };
export type ScriptedRequest = Record<string, string>;
type Script = (params: ScriptedRequest) => ScriptedAnswer | unknown;

export type ScriptedProvider = {
  url: string;
  port: number;
  key: string;
  catalog: () => SimService[];
  /** Every request received, in order (the key left out). */
  requests: ScriptedRequest[];
  on(action: string, script: Script): void;
  close(): Promise<void>;
};

const isAnswer = (value: unknown): value is ScriptedAnswer =>
  typeof value === "object" && value !== null && "body" in value;

export async function startScriptedProvider(): Promise<ScriptedProvider> {
  const scripts = new Map<string, Script>();
  const requests: ScriptedRequest[] = [];
  const server = createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk) => (raw += chunk));
    req.on("end", () => {
      const params = Object.fromEntries(new URLSearchParams(raw));
      delete params.key;
      requests.push(params);
      const script = scripts.get(params.action ?? "");
      const result = script ? script(params) : { error: "Incorrect request" };
      const answer = isAnswer(result) ? result : { body: result };
      const body = typeof answer.body === "string" ? answer.body : JSON.stringify(answer.body);
      res.writeHead(answer.status ?? 200, { "content-type": "application/json" });
      res.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/v2`,
    port,
    key: "scripted-key",
    catalog: () => [...DEFAULT_CATALOG],
    requests,
    on: (action, script) => void scripts.set(action, script),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A status batch answer built per asked id. */
export function statusBatch(
  params: ScriptedRequest,
  answer: (id: string) => unknown,
): Record<string, unknown> {
  return Object.fromEntries((params.orders ?? params.order ?? "").split(",").map((id) => [id, answer(id)]));
}
