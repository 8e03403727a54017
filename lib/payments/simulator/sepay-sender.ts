// A SePay stand-in: posts bank-transfer webhooks to a URL over real HTTP, signed the way SePay
// signs them (API key header and/or HMAC-SHA256 with a timestamp), or deliberately wrong:
// forged signature, wrong key, stale timestamp, malformed body, no credentials. Tests, the
// property test and the demo's "simulate the transfer" button all send through it.
import { randomInt } from "node:crypto";
import { sepaySignature } from "../sepay/verify";

export type SepayTransfer = {
  id?: number;
  accountNumber: string;
  amount: number | string;
  content: string;
  transferType?: "in" | "out";
  bank?: string;
  code?: string | null;
};

export type SepayCredentials = { apiKey?: string; hmacSecret?: string };
export type SepayTamper = "forged-signature" | "wrong-key" | "stale-timestamp" | "malformed" | "no-auth";

/** SePay's transaction ids: positive integers, unique per bank transaction. */
export function newSepayId(): number {
  return randomInt(1, 2 ** 47);
}

export function sepayPayload(transfer: SepayTransfer) {
  const at = new Date(Date.now() + 7 * 3_600_000).toISOString().replace("T", " ").slice(0, 19); // bank time, UTC+7
  return {
    id: transfer.id ?? newSepayId(),
    gateway: transfer.bank ?? "MBBank",
    transactionDate: at,
    accountNumber: transfer.accountNumber,
    code: transfer.code ?? null,
    content: transfer.content,
    transferType: transfer.transferType ?? "in",
    transferAmount: typeof transfer.amount === "string" ? Number(transfer.amount) : transfer.amount,
    accumulated: 19_077_000,
    subAccount: null,
    referenceCode: `FT${randomInt(10 ** 9, 10 ** 10)}`,
    description: `BankAPINotify ${transfer.content}`,
  };
}

export type SendOptions = SepayCredentials & { tamper?: SepayTamper; nowMs?: number; rawBody?: string };

/** Posts one delivery; the answer's HTTP status and JSON body. */
export async function sendSepayWebhook(
  url: string,
  payload: object,
  options: SendOptions = {},
): Promise<{ status: number; body: unknown }> {
  const tamper = options.tamper;
  const raw =
    options.rawBody ?? (tamper === "malformed" ? '{"id": 1, "transferAmount": ' : JSON.stringify(payload));
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (tamper !== "no-auth") {
    if (options.apiKey)
      headers.authorization = `Apikey ${tamper === "wrong-key" ? `${options.apiKey}x` : options.apiKey}`;
    if (options.hmacSecret) {
      const nowMs = options.nowMs ?? Date.now();
      const timestamp = String(
        Math.floor((tamper === "stale-timestamp" ? nowMs - 10 * 60_000 : nowMs) / 1000),
      );
      headers["x-sepay-timestamp"] = timestamp;
      headers["x-sepay-signature"] = sepaySignature(
        tamper === "forged-signature" ? `${options.hmacSecret}-forged` : options.hmacSecret,
        timestamp,
        raw,
      );
    }
  }
  const response = await fetch(url, {
    method: "POST",
    headers,
    body: raw,
    signal: AbortSignal.timeout(30_000),
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, body };
}
