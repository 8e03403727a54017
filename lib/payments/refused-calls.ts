// Webhook calls the panel refuses (wrong key, bad signature, not JSON) are counted per gateway and
// caller IP: a few per minute are kept in the exchange log, cut short, for the owner to see; past
// that they are answered 429 and stored nowhere, so unauthenticated posts cannot fill the database.
// Genuine calls are never counted.
import { createRateLimiter } from "../rate-limit";

export const REFUSED_CALLS_PER_IP_PER_MINUTE = 20;
/** Characters of a refused call's body kept in the exchange log. */
export const REFUSED_BODY_CHARS = 512;

const refused = createRateLimiter("webhook-refused", REFUSED_CALLS_PER_IP_PER_MINUTE, 60);

export const TOO_MANY_REFUSED = { status: 429, body: { success: false, message: "Too many refused calls" } };

/** Counts one refused call; false once this IP is past the limit (answer TOO_MANY_REFUSED, store nothing). */
export async function countRefusedCall(gateway: string, ip: string): Promise<boolean> {
  return (await refused.hit(`${gateway}:${ip}`)).ok;
}
