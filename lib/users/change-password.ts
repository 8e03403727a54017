// A signed-in user changes their password: the current one is required, and every other
// session ends (the session version moves on).
import { db } from "../db";
import { AppError } from "../errors";
import { hashPassword, verifyPassword } from "../auth/password";
import { passwordSchema } from "../validations/user";

export async function changePassword(userId: number, input: { current: string; next: string }): Promise<void> {
  const next = passwordSchema.parse(input.next);
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
  if (!(await verifyPassword(input.current, user.passwordHash))) {
    throw new AppError("Current password is wrong", "wrong_password", "current");
  }
  await db.user.update({
    where: { id: userId },
    data: { passwordHash: await hashPassword(next), sessionVersion: { increment: 1 } },
  });
}
