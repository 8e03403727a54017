// POST /api/payments/sepay: authenticate, read, match the memo, credit or queue, answer fast.
// Answers: 401 when the call is not SePay's (SePay shows it in its delivery log and retries);
// {"success": true} for everything SePay sent, including transfers that are not ours or not
// matched, so SePay does not resend what is already recorded. Only an unexpected failure
// answers 500, so SePay retries it.
import { db, DepositStatus } from "../../db";
import { log } from "../../log";
import { compareDecimal, toPanelUnits } from "../decimal";
import { recordExchange } from "../exchanges";
import { getGatewayConfig, revealSecret } from "../gateway-settings";
import { findMemoCodes } from "../memo";
import { receiveTransfer, type TransferReport } from "../receive-transfer";
import { countRefusedCall, REFUSED_BODY_CHARS, TOO_MANY_REFUSED } from "../refused-calls";
import { parseSepayPayload, type SepayPayload } from "./payload";
import { verifySepay, type SepayHeaders } from "./verify";

export type WebhookAnswer = { status: number; body: Record<string, unknown> };

const OK: WebhookAnswer = { status: 200, body: { success: true } };
const REFUSED: WebhookAnswer = { status: 401, body: { success: false, message: "Unauthorized" } };

async function findDeposit(payload: SepayPayload, prefix: string) {
  const text = [payload.code, payload.content, payload.description].filter(Boolean).join(" ");
  const codes = findMemoCodes(text, prefix);
  if (codes.length === 0) return null;
  return db.deposit.findFirst({ where: { gateway: "sepay", code: { in: codes } }, orderBy: { id: "asc" } });
}

/** `ip`: the caller's address, which refused calls are counted by. */
export async function handleSepayWebhook(
  rawBody: string,
  headers: SepayHeaders,
  ip = "local",
  nowMs = Date.now(),
): Promise<WebhookAnswer> {
  const config = await getGatewayConfig("sepay");
  const secrets = {
    apiKey: revealSecret(config.apiKeyEncrypted),
    hmacSecret: revealSecret(config.hmacSecretEncrypted),
  };
  const exchange = (outcome: string, httpStatus: number, depositId?: number | null, maxBody?: number) =>
    recordExchange({
      gateway: "sepay",
      direction: "in",
      outcome,
      httpStatus,
      depositId,
      body: rawBody,
      secrets: [secrets.apiKey, secrets.hmacSecret],
      maxBody,
    });

  const auth = verifySepay(secrets, headers, rawBody, nowMs);
  if (!auth.ok) {
    if (!(await countRefusedCall("sepay", ip))) return TOO_MANY_REFUSED;
    log.warn("sepay webhook refused", { reason: auth.reason, ip });
    await exchange(`refused: ${auth.reason}`, 401, null, REFUSED_BODY_CHARS);
    return REFUSED;
  }
  const payload = parseSepayPayload(rawBody);
  if (!payload) {
    await exchange("malformed", 200);
    return OK;
  }
  const ours = [payload.accountNumber, payload.subAccount].some(
    (n) => n !== null && n === config.accountNumber,
  );
  const gross = payload.transferAmount.value;
  if (payload.transferType !== "in" || !ours || (gross !== null && compareDecimal(gross, "0") <= 0)) {
    await exchange(
      payload.transferType !== "in"
        ? "ignored: not an incoming transfer"
        : !ours
          ? "ignored: another account"
          : "ignored: zero amount",
      200,
    );
    return OK;
  }

  const deposit = await findDeposit(payload, config.memoPrefix);
  const rate = deposit?.rate ?? config.rate;
  const exact = deposit !== null && gross !== null && compareDecimal(gross, deposit.payAmount) === 0;
  const report: TransferReport = {
    gateway: "sepay",
    externalId: payload.id,
    grossAmount: gross ?? payload.transferAmount.raw,
    currency: config.currency,
    rate,
    // The exact amount credits what the deposit asked for (no rounding drift); any other amount
    // is converted at the deposit's own rate.
    amount: exact ? deposit.amount : gross === null ? 0n : toPanelUnits(gross, rate),
    content: payload.content,
    depositId: deposit?.id ?? null,
    userId: deposit?.userId ?? null,
    action: "credit",
  };
  if (gross === null) Object.assign(report, { action: "hold", reason: "unreadable_amount" });
  else if (!deposit) Object.assign(report, { action: "hold", reason: "unmatched" });
  else if (deposit.status === DepositStatus.CREDITED)
    Object.assign(report, { action: "hold", reason: "already_credited" });
  else if (!exact && config.differentAmount === "hold")
    Object.assign(report, {
      action: "hold",
      reason: compareDecimal(gross, deposit.payAmount) < 0 ? "underpaid" : "overpaid",
    });

  try {
    const result = await receiveTransfer(report);
    await exchange(
      result.outcome === "queued" ? `queued: ${report.reason}` : result.outcome,
      200,
      deposit?.id,
    );
    return OK;
  } catch (error) {
    log.error("sepay webhook failed", { id: payload.id, error });
    await exchange("error", 500, deposit?.id);
    return { status: 500, body: { success: false } };
  }
}
