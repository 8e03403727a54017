// NOWPayments end to end over HTTP: the panel creates the invoice on the simulator's API, the
// simulator posts signed IPNs to the panel's route; finished credits once, partially_paid waits
// for an admin (a later finished credits it), failed and expired close the deposit, forged
// signatures are refused, and the admin's re-check reads the payment from the API.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, DepositStatus, LedgerType, Role, TransferStatus } from "@/lib/db";
import { findLedgerDifferences } from "@/lib/ledger/reconcile";
import { createDeposit } from "@/lib/payments/create-deposit";
import { saveGatewayConfig } from "@/lib/payments/gateway-settings";
import { nowpaymentsSignature } from "@/lib/payments/nowpayments/sign";
import { recheckDeposit } from "@/lib/payments/recheck";
import {
  startNowpaymentsSimulator,
  type NowpaymentsSimulator,
} from "@/lib/payments/simulator/nowpayments-simulator";
import { assignTransfer } from "@/lib/payments/transfer-queue";
import { updateSettings } from "@/lib/settings/settings";
import { balanceOf, makeUser, servePanel, type PanelServer } from "./support";

let panel: PanelServer;
let sim: NowpaymentsSimulator;
let admin: { id: number };

beforeAll(async () => {
  panel = await servePanel();
  sim = await startNowpaymentsSimulator();
  admin = await makeUser(Role.ADMIN);
  await updateSettings({ allowPrivateProviderUrls: true }); // the simulator is on 127.0.0.1
  await saveGatewayConfig(
    "nowpayments",
    {
      enabled: true,
      apiUrl: sim.url,
      apiKey: sim.apiKey,
      ipnSecret: sim.ipnSecret,
      ipnUrl: panel.nowpaymentsUrl,
      currency: "USD",
      rate: "1",
    },
    admin,
  );
});
afterAll(async () => {
  await sim.close();
  await panel.close();
});

async function cryptoDeposit(amount = "12.5") {
  const user = await makeUser();
  const deposit = await createDeposit(user.id, { gateway: "nowpayments", amount });
  return { user, deposit };
}

