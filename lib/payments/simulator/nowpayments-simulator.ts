// A NOWPayments stand-in over real HTTP: the REST API the panel calls (POST /v1/invoice,
// GET /v1/payment/:id, x-api-key checked), a hosted invoice page with a "Pay" button, and IPNs
// signed with the IPN secret (HMAC-SHA512 over the recursively sorted JSON) posted to the
// invoice's ipn_callback_url. POST /__control (x-control-token) pays an invoice from another
// process (the demo's "simulate the payment" button, e2e tests).
import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { safeEqual } from "../../crypto/safe-equal";
import { nowpaymentsSignature } from "../nowpayments/sign";

export type SimInvoice = {
  id: number;
  order_id: string;
  order_description: string;
  price_amount: number;
  price_currency: string;
  ipn_callback_url: string;
  success_url: string;
  cancel_url: string;
  payments: number[];
};

export type SimPayment = {
  payment_id: number;
  invoice_id: number;
  payment_status: string;
  pay_address: string;
  price_amount: number;
  price_currency: string;
  pay_amount: number;
  actually_paid: number;
  pay_currency: string;
  order_id: string;
  order_description: string;
  purchase_id: number;
  outcome_amount: number;
  outcome_currency: string;
  created_at: string;
  updated_at: string;
  fee: { currency: string; depositFee: number; withdrawalFee: number; serviceFee: number };
};

export type PayOptions = {
  /** The final status: finished (default), partially_paid, failed or expired. */
  status?: "finished" | "partially_paid" | "failed" | "expired";
  /** Share of pay_amount actually paid for partially_paid (default 0.5). */
  paidShare?: number;
  /** Send the IPN with a signature made with another secret. */
  forge?: boolean;
};

export type NowpaymentsSimulator = {
  url: string; // API base, http://127.0.0.1:port/v1
  controlUrl: string;
  apiKey: string;
  ipnSecret: string;
  controlToken: string;
  invoices(): SimInvoice[];
  payment(id: number): SimPayment | undefined;
  /** Pays an invoice (by id or order_id) and delivers its IPNs; the HTTP status of each delivery. */
  pay(
    invoice: number | string,
    options?: PayOptions,
  ): Promise<{ paymentId: number; deliveries: { status: string; http: number }[] }>;
  /** Re-sends a payment's current IPN (a replay). */
  resend(paymentId: number): Promise<number>;
  close(): Promise<void>;
};

export type NowpaymentsSimulatorOptions = {
  port?: number;
  host?: string;
  apiKey?: string;
  ipnSecret?: string;
  controlToken?: string;
};

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 100_000) throw new Error("body too large");
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString("utf8");
  if (!text) return {};
  if ((req.headers["content-type"] ?? "").includes("application/x-www-form-urlencoded"))
    return Object.fromEntries(new URLSearchParams(text));
  return JSON.parse(text);
}

