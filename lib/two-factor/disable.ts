// Turning two-factor sign-in off: by the user with their password and a current code (or a
// recovery code), or by the owner for a user who lost both (npm run cli -- two-factor-off).
import { errorMessages } from "@/i18n/error-text";
import { recordAudit } from "../audit/record-audit";
import { verifyPassword } from "../auth/password";
import { db, type Tx } from "../db";
import { AppError } from "../errors";
import { disableTwoFactorSchema, type DisableTwoFactorInput } from "../validations/two-factor";
import { codeThrottle, consumeSecondFactor, WRONG_CODE } from "./second-factor";

/** Whether two-factor was on (a pending set-up goes too). */
async function removeTwoFactor(userId: number, tx: Tx): Promise<boolean> {
  const row = await tx.twoFactor.findUnique({ where: { userId }, select: { enabledAt: true } });
  await tx.recoveryCode.deleteMany({ where: { userId } });
  const deleted = await tx.twoFactor.deleteMany({ where: { userId } });
  return deleted.count === 1 && row?.enabledAt != null;
}

/** Wrong passwords and wrong codes here count as failed codes for this account + IP. */
export async function disableTwoFactor(
  userId: number,
  input: DisableTwoFactorInput,
  ip: string,
  now = new Date(),
): Promise<void> {
  const { password, code } = disableTwoFactorSchema.parse(input);
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { email: true, passwordHash: true, twoFactor: { select: { enabledAt: true } } },
  });
  if (!user.twoFactor?.enabledAt) throw new AppError(errorMessages.twoFactor.notOn, "two_factor_off");

  await codeThrottle.begin(user.email, ip);
  const passwordOk = await verifyPassword(password, user.passwordHash);
  // The code is only tried (and a recovery code only used up) behind the right password.
  const factor = passwordOk ? await consumeSecondFactor(userId, code, ip, now) : null;
  if (!factor) {
    throw passwordOk
      ? new AppError(WRONG_CODE, "wrong_code", "code")
      : new AppError(errorMessages.wrongPassword, "wrong_password", "password");
  }
  await codeThrottle.succeed(user.email, ip);

  await db.$transaction(async (tx) => {
    if (!(await removeTwoFactor(userId, tx)))
      throw new AppError(errorMessages.twoFactor.notOn, "two_factor_off");
    await recordAudit(
      {
        actorId: userId,
        action: "two_factor.disable",
        targetType: "user",
        targetId: userId,
        after: { with: factor },
        ip,
      },
      tx,
    );
  });
}

/**
 * The owner's way back in for a user who lost their phone and their recovery codes (the CLI, or
 * the user's admin page). The user's sessions end: whoever holds one signs in again.
 */
export async function resetTwoFactor(
  userId: number,
  actor: { id: number | null; ip?: string },
): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const removed = await removeTwoFactor(userId, tx);
    if (!removed) return false;
    await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
    await recordAudit(
      { actorId: actor.id, action: "two_factor.reset", targetType: "user", targetId: userId, ip: actor.ip },
      tx,
    );
    return true;
  });
}