describe("NOWPayments", () => {
  it("creates the invoice through the API and sends the payer to its page", async () => {
    const { deposit } = await cryptoDeposit("12.5");
    const invoice = sim.invoices().find((i) => i.order_id === deposit.code)!;
    expect(invoice).toMatchObject({
      price_amount: 12.5,
      price_currency: "usd",
      ipn_callback_url: panel.nowpaymentsUrl,
    });
    expect(deposit).toMatchObject({
      gatewayRef: String(invoice.id),
      payUrl: `${sim.url.replace("/v1", "")}/invoice/${invoice.id}`,
      payAmount: "12.5",
      payCurrency: "USD",
    });
    const exchange = await db.gatewayExchange.findFirstOrThrow({
      where: { depositId: deposit.id, direction: "out" },
    });
    expect(exchange.body).not.toContain(sim.apiKey);
  });

  it("refuses to create an invoice with a wrong API key and tells the customer", async () => {
    await saveGatewayConfig("nowpayments", { apiKey: "wrong-key-0000" }, admin);
    const user = await makeUser();
    await expect(createDeposit(user.id, { gateway: "nowpayments", amount: "5" })).rejects.toThrow(
      /unavailable right now/,
    );
    expect((await db.deposit.findFirstOrThrow({ where: { userId: user.id } })).status).toBe(
      DepositStatus.FAILED,
    );
    await saveGatewayConfig("nowpayments", { apiKey: sim.apiKey }, admin);
  });

  it("credits once on finished, whatever the waiting/confirming IPNs and replays around it", async () => {
    const { user, deposit } = await cryptoDeposit("12.5");
    const { paymentId, deliveries } = await sim.pay(deposit.code);
    expect(deliveries).toEqual([
      { status: "waiting", http: 200 },
      { status: "confirming", http: 200 },
      { status: "finished", http: 200 },
    ]);
    for (let i = 0; i < 10; i++) expect(await sim.resend(paymentId)).toBe(200);
    await Promise.all(Array.from({ length: 50 }, () => sim.resend(paymentId)));
    expect(await balanceOf(user.id)).toBe(1_250_000n);
    const ledger = await db.ledgerEntry.findMany({ where: { userId: user.id } });
    expect(ledger.map((e) => [e.type, e.amount, e.idempotencyKey])).toEqual([
      [LedgerType.DEPOSIT, 1_250_000n, `transfer:nowpayments:${paymentId}`],
    ]);
    expect(await db.deposit.findUniqueOrThrow({ where: { id: deposit.id } })).toMatchObject({
      status: DepositStatus.CREDITED,
      paymentRef: String(paymentId),
    });
    const transfer = await db.gatewayTransfer.findFirstOrThrow({ where: { depositId: deposit.id } });
    expect(transfer).toMatchObject({ grossAmount: "12.5", currency: "USD", rate: "1", amount: 1_250_000n });
  });

  it("refuses a forged or unsigned IPN with 401 and a non-JSON body with 400", async () => {
    const { user, deposit } = await cryptoDeposit("3");
    const { deliveries } = await sim.pay(deposit.code, { forge: true });
    expect(deliveries.map((d) => d.http)).toEqual([401, 401, 401]);
    const body = {
      payment_id: 1,
      payment_status: "finished",
      order_id: deposit.code,
      price_amount: 3,
      price_currency: "usd",
    };
    const unsigned = await fetch(panel.nowpaymentsUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    expect(unsigned.status).toBe(401);
    const broken = await fetch(panel.nowpaymentsUrl, {
      method: "POST",
      headers: { "x-nowpayments-sig": nowpaymentsSignature(sim.ipnSecret, body) },
      body: "{not json",
    });
    expect(broken.status).toBe(400);
    expect(await balanceOf(user.id)).toBe(0n);
  });

  it("accepts a genuine IPN whatever the key order it was serialized in (keys sorted recursively)", async () => {
    const { user, deposit } = await cryptoDeposit("4");
    const body = {
      order_id: deposit.code,
      price_currency: "usd",
      price_amount: 4,
      payment_status: "finished",
      payment_id: 777001,
      fee: { serviceFee: 0, currency: "usdttrc20" },
      pay_amount: 4,
      actually_paid: 4,
    };
    const response = await fetch(panel.nowpaymentsUrl, {
      method: "POST",
      headers: { "x-nowpayments-sig": nowpaymentsSignature(sim.ipnSecret, body) },
      body: JSON.stringify(body),
    });
    expect(response.status).toBe(200);
    expect(await balanceOf(user.id)).toBe(400_000n);
  });

  it("sends partially_paid to the queue; the later finished IPN credits it once", async () => {
    const { user, deposit } = await cryptoDeposit("10");
    const { paymentId } = await sim.pay(deposit.code, { status: "partially_paid", paidShare: 0.4 });
    expect(await balanceOf(user.id)).toBe(0n);
    const held = await db.gatewayTransfer.findFirstOrThrow({ where: { depositId: deposit.id } });
    expect(held).toMatchObject({ status: TransferStatus.QUEUED, reason: "partially_paid", amount: 400_000n });
    expect((await db.deposit.findUniqueOrThrow({ where: { id: deposit.id } })).status).toBe(
      DepositStatus.REVIEW,
    );

    const payment = sim.payment(paymentId)!;
    payment.payment_status = "finished";
    payment.actually_paid = payment.pay_amount;
    expect(await sim.resend(paymentId)).toBe(200);
    expect(await sim.resend(paymentId)).toBe(200);
    expect(await balanceOf(user.id)).toBe(1_000_000n);
    expect(await db.gatewayTransfer.findUniqueOrThrow({ where: { id: held.id } })).toMatchObject({
      status: TransferStatus.CREDITED,
      amount: 1_000_000n,
    });
    await expect(assignTransfer(held.id, { email: user.email }, admin)).rejects.toThrow(/already credited/);
  });

  it("an admin credits a partial payment as received from the queue", async () => {
    const { user, deposit } = await cryptoDeposit("10");
    await sim.pay(deposit.code, { status: "partially_paid", paidShare: 0.25 });
    const held = await db.gatewayTransfer.findFirstOrThrow({ where: { depositId: deposit.id } });
    await assignTransfer(held.id, { email: user.email }, admin);
    expect(await balanceOf(user.id)).toBe(250_000n);
    expect((await db.deposit.findUniqueOrThrow({ where: { id: deposit.id } })).status).toBe(
      DepositStatus.CREDITED,
    );
  });

  it("after an admin credits a partial payment, the rest paid later waits in the queue with its amount, once (#23 item 2)", async () => {
    const { user, deposit } = await cryptoDeposit("10");
    const { paymentId } = await sim.pay(deposit.code, { status: "partially_paid", paidShare: 0.25 });
    const held = await db.gatewayTransfer.findFirstOrThrow({ where: { depositId: deposit.id } });
    await assignTransfer(held.id, { email: user.email }, admin);
    expect(await balanceOf(user.id)).toBe(250_000n);

    const payment = sim.payment(paymentId)!;
    payment.payment_status = "finished";
    payment.actually_paid = payment.pay_amount;
    expect([await sim.resend(paymentId), await sim.resend(paymentId)]).toEqual([200, 200]);
    const rest = await db.gatewayTransfer.findMany({
      where: { depositId: deposit.id, id: { not: held.id } },
      select: { status: true, amount: true, reason: true },
    });
    expect(rest).toEqual([{ status: TransferStatus.QUEUED, amount: 750_000n, reason: "rest_of_payment" }]);

    const restId = (
      await db.gatewayTransfer.findFirstOrThrow({ where: { depositId: deposit.id, id: { not: held.id } } })
    ).id;
    await assignTransfer(restId, { email: user.email }, admin);
    expect(await sim.resend(paymentId)).toBe(200);
    expect(await balanceOf(user.id)).toBe(1_000_000n);
    expect(await db.gatewayTransfer.count({ where: { depositId: deposit.id } })).toBe(2);
    expect(await findLedgerDifferences()).toEqual([]);
  });

  it.each([
    ["failed", DepositStatus.FAILED],
    ["expired", DepositStatus.EXPIRED],
  ] as const)("closes the deposit on %s without crediting", async (status, expected) => {
    const { user, deposit } = await cryptoDeposit("6");
    await sim.pay(deposit.code, { status });
    expect((await db.deposit.findUniqueOrThrow({ where: { id: deposit.id } })).status).toBe(expected);
    expect(await balanceOf(user.id)).toBe(0n);
    expect(await db.gatewayTransfer.count({ where: { depositId: deposit.id } })).toBe(0);
  });

  it("re-check reads the payment from the API and applies it like the IPN", async () => {
    const { user, deposit } = await cryptoDeposit("7");
    // The IPNs never arrive (the panel was down): point them nowhere, pay, then re-check.
    const invoice = sim.invoices().find((i) => i.order_id === deposit.code)!;
    invoice.ipn_callback_url = "http://127.0.0.1:9/nowhere";
    const { paymentId } = await sim.pay(deposit.code);
    await db.deposit.update({ where: { id: deposit.id }, data: { paymentRef: String(paymentId) } });
    expect(await recheckDeposit(deposit.id, admin)).toEqual({ outcome: "finished: credited" });
    expect(await recheckDeposit(deposit.id, admin)).toEqual({ outcome: "finished: duplicate" });
    expect(await balanceOf(user.id)).toBe(700_000n);
    expect(await findLedgerDifferences()).toEqual([]);
  });
});
