// The admin's manual re-check of one deposit. NOWPayments: ask the API for the payment and apply
// its status as if the IPN had come. SePay (no pull API used here): look in the queue for an
// unmatched transfer that carries this deposit's memo and credit it to the deposit's owner.
import { recordAudit } from "../audit/record-audit";
import { db, DepositStatus, TransferStatus } from "../db";
import { AppError, NotFoundError } from "../errors";
import { countCredited, creditTransfer } from "./credit";
import { getGatewayConfig } from "./gateway-settings";
import { findMemoCodes } from "./memo";
import { getPayment } from "./nowpayments/client";
import { applyPayment } from "./nowpayments/handle-ipn";
import { nowpaymentsPaymentSchema } from "./nowpayments/payload";

export async function recheckDeposit(
  depositId: number,
  actor: { id: number; ip?: string },
): Promise<{ outcome: string }> {
  const deposit = await db.deposit.findUnique({ where: { id: depositId } });
  if (!deposit) throw new NotFoundError("Deposit not found");
  let outcome = "nothing new";
  if (deposit.gateway === "nowpayments") {
    if (!deposit.paymentRef)
      throw new AppError("NOWPayments has not reported a payment for this deposit yet", "no_payment");
    const config = await getGatewayConfig("nowpayments");
    const payment = nowpaymentsPaymentSchema.safeParse(
      await getPayment(config, deposit.paymentRef, deposit.id),
    );
    if (!payment.success)
      throw new AppError("NOWPayments answered with something unreadable", "gateway_error");
    outcome = `${payment.data.payment_status}: ${(await applyPayment(payment.data, config)).outcome}`;
  } else if (deposit.status !== DepositStatus.CREDITED) {
    const config = await getGatewayConfig("sepay");
    const queued = await db.gatewayTransfer.findMany({
      where: { gateway: "sepay", status: TransferStatus.QUEUED, depositId: null },
      orderBy: { id: "asc" },
      take: 500,
    });
    const match = queued.find((t) =>
      findMemoCodes(t.content ?? "", config.memoPrefix).includes(deposit.code),
    );
    if (match) {
      const result = await db.$transaction((tx) =>
        creditTransfer(tx, {
          transferId: match.id,
          userId: deposit.userId,
          depositId: deposit.id,
          adminId: actor.id,
        }),
      );
      countCredited(result);
      outcome = result.applied ? "credited" : "nothing new";
    }
  }
  await recordAudit({
    actorId: actor.id,
    ip: actor.ip,
    action: "deposit.recheck",
    targetType: "deposit",
    targetId: depositId,
    after: { outcome },
  });
  return { outcome };
}
