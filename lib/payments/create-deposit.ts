// A customer starts a top-up: amount within the gateway's limits, an optional coupon, a memo
// code of its own, the amount to send in the gateway's currency at today's rate, an expiry. For
// NOWPayments the invoice is created at once and the payer goes to its page.
import { z } from "zod";
import { db, DepositStatus, isUniqueViolation } from "../db";
import { AppError } from "../errors";
import { DEFAULT_LOCALE } from "../format";
import { parseMoney } from "../money";
import { readTopUpAmount } from "./top-up-amount";
import { getSettings } from "../settings/settings";
import { checkCoupon } from "./coupons";
import { currencyDecimals, toGatewayAmount } from "./decimal";
import { GATEWAYS, getGatewayConfig, type Gateway } from "./gateway-settings";
import { newMemoCode } from "./memo";
import { createInvoice } from "./nowpayments/client";
import { publicOrigin } from "./public-url";

export const depositInputSchema = z.object({
  gateway: z.enum(GATEWAYS, "Pick a payment method"),
  amount: z.string().trim().min(1, "Enter an amount"),
  coupon: z.string().trim().max(40).default(""),
});
export type DepositInput = z.input<typeof depositInputSchema>;

/** Deposits a customer may have waiting at once. */
export const MAX_OPEN_DEPOSITS = 5;

const NOWPAYMENTS_PREFIX = "NP";

async function insertDeposit(
  data: Omit<Parameters<typeof db.deposit.create>[0]["data"], "code">,
  prefix: string,
) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.deposit.create({
        data: { ...data, code: newMemoCode(prefix) } as Parameters<typeof db.deposit.create>[0]["data"],
      });
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 4) throw error;
    }
  }
}

/** `locale` is the language of the page: the amount is read as that page writes numbers. */
export async function createDeposit(userId: number, input: DepositInput, locale: string = DEFAULT_LOCALE) {
  const data = depositInputSchema.parse(input);
  const gateway: Gateway = data.gateway;
  const [config, settings] = await Promise.all([getGatewayConfig(gateway), getSettings()]);
  if (!config.enabled)
    throw new AppError("This payment method is not available", "gateway_disabled", "gateway");
  const amount = readTopUpAmount(data.amount, settings, locale, {
    min: parseMoney(config.minAmount)!,
    max: parseMoney(config.maxAmount)!,
  });
  const couponId = data.coupon ? await checkCoupon(data.coupon, userId) : null;

  const open = await db.deposit.count({
    where: { userId, status: DepositStatus.PENDING, expiresAt: { gt: new Date() } },
  });
  if (open >= MAX_OPEN_DEPOSITS)
    throw new AppError(
      "You have several top-ups waiting for payment. Pay or let them expire first.",
      "too_many_open",
    );

  const deposit = await insertDeposit(
    {
      userId,
      gateway,
      amount,
      payAmount: toGatewayAmount(amount, config.rate, currencyDecimals(config.currency)),
      payCurrency: config.currency,
      rate: config.rate,
      couponId,
      expiresAt: new Date(Date.now() + config.expiryMinutes * 60_000),
    },
    gateway === "sepay" ? (config as { memoPrefix: string }).memoPrefix : NOWPAYMENTS_PREFIX,
  );
  if (gateway === "nowpayments") {
    const back = `${publicOrigin()}/add-funds?deposit=${deposit.id}`;
    const np = await getGatewayConfig("nowpayments");
    try {
      const invoice = await createInvoice(
        np,
        {
          price_amount: deposit.payAmount,
          price_currency: deposit.payCurrency.toLowerCase(),
          order_id: deposit.code,
          order_description: `${settings.panelName} top-up ${deposit.code}`,
          ipn_callback_url: np.ipnUrl || `${publicOrigin()}/api/payments/nowpayments`,
          success_url: back,
          cancel_url: back,
        },
        deposit.id,
      );
      return db.deposit.update({
        where: { id: deposit.id },
        data: { gatewayRef: invoice.id, payUrl: invoice.url },
      });
    } catch (error) {
      await db.deposit.update({ where: { id: deposit.id }, data: { status: DepositStatus.FAILED } });
      throw error;
    }
  }
  return deposit;
}
