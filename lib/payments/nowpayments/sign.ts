// NOWPayments IPN signature: HMAC-SHA512 with the IPN secret over the JSON body with its keys
// sorted (recursively, as NOWPayments' own samples sort nested objects such as `fee`), sent in
// the x-nowpayments-sig header as lower-case hex.
import { createHmac } from "node:crypto";
import { safeEqual } from "../../crypto/safe-equal";

export function sortKeysDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortKeysDeep((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

export function nowpaymentsSignature(ipnSecret: string, body: unknown): string {
  return createHmac("sha512", ipnSecret)
    .update(JSON.stringify(sortKeysDeep(body)))
    .digest("hex");
}

export function verifyNowpaymentsSignature(
  ipnSecret: string,
  body: unknown,
  signature: string | null | undefined,
): boolean {
  if (!ipnSecret || !signature) return false;
  return safeEqual(signature.trim().toLowerCase(), nowpaymentsSignature(ipnSecret, body));
}