function send(res: ServerResponse, status: number, body: unknown, type = "application/json") {
  res.writeHead(status, { "content-type": type });
  res.end(typeof body === "string" ? body : JSON.stringify(body));
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export async function startNowpaymentsSimulator(
  options: NowpaymentsSimulatorOptions = {},
): Promise<NowpaymentsSimulator> {
  const apiKey = options.apiKey ?? `SIM-${randomBytes(12).toString("hex").toUpperCase()}`;
  const ipnSecret = options.ipnSecret ?? randomBytes(24).toString("base64url");
  const controlToken = options.controlToken ?? randomBytes(24).toString("base64url");
  const invoices = new Map<number, SimInvoice>();
  const payments = new Map<number, SimPayment>();
  // Ids past 32 bits, as NOWPayments' are.
  let nextInvoice = 5_000_000_000;
  let nextPayment = 6_000_000_000;

  const findInvoice = (ref: number | string) =>
    typeof ref === "number"
      ? invoices.get(ref)
      : [...invoices.values()].find((i) => i.order_id === ref || String(i.id) === ref);

  async function deliver(payment: SimPayment, forge = false): Promise<number> {
    const invoice = invoices.get(payment.invoice_id)!;
    const body = { ...payment, fee: { ...payment.fee } };
    const signature = nowpaymentsSignature(forge ? `${ipnSecret}-forged` : ipnSecret, body);
    try {
      const response = await fetch(invoice.ipn_callback_url, {
        method: "POST",
        headers: { "content-type": "application/json", "x-nowpayments-sig": signature },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(30_000),
      });
      await response.arrayBuffer();
      return response.status;
    } catch {
      return 0;
    }
  }

  async function pay(ref: number | string, opts: PayOptions = {}) {
    const invoice = findInvoice(ref);
    if (!invoice) throw new Error(`no such invoice: ${ref}`);
    const now = new Date().toISOString();
    const payment: SimPayment = {
      payment_id: nextPayment++,
      invoice_id: invoice.id,
      payment_status: "waiting",
      pay_address: `T${randomBytes(16).toString("hex")}`,
      price_amount: invoice.price_amount,
      price_currency: invoice.price_currency,
      pay_amount: invoice.price_amount,
      actually_paid: 0,
      pay_currency: "usdttrc20",
      order_id: invoice.order_id,
      order_description: invoice.order_description,
      purchase_id: nextPayment + 1_000_000,
      outcome_amount: invoice.price_amount,
      outcome_currency: "usdttrc20",
      created_at: now,
      updated_at: now,
      fee: { currency: "usdttrc20", depositFee: 0, withdrawalFee: 0, serviceFee: 0 },
    };
    payments.set(payment.payment_id, payment);
    invoice.payments.push(payment.payment_id);
    const final = opts.status ?? "finished";
    const steps =
      final === "finished"
        ? ["waiting", "confirming", "finished"]
        : final === "partially_paid"
          ? ["waiting", "partially_paid"]
          : ["waiting", final];
    const deliveries: { status: string; http: number }[] = [];
    for (const status of steps) {
      payment.payment_status = status;
      payment.updated_at = new Date().toISOString();
      if (status === "finished") payment.actually_paid = payment.pay_amount;
      if (status === "partially_paid")
        payment.actually_paid = Math.round(payment.pay_amount * (opts.paidShare ?? 0.5) * 1e6) / 1e6;
      deliveries.push({ status, http: await deliver(payment, opts.forge) });
    }
    return { paymentId: payment.payment_id, deliveries };
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? "/", "http://sim.local");
    const path = url.pathname.replace(/\/+$/, "");
    const keyOk = () => safeEqual(String(req.headers["x-api-key"] ?? ""), apiKey);

    if (path === "/v1/status") return send(res, 200, { message: "OK" });
    if (path === "/v1/invoice" && req.method === "POST") {
      if (!keyOk())
        return send(res, 403, {
          status: false,
          statusCode: 403,
          code: "INVALID_API_KEY",
          message: "Invalid api key",
        });
      const body = (await readJson(req)) as Record<string, unknown>;
      const price = Number(body.price_amount);
      if (!Number.isFinite(price) || price <= 0 || typeof body.price_currency !== "string") {
        return send(res, 400, {
          status: false,
          statusCode: 400,
          code: "INVALID_REQUEST_PARAMS",
          message: "price_amount and price_currency are required",
        });
      }
      const invoice: SimInvoice = {
        id: nextInvoice++,
        order_id: String(body.order_id ?? ""),
        order_description: String(body.order_description ?? ""),
        price_amount: price,
        price_currency: body.price_currency.toLowerCase(),
        ipn_callback_url: String(body.ipn_callback_url ?? ""),
        success_url: String(body.success_url ?? ""),
        cancel_url: String(body.cancel_url ?? ""),
        payments: [],
      };
      invoices.set(invoice.id, invoice);
      return send(res, 200, {
        ...invoice,
        payments: undefined,
        id: String(invoice.id),
        invoice_url: `${origin}/invoice/${invoice.id}`,
        pay_currency: null,
        created_at: new Date().toISOString(),
      });
    }
    const paymentMatch = /^\/v1\/payment\/(\d+)$/.exec(path);
    if (paymentMatch && req.method === "GET") {
      if (!keyOk())
        return send(res, 403, {
          status: false,
          statusCode: 403,
          code: "INVALID_API_KEY",
          message: "Invalid api key",
        });
      const payment = payments.get(Number(paymentMatch[1]));
      return payment
        ? send(res, 200, payment)
        : send(res, 404, { status: false, statusCode: 404, message: "Payment not found" });
    }
    const pageMatch = /^\/invoice\/(\d+)(\/pay)?$/.exec(path);
    if (pageMatch) {
      const invoice = invoices.get(Number(pageMatch[1]));
      if (!invoice) return send(res, 404, "Invoice not found", "text/plain");
      if (pageMatch[2] && req.method === "POST") {
        await pay(invoice.id);
        res.writeHead(303, { location: invoice.success_url || "/" });
        return res.end();
      }
      return send(
        res,
        200,
        `<!doctype html><html><head><title>NOWPayments simulator</title></head><body style="font-family:sans-serif;max-width:28rem;margin:3rem auto">
<h1>NOWPayments (simulator)</h1><p>Invoice ${invoice.id} for <strong>${invoice.price_amount} ${escapeHtml(invoice.price_currency.toUpperCase())}</strong></p>
<p>Order ${escapeHtml(invoice.order_id)}</p><form method="post" action="/invoice/${invoice.id}/pay"><button type="submit">Pay with USDT (simulated)</button></form>
<p><a href="${escapeHtml(invoice.cancel_url)}">Cancel</a></p></body></html>`,
        "text/html; charset=utf-8",
      );
    }
    if (path === "/__control" && req.method === "POST") {
      if (!safeEqual(String(req.headers["x-control-token"] ?? ""), controlToken))
        return send(res, 403, { error: "forbidden" });
      const body = (await readJson(req)) as { op?: string; invoice?: string | number; options?: PayOptions };
      if (body.op === "pay" && body.invoice !== undefined) {
        const status = body.options?.status;
        if (status && !["finished", "partially_paid", "failed", "expired"].includes(status))
          return send(res, 400, { error: "bad status" });
        return send(
          res,
          200,
          await pay(body.invoice, { status, paidShare: Number(body.options?.paidShare ?? 0.5) }),
        );
      }
      if (body.op === "invoices") return send(res, 200, [...invoices.values()]);
      return send(res, 400, { error: "unknown op" });
    }
    send(res, 404, { status: false, statusCode: 404, message: "Not found" });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) =>
      send(res, 500, { error: error instanceof Error ? error.message : "error" }),
    );
  });
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const origin = `http://${host}:${(server.address() as AddressInfo).port}`;

  return {
    url: `${origin}/v1`,
    controlUrl: `${origin}/__control`,
    apiKey,
    ipnSecret,
    controlToken,
    invoices: () => [...invoices.values()],
    payment: (id) => payments.get(id),
    pay,
    resend: async (paymentId) => {
      const payment = payments.get(paymentId);
      if (!payment) throw new Error(`no such payment: ${paymentId}`);
      return deliver(payment);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
