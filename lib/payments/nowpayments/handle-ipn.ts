// POST /api/payments/nowpayments: verify the IPN signature, then apply the payment status:
// finished credits once (keyed by payment_id), partially_paid waits in the admin queue (a later
// finished still credits it; once an admin credited the partial share, the rest waits in the
// queue with its amount), failed and expired close the deposit. The admin's re-check feeds
// the API's answer through the same applyPayment.
import { db, DepositStatus } from "../../db";
import { log } from "../../log";
import { compareDecimal, shareOf, toPanelUnits } from "../decimal";
import { recordExchange } from "../exchanges";
import { getGatewayConfig, revealSecret, type NowpaymentsConfig } from "../gateway-settings";
import { receiveTransfer, type TransferReport } from "../receive-transfer";
import { countRefusedCall, REFUSED_BODY_CHARS, TOO_MANY_REFUSED } from "../refused-calls";
import type { WebhookAnswer } from "../sepay/handle-webhook";
import { nowpaymentsPaymentSchema, type NowpaymentsPayment } from "./payload";
import { verifyNowpaymentsSignature } from "./sign";

const OK: WebhookAnswer = { status: 200, body: { success: true } };

export type ApplyOutcome = "credited" | "queued" | "duplicate" | "closed" | "noted" | "unmatched";

/** The panel units a payment's price is worth, and the rate used; null when the currency is not the deposit's or the gateway's. */
function priceInUnits(
  payment: NowpaymentsPayment,
  deposit: { amount: bigint; payAmount: string; payCurrency: string; rate: string } | null,
  config: NowpaymentsConfig,
) {
  const price = payment.price_amount;
  const currency = payment.price_currency ?? "";
  if (!price) return null;
  if (deposit && currency === deposit.payCurrency) {
    const amount =
      compareDecimal(price, deposit.payAmount) === 0 ? deposit.amount : toPanelUnits(price, deposit.rate);
    return { amount, rate: deposit.rate, currency };
  }
  if (currency === config.currency)
    return { amount: toPanelUnits(price, config.rate), rate: config.rate, currency };
  return null;
}

export async function applyPayment(
  payment: NowpaymentsPayment,
  config: NowpaymentsConfig,
): Promise<{ outcome: ApplyOutcome; depositId: number | null }> {
  const deposit = payment.order_id
    ? await db.deposit.findFirst({ where: { gateway: "nowpayments", code: payment.order_id } })
    : null;
  const depositId = deposit?.id ?? null;
  if (deposit && !deposit.paymentRef)
    await db.deposit.updateMany({
      where: { id: deposit.id, paymentRef: null },
      data: { paymentRef: payment.payment_id },
    });

  const status = payment.payment_status;
  if (status === "failed" || status === "expired") {
    if (deposit) {
      await db.deposit.updateMany({
        where: { id: deposit.id, status: DepositStatus.PENDING },
        data: { status: status === "failed" ? DepositStatus.FAILED : DepositStatus.EXPIRED },
      });
    }
    return { outcome: "closed", depositId };
  }
  if (status !== "finished" && status !== "partially_paid") return { outcome: "noted", depositId };

  const price = priceInUnits(payment, deposit, config);
  const report: TransferReport = {
    gateway: "nowpayments",
    externalId: payment.payment_id,
    grossAmount: payment.price_amount ?? "0",
    currency: payment.price_currency ?? config.currency,
    rate: price?.rate ?? config.rate,
    amount: price?.amount ?? 0n,
    content:
      `${payment.actually_paid ?? "?"} ${payment.pay_currency ?? ""} paid of ${payment.pay_amount ?? "?"}`.trim(),
    depositId,
    userId: deposit?.userId ?? null,
    action: "credit",
    mayAdvance: true,
  };
  if (!deposit) Object.assign(report, { action: "hold", reason: "unmatched" });
  else if (!price) Object.assign(report, { action: "hold", reason: "currency_mismatch" });
  else if (status === "partially_paid") {
    const paid =
      payment.actually_paid && payment.pay_amount
        ? shareOf(price.amount, payment.actually_paid, payment.pay_amount)
        : 0n;
    Object.assign(report, { action: "hold", reason: "partially_paid", amount: paid });
  } else if (deposit.status === DepositStatus.CREDITED)
    Object.assign(report, { action: "hold", reason: "already_credited" });

  const result = await receiveTransfer(report);
  return { outcome: result.outcome, depositId };
}

/** `ip`: the caller's address, which refused calls are counted by. */
export async function handleNowpaymentsIpn(
  rawBody: string,
  signature: string | null,
  ip = "local",
): Promise<WebhookAnswer> {
  const config = await getGatewayConfig("nowpayments");
  const ipnSecret = revealSecret(config.ipnSecretEncrypted);
  const secrets = [ipnSecret, revealSecret(config.apiKeyEncrypted)];
  const exchange = (outcome: string, httpStatus: number, depositId?: number | null, maxBody?: number) =>
    recordExchange({
      gateway: "nowpayments",
      direction: "in",
      outcome,
      httpStatus,
      depositId,
      body: rawBody,
      secrets,
      maxBody,
    });
  const refuse = async (outcome: string, answer: WebhookAnswer) => {
    if (!(await countRefusedCall("nowpayments", ip))) return TOO_MANY_REFUSED;
    await exchange(outcome, answer.status, null, REFUSED_BODY_CHARS);
    return answer;
  };

  let json: unknown;
  try {
    json = JSON.parse(rawBody);
  } catch {
    return refuse("malformed", { status: 400, body: { success: false, message: "Body must be JSON" } });
  }
  if (
    !json ||
    typeof json !== "object" ||
    Array.isArray(json) ||
    !verifyNowpaymentsSignature(ipnSecret, json, signature)
  ) {
    log.warn("nowpayments ipn refused: bad signature", { ip });
    return refuse("refused: bad signature", {
      status: 401,
      body: { success: false, message: "Invalid signature" },
    });
  }
  const payment = nowpaymentsPaymentSchema.safeParse(json);
  if (!payment.success) {
    await exchange("malformed", 200);
    return OK;
  }
  try {
    const { outcome, depositId } = await applyPayment(payment.data, config);
    await exchange(`${payment.data.payment_status}: ${outcome}`, 200, depositId);
    return OK;
  } catch (error) {
    log.error("nowpayments ipn failed", { paymentId: payment.data.payment_id, error });
    await exchange("error", 500);
    return { status: 500, body: { success: false } };
  }
}
