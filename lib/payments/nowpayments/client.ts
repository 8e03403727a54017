// NOWPayments' REST API as the panel uses it: create an invoice (the hosted page where the payer
// picks a coin) and read a payment for the admin's re-check. Every call is logged as an
// exchange with the API key scrubbed.
import { z } from "zod";
import { AppError } from "../../errors";
import { outboundAccess } from "../../http/outbound-access";
import { outboundRequest } from "../../http/outbound-request";
import { log } from "../../log";
import { recordExchange } from "../exchanges";
import type { NowpaymentsConfig } from "../gateway-settings";
import { revealSecret } from "../gateway-settings";

const TIMEOUT_MS = 15_000;
const MAX_ANSWER_BYTES = 256 * 1024;

export class GatewayUnavailableError extends AppError {
  constructor() {
    super(
      "Crypto payments are unavailable right now. Please try again in a few minutes.",
      "gateway_unavailable",
    );
  }
}

async function call(
  config: NowpaymentsConfig,
  method: "GET" | "POST",
  path: string,
  depositId: number | null,
  body?: unknown,
): Promise<unknown> {
  const apiKey = revealSecret(config.apiKeyEncrypted);
  const url = `${config.apiUrl.replace(/\/+$/, "")}${path}`;
  let status = 0;
  let text = "";
  try {
    // Connected only to an address the outbound-URL rule accepts (lib/http/outbound-url.ts).
    const response = await outboundRequest(url, {
      method,
      headers: { "x-api-key": apiKey, ...(body ? { "content-type": "application/json" } : {}) },
      body: body ? JSON.stringify(body) : undefined,
      timeoutMs: TIMEOUT_MS,
      maxBytes: MAX_ANSWER_BYTES,
      access: await outboundAccess(config.apiUrl),
    });
    status = response.status;
    text = response.text;
    await recordExchange({
      gateway: "nowpayments",
      depositId,
      direction: "out",
      outcome: `${method} ${path.split("?")[0]}`,
      httpStatus: status,
      body: text,
      secrets: [apiKey],
    });
    if (status < 200 || status >= 300) throw new GatewayUnavailableError();
    return JSON.parse(text);
  } catch (error) {
    if (error instanceof GatewayUnavailableError) throw error;
    log.warn("nowpayments call failed", {
      path,
      status,
      error: error instanceof Error ? error.message : String(error),
    });
    if (status === 0)
      await recordExchange({
        gateway: "nowpayments",
        depositId,
        direction: "out",
        outcome: `${method} ${path} failed`,
        body: error instanceof Error ? error.message : "",
        secrets: [apiKey],
      });
    throw new GatewayUnavailableError();
  }
}

const invoiceAnswer = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  invoice_url: z.url(),
});

export type InvoiceRequest = {
  price_amount: string;
  price_currency: string;
  order_id: string;
  order_description: string;
  ipn_callback_url: string;
  success_url: string;
  cancel_url: string;
};

export async function createInvoice(config: NowpaymentsConfig, request: InvoiceRequest, depositId: number) {
  const answer = invoiceAnswer.safeParse(
    await call(config, "POST", "/invoice", depositId, {
      ...request,
      price_amount: Number(request.price_amount),
    }),
  );
  if (!answer.success) throw new GatewayUnavailableError();
  return { id: answer.data.id, url: answer.data.invoice_url };
}

/** The payment as NOWPayments reports it now (same fields as an IPN). */
export async function getPayment(
  config: NowpaymentsConfig,
  paymentId: string,
  depositId: number,
): Promise<unknown> {
  if (!/^\d{1,20}$/.test(paymentId)) throw new AppError("Not a NOWPayments payment id", "invalid");
  return call(config, "GET", `/payment/${paymentId}`, depositId);
}
