// The second step of sign-in (and of turning two-factor off): a TOTP code for a time step after
// the last one accepted, or an unused recovery code. Wrong codes go through the failure throttle
// like wrong passwords (per account + IP), so six digits cannot be guessed in the 90 seconds a
// code lives.
import { errorMessages } from "@/i18n/error-text";
import { recordAudit } from "../audit/record-audit";
import { createFailureThrottle } from "../auth/failure-throttle";
import { decryptSecret } from "../crypto/secret-box";
import { db } from "../db";
import { appSecret, env } from "../env.mjs";
import { AppError } from "../errors";
import { hashRecoveryCode } from "./recovery-codes";
import { matchTotp, normalizeTotpCode } from "./totp";

export const codeThrottle = createFailureThrottle("totp", { ipFailures: env.SIGNIN_PER_IP_PER_15_MIN });

export const WRONG_CODE = errorMessages.twoFactor.wrongCode;

export type SecondFactor = "totp" | "recovery";

/** Throttled: throws a rate_limited AppError when this account + IP must wait, wrong_code when the code does not pass. */
export async function verifySecondFactor(
  user: { id: number; email: string },
  code: string,
  ip: string,
  now = new Date(),
): Promise<SecondFactor> {
  await codeThrottle.begin(user.email, ip);
  const used = await consumeSecondFactor(user.id, code, ip, now);
  if (!used) throw new AppError(WRONG_CODE, "wrong_code", "code");
  await codeThrottle.succeed(user.email, ip);
  return used;
}

/** Not throttled: callers count failures. Which factor the code passed as, or null. */
export async function consumeSecondFactor(
  userId: number,
  code: string,
  ip: string,
  now = new Date(),
): Promise<SecondFactor | null> {
  const row = await db.twoFactor.findUnique({
    where: { userId },
    select: { secretEncrypted: true, enabledAt: true, lastUsedStep: true },
  });
  if (!row?.enabledAt) return null;

  if (normalizeTotpCode(code) !== null) {
    const step = await matchTotp(decryptSecret(row.secretEncrypted, appSecret()), code, {
      now,
      afterStep: row.lastUsedStep,
    });
    if (step === null) return null;
    // Of two sign-ins racing with one code, only the first moves the step on.
    const won = await db.twoFactor.updateMany({
      where: {
        userId,
        enabledAt: { not: null },
        OR: [{ lastUsedStep: null }, { lastUsedStep: { lt: step } }],
      },
      data: { lastUsedStep: step },
    });
    return won.count === 1 ? "totp" : null;
  }

  const hash = hashRecoveryCode(code, appSecret());
  if (hash === null) return null;
  return db.$transaction(async (tx) => {
    const used = await tx.recoveryCode.updateMany({
      where: { userId, hash, usedAt: null },
      data: { usedAt: now },
    });
    if (used.count !== 1) return null;
    const left = await tx.recoveryCode.count({ where: { userId, usedAt: null } });
    await recordAudit(
      {
        actorId: userId,
        action: "two_factor.recovery_code_use",
        targetType: "user",
        targetId: userId,
        after: { recoveryCodesLeft: left },
        ip,
      },
      tx,
    );
    return "recovery" as const;
  });
}
