// Payment test helpers: the panel's two webhook routes served over real HTTP (the route handlers
// themselves behind a node:http server), gateways configured as an owner would, customers.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { POST as nowpaymentsRoute } from "@/app/api/payments/nowpayments/route";
import { POST as sepayRoute } from "@/app/api/payments/sepay/route";
import { db, Role } from "@/lib/db";
import { saveGatewayConfig } from "@/lib/payments/gateway-settings";
import { createUser } from "@/lib/users/create-user";

let seq = 0;

export async function makeUser(role: Role = Role.CUSTOMER) {
  return createUser({ email: `pay-${++seq}-${Date.now()}@test.dev`, password: "test-pass-1", role });
}

export type PanelServer = {
  origin: string;
  sepayUrl: string;
  nowpaymentsUrl: string;
  close(): Promise<void>;
};

export async function servePanel(): Promise<PanelServer> {
  const routes: Record<string, (request: Request) => Promise<Response>> = {
    "/api/payments/sepay": sepayRoute,
    "/api/payments/nowpayments": nowpaymentsRoute,
  };
  const server = createServer(async (req, res) => {
    const handler = routes[(req.url ?? "").split("?")[0]];
    if (!handler || req.method !== "POST") {
      res.writeHead(404).end();
      return;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers))
      if (typeof value === "string") headers.set(name, value);
    try {
      const response = await handler(
        new Request(`http://panel.test${req.url}`, { method: "POST", headers, body: Buffer.concat(chunks) }),
      );
      res.writeHead(response.status, {
        "content-type": response.headers.get("content-type") ?? "application/json",
      });
      res.end(Buffer.from(await response.arrayBuffer()));
    } catch (error) {
      res.writeHead(500).end(String(error));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    sepayUrl: `${origin}/api/payments/sepay`,
    nowpaymentsUrl: `${origin}/api/payments/nowpayments`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export const SEPAY = {
  apiKey: "sepay-test-api-key-0123456789",
  hmacSecret: "sepay-test-hmac-secret-abcdef",
  account: "0123456789",
};

export async function configureSepay(admin: { id: number }, overrides: Record<string, unknown> = {}) {
  return saveGatewayConfig(
    "sepay",
    {
      enabled: true,
      bankBin: "970422",
      bankName: "MB Bank",
      accountNumber: SEPAY.account,
      accountHolder: "UPLINE TEST",
      rate: "25000",
      minAmount: "1",
      maxAmount: "1000",
      apiKey: SEPAY.apiKey,
      hmacSecret: SEPAY.hmacSecret,
      ...overrides,
    },
    admin,
  );
}

export async function balanceOf(userId: number) {
  return (await db.user.findUniqueOrThrow({ where: { id: userId }, select: { balance: true } })).balance;
}
