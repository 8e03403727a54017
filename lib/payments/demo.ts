// The demo install's gateways: a NOWPayments simulator beside the app, SePay with a demo bank
// account and generated secrets, and the "simulate the transfer" button of the Add funds page.
// Demo is a state per gateway (its config's `demo`): the demo's own save sets it, the owner's
// first save of that gateway ends it, and a restart only refreshes gateways still in demo.
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { encryptSecret } from "../crypto/secret-box";
import { db, DepositStatus } from "../db";
import { appSecret, env } from "../env.mjs";
import { AppError, NotFoundError } from "../errors";
import { getSettings } from "../settings/settings";
import {
  GATEWAYS,
  getGatewayConfig,
  revealSecret,
  saveGatewayConfig,
  type Gateway,
} from "./gateway-settings";
import { localOrigin } from "./public-url";
import { sendSepayWebhook, sepayPayload } from "./simulator/sepay-sender";
import { startNowpaymentsSimulator, type NowpaymentsSimulator } from "./simulator/nowpayments-simulator";

const DEMO_KEY = "gateway.demo";
const demoSchema = z.object({ controlUrl: z.string(), controlTokenEncrypted: z.string() });

export function startDemoPayments(): Promise<NowpaymentsSimulator> {
  return startNowpaymentsSimulator({
    host: "127.0.0.1",
    port: env.DEMO_PAYMENTS_PORT ?? env.DEMO_PROVIDER_PORT + 2,
  });
}

/**
 * First start: each gateway the owner has not set up gets demo values. Later starts: a
 * NOWPayments still in demo follows the running simulator; whatever the owner saved stays as is.
 */
export async function ensureDemoGateways(sim: NowpaymentsSimulator): Promise<void> {
  const actor = { id: null };
  const asDemo = { demo: true };
  const nowpayments = { apiUrl: sim.url, apiKey: sim.apiKey, ipnSecret: sim.ipnSecret };
  // The panel's own deposit limits, in its currency (PANEL_CURRENCY sets them for VND and others).
  const { currencyCode, minDeposit, maxDeposit } = await getSettings();
  const limits = { minAmount: minDeposit, maxAmount: maxDeposit };
  const stored = await db.setting.findMany({
    where: { key: { in: GATEWAYS.map((g) => `gateway.${g}`) } },
    select: { key: true },
  });
  const isNew = (gateway: Gateway) => !stored.some((row) => row.key === `gateway.${gateway}`);

  if (isNew("sepay")) {
    await saveGatewayConfig(
      "sepay",
      {
        enabled: true,
        bankBin: "970422",
        bankName: "MB Bank",
        accountNumber: "0123456789",
        accountHolder: "UPLINE DEMO",
        rate: currencyCode === "VND" ? "1" : "25000",
        ...limits,
        apiKey: randomBytes(18).toString("base64url"),
        hmacSecret: randomBytes(24).toString("base64url"),
      },
      actor,
      undefined,
      asDemo,
    );
  }
  if (isNew("nowpayments")) {
    await saveGatewayConfig(
      "nowpayments",
      { enabled: true, currency: currencyCode, ...limits, ...nowpayments },
      actor,
      undefined,
      asDemo,
    );
  } else if ((await getGatewayConfig("nowpayments")).demo) {
    await saveGatewayConfig("nowpayments", nowpayments, actor, undefined, asDemo);
  }
  const value = JSON.stringify({
    controlUrl: sim.controlUrl,
    controlTokenEncrypted: encryptSecret(sim.controlToken, appSecret()),
  });
  await db.setting.upsert({ where: { key: DEMO_KEY }, create: { key: DEMO_KEY, value }, update: { value } });
}

async function demoControl() {
  if (!env.DEMO_PROVIDER) return null;
  const row = await db.setting.findUnique({ where: { key: DEMO_KEY } });
  const parsed = row ? demoSchema.safeParse(JSON.parse(row.value)) : null;
  return parsed?.success ? parsed.data : null;
}

/** The gateways whose payments are simulated now (the demo runs and the owner has not set them up). */
export async function listDemoGateways(): Promise<Gateway[]> {
  if (!(await demoControl())) return [];
  const configs = await Promise.all(
    GATEWAYS.map(async (gateway) => ({ gateway, demo: (await getGatewayConfig(gateway)).demo })),
  );
  return configs.filter((c) => c.demo).map((c) => c.gateway);
}

/** The demo button: the gateway pays this customer's deposit, over HTTP, as the real one would. */
export async function simulateDemoPayment(userId: number, depositId: number): Promise<void> {
  const control = await demoControl();
  const deposit = await db.deposit.findFirst({ where: { id: depositId, userId } });
  if (!deposit) throw new NotFoundError("Deposit not found");
  const gateway = GATEWAYS.find((g) => g === deposit.gateway);
  // Only a gateway still in demo mode: once the owner saved real settings, a simulated payment
  // would be real money (and signed with the owner's secret).
  if (!control || !gateway || !(await getGatewayConfig(gateway)).demo)
    throw new AppError("Simulated payments only exist in the demo", "not_demo");
  if (deposit.status === DepositStatus.CREDITED)
    throw new AppError("This top-up is already credited", "already_credited");
  if (deposit.gateway === "sepay") {
    const config = await getGatewayConfig("sepay");
    const payload = sepayPayload({
      accountNumber: config.accountNumber,
      amount: deposit.payAmount,
      content: `IBFT ${deposit.code} NAP TIEN`,
    });
    const answer = await sendSepayWebhook(`${localOrigin()}/api/payments/sepay`, payload, {
      apiKey: revealSecret(config.apiKeyEncrypted) || undefined,
      hmacSecret: revealSecret(config.hmacSecretEncrypted) || undefined,
    });
    if (answer.status !== 200)
      throw new AppError("The simulated bank could not reach the panel", "demo_failed");
    return;
  }
  const response = await fetch(control.controlUrl, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-control-token": revealSecret(control.controlTokenEncrypted),
    },
    body: JSON.stringify({ op: "pay", invoice: deposit.code }),
    signal: AbortSignal.timeout(30_000),
  });
  if (!response.ok) throw new AppError("The simulated gateway could not pay this invoice", "demo_failed");
}
