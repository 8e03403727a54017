// TOTP (RFC 6238) as authenticator apps speak it: SHA-1, 6 digits, 30-second steps, base32
// secrets of 20 random bytes. A code is accepted one step either side of now (phone clocks
// drift) and only for a step later than the last one accepted, so no code works twice.
import { generateSecret, generateURI, verify } from "otplib";

export const TOTP_PERIOD_SECONDS = 30;
/** One step either side of the current one. */
const DRIFT_SECONDS = TOTP_PERIOD_SECONDS;
const TOTP_CODE = /^\d{6}$/;

export function createTotpSecret(): string {
  return generateSecret();
}

/** The otpauth:// URI an authenticator app reads from the QR code. */
export function totpUri(secret: string, who: { issuer: string; account: string }): string {
  return generateURI({ issuer: who.issuer, label: who.account, secret });
}

/** "123 456" as apps show it, or "123456": the six digits, or null when it is not a TOTP code. */
export function normalizeTotpCode(input: string): string | null {
  const digits = input.replace(/\s+/g, "");
  return TOTP_CODE.test(digits) ? digits : null;
}

/**
 * The time step `code` was made for, or null when it does not match the secret within the drift
 * window or its step is not after `afterStep` (the last step accepted: a replay).
 */
export async function matchTotp(
  secret: string,
  code: string,
  options: { now?: Date; afterStep?: number | null } = {},
): Promise<number | null> {
  const token = normalizeTotpCode(code);
  if (token === null) return null;
  const result = await verify({
    secret,
    token,
    epoch: Math.floor((options.now ?? new Date()).getTime() / 1000),
    epochTolerance: DRIFT_SECONDS,
    afterTimeStep: options.afterStep ?? undefined,
  });
  // The functional API types HOTP and TOTP results together; a TOTP match carries its step.
  return result.valid && "timeStep" in result ? result.timeStep : null;
}

/** The secret in groups of four, for typing it into an app by hand. */
export function groupSecret(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, "$1 ");
}
