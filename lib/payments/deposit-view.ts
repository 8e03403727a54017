// What the customer sees for one of their deposits: the bank details, memo and VietQR code for a
// bank transfer, or the NOWPayments page to pay on. The QR image is drawn here, on the server.
import QRCode from "qrcode";
import { db } from "../db";
import { NotFoundError } from "../errors";
import { getGatewayConfig } from "./gateway-settings";
import { vietQrPayload } from "./vietqr";

export async function getDepositView(userId: number, depositId: number) {
  const deposit = await db.deposit.findFirst({ where: { id: depositId, userId } });
  if (!deposit) throw new NotFoundError("Deposit not found");
  const base = {
    id: deposit.id,
    gateway: deposit.gateway,
    code: deposit.code,
    amount: deposit.amount,
    payAmount: deposit.payAmount,
    payCurrency: deposit.payCurrency,
    status: deposit.status,
    credited: deposit.credited,
    expiresAt: deposit.expiresAt,
  };
  if (deposit.gateway !== "sepay") return { ...base, kind: "crypto" as const, payUrl: deposit.payUrl };
  const config = await getGatewayConfig("sepay");
  const payload = vietQrPayload({
    bankBin: config.bankBin,
    accountNumber: config.accountNumber,
    amount: deposit.payAmount,
    memo: deposit.code,
  });
  const qr = await QRCode.toDataURL(payload, { margin: 1, width: 260, errorCorrectionLevel: "M" });
  return {
    ...base,
    kind: "bank" as const,
    bankName: config.bankName,
    accountNumber: config.accountNumber,
    accountHolder: config.accountHolder,
    qr,
    qrPayload: payload,
  };
}

export type DepositView = Awaited<ReturnType<typeof getDepositView>>;

/** The gateways a customer can pick now, with their limits (panel currency text). */
export async function availableGateways() {
  const [sepay, nowpayments] = await Promise.all([
    getGatewayConfig("sepay"),
    getGatewayConfig("nowpayments"),
  ]);
  return [
    ...(sepay.enabled ? [{ gateway: "sepay" as const, min: sepay.minAmount, max: sepay.maxAmount }] : []),
    ...(nowpayments.enabled
      ? [{ gateway: "nowpayments" as const, min: nowpayments.minAmount, max: nowpayments.maxAmount }]
      : []),
  ];
}
