// Turning two-factor sign-in on: a new secret is stored (encrypted, not yet in force) and shown
// as a QR code; a code from the app proves it was saved, which switches it on and hands out the
// recovery codes, once.
import { errorMessages } from "@/i18n/error-text";
import { recordAudit } from "../audit/record-audit";
import { decryptSecret, encryptSecret } from "../crypto/secret-box";
import { verifyPassword } from "../auth/password";
import { db, isUniqueViolation, type Tx } from "../db";
import { appSecret } from "../env.mjs";
import { AppError } from "../errors";
import { getSettings } from "../settings/settings";
import {
  confirmTwoFactorSchema,
  regenerateRecoveryCodesSchema,
  type ConfirmTwoFactorInput,
  type RegenerateRecoveryCodesInput,
} from "../validations/two-factor";
import { createRecoveryCodes, hashRecoveryCode } from "./recovery-codes";
import { codeThrottle } from "./second-factor";
import { createTotpSecret, matchTotp, totpUri } from "./totp";

const alreadyOn = () => new AppError(errorMessages.twoFactor.alreadyOn, "two_factor_on");

/** A fresh secret for the user's app; an earlier unconfirmed one stops working. */
export async function startTwoFactorEnrolment(userId: number): Promise<{ secret: string; uri: string }> {
  const [user, { panelName }] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } }),
    getSettings(),
  ]);
  const secret = createTotpSecret();
  const secretEncrypted = encryptSecret(secret, appSecret());
  const replaced = await db.twoFactor.updateMany({
    where: { userId, enabledAt: null },
    data: { secretEncrypted, lastUsedStep: null },
  });
  if (replaced.count === 0) {
    try {
      await db.twoFactor.create({ data: { userId, secretEncrypted } });
    } catch (error) {
      // The row exists and is switched on.
      if (isUniqueViolation(error)) throw alreadyOn();
      throw error;
    }
  }
  return { secret, uri: totpUri(secret, { issuer: panelName, account: user.email }) };
}

/**
 * Switches two-factor on when `code` matches the pending secret; the recovery codes, in clear, this
 * once. Every session ends (a session opened without the code must not outlive it); the caller
 * keeps its own with the version answered.
 */
export async function confirmTwoFactorEnrolment(
  userId: number,
  input: ConfirmTwoFactorInput,
  ip?: string,
  now = new Date(),
): Promise<{ recoveryCodes: string[]; sessionVersion: number }> {
  const { code } = confirmTwoFactorSchema.parse(input);
  const row = await db.twoFactor.findUnique({ where: { userId } });
  if (!row) throw new AppError(errorMessages.twoFactor.notStarted, "two_factor_not_started");
  if (row.enabledAt) throw alreadyOn();
  const step = await matchTotp(decryptSecret(row.secretEncrypted, appSecret()), code, { now });
  if (step === null) throw new AppError(errorMessages.twoFactor.codeMismatch, "wrong_code", "code");

  const recoveryCodes = createRecoveryCodes();
  return db.$transaction(async (tx) => {
    // Guarded on the secret the code was checked against: a set-up restarted in another tab meanwhile wins.
    const won = await tx.twoFactor.updateMany({
      where: { userId, enabledAt: null, secretEncrypted: row.secretEncrypted },
      data: { enabledAt: now, lastUsedStep: step },
    });
    if (won.count !== 1) throw new AppError(errorMessages.twoFactor.notStarted, "two_factor_not_started");
    await replaceRecoveryCodes(userId, recoveryCodes, tx);
    await recordAudit(
      { actorId: userId, action: "two_factor.enable", targetType: "user", targetId: userId, ip },
      tx,
    );
    const { sessionVersion } = await tx.user.update({
      where: { id: userId },
      data: { sessionVersion: { increment: 1 } },
      select: { sessionVersion: true },
    });
    return { recoveryCodes, sessionVersion };
  });
}

async function replaceRecoveryCodes(userId: number, codes: string[], tx: Tx) {
  const key = appSecret();
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({ data: codes.map((c) => ({ userId, hash: hashRecoveryCode(c, key)! })) });
}

/** New recovery codes for a user with two-factor on, behind their password (throttled like codes); the old ones die. */
export async function regenerateRecoveryCodes(
  userId: number,
  input: RegenerateRecoveryCodesInput,
  ip: string,
): Promise<{ recoveryCodes: string[] }> {
  const { password } = regenerateRecoveryCodesSchema.parse(input);
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { email: true, passwordHash: true },
  });
  await codeThrottle.begin(user.email, ip);
  if (!(await verifyPassword(password, user.passwordHash)))
    throw new AppError(errorMessages.wrongPassword, "wrong_password", "password");
  await codeThrottle.succeed(user.email, ip);
  const recoveryCodes = createRecoveryCodes();
  await db.$transaction(async (tx) => {
    const on = await tx.twoFactor.findUnique({ where: { userId }, select: { enabledAt: true } });
    if (!on?.enabledAt) throw new AppError(errorMessages.twoFactor.notOn, "two_factor_off");
    await replaceRecoveryCodes(userId, recoveryCodes, tx);
    await recordAudit(
      {
        actorId: userId,
        action: "two_factor.recovery_codes_regenerate",
        targetType: "user",
        targetId: userId,
        ip,
      },
      tx,
    );
  });
  return { recoveryCodes };
}
