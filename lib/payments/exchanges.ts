// Gateway exchanges kept for the admin: each webhook body as received and each API answer, with
// every configured secret replaced and the size capped. The deposit page shows them.
import { db } from "../db";
import { log } from "../log";

export const MAX_EXCHANGE_BODY = 16_384;

export function scrubSecrets(text: string, secrets: readonly string[], maxChars = MAX_EXCHANGE_BODY): string {
  let out = text;
  for (const secret of secrets) if (secret.length >= 4) out = out.split(secret).join("[secret]");
  return out.length > maxChars
    ? `${out.slice(0, maxChars)}… [${out.length - maxChars} more characters]`
    : out;
}

export type ExchangeInput = {
  gateway: string;
  depositId?: number | null;
  direction: "in" | "out";
  outcome: string;
  httpStatus?: number;
  body: string;
  secrets?: readonly string[];
  /** Characters of the body kept (refused calls keep less: lib/payments/refused-calls.ts). */
  maxBody?: number;
};

/** Never throws: losing a log line must not fail a webhook the gateway would then resend. */
export async function recordExchange(input: ExchangeInput): Promise<void> {
  try {
    await db.gatewayExchange.create({
      data: {
        gateway: input.gateway,
        depositId: input.depositId ?? null,
        direction: input.direction,
        outcome: input.outcome,
        httpStatus: input.httpStatus,
        body: scrubSecrets(input.body, input.secrets ?? [], input.maxBody),
      },
    });
  } catch (error) {
    log.error("payments: could not record a gateway exchange", {
      gateway: input.gateway,
      outcome: input.outcome,
      error,
    });
  }
}

export function listExchanges(depositId: number) {
  return db.gatewayExchange.findMany({ where: { depositId }, orderBy: { id: "asc" }, take: 200 });
}
