// A signed-in user changes their password: the current one is required, and every session ends
// (the session version moves on); the caller keeps its own with the version answered.
import { db } from "../db";
import { errorMessages } from "@/i18n/error-text";
import { AppError } from "../errors";
import { hashPassword, verifyPassword } from "../auth/password";
import { changePasswordSchema, type ChangePasswordInput } from "../validations/user";

export async function changePassword(
  userId: number,
  input: ChangePasswordInput,
): Promise<{ sessionVersion: number }> {
  const { current, next } = changePasswordSchema.parse(input);
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
  if (!(await verifyPassword(current, user.passwordHash))) {
    throw new AppError(errorMessages.wrongPassword, "wrong_password", "current");
  }
  return db.user.update({
    where: { id: userId },
    data: { passwordHash: await hashPassword(next), sessionVersion: { increment: 1 } },
    select: { sessionVersion: true },
  });
}
