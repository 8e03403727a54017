// Forgotten password: a request queues a reset mail when the email has an account and answers
// the same either way; the link's token works once within 30 minutes, and using it signs out
// every session (the session version moves on). Requests are limited per IP and per email.
import { z } from "zod";
import { db, UserStatus } from "../db";
import { AppError } from "../errors";
import { queuePasswordResetMail } from "../mail/mails";
import { createRateLimiter } from "../rate-limit";
import { emailSchema, passwordSchema } from "../validations/user";
import { hashPassword } from "./password";
import { consumeToken, issueToken } from "./user-tokens";

const perIp = createRateLimiter("reset-ip", 10, 15 * 60);
const perEmail = createRateLimiter("reset-email", 3, 60 * 60);

export const forgotPasswordSchema = z.object({ email: emailSchema });
export const resetPasswordSchema = z.object({ token: z.string().min(20).max(200), password: passwordSchema });

export const RESET_LINK_INVALID = "This reset link is invalid or has expired. Ask for a new one.";

/** Always resolves the same way for a known or unknown email (only the rate limits answer otherwise). */
export async function requestPasswordReset(
  input: z.input<typeof forgotPasswordSchema>,
  ip: string,
): Promise<void> {
  const { email } = forgotPasswordSchema.parse(input);
  const [ipHit, emailHit] = await Promise.all([perIp.hit(ip), perEmail.hit(email)]);
  if (!ipHit.ok || !emailHit.ok) {
    const minutes = Math.ceil(Math.max(ipHit.retryAfterSeconds, emailHit.retryAfterSeconds) / 60);
    throw new AppError(`Too many reset requests. Try again in ${minutes} min.`, "rate_limited", undefined, {
      key: "errors.auth.tooManyResets",
      values: { minutes },
    });
  }
  const user = await db.user.findUnique({ where: { email }, select: { id: true, status: true } });
  if (!user || user.status !== UserStatus.ACTIVE) return;
  await db.$transaction(async (tx) => {
    const token = await issueToken(user.id, "password_reset", tx);
    await queuePasswordResetMail(user.id, token, tx);
  });
}

export async function resetPassword(input: z.input<typeof resetPasswordSchema>): Promise<void> {
  const parsed = resetPasswordSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    if (issue?.path[0] === "password") throw new AppError(issue.message, "invalid_field", "password");
    throw new AppError(RESET_LINK_INVALID, "invalid_token");
  }
  const passwordHash = await hashPassword(parsed.data.password);
  await db.$transaction(async (tx) => {
    const userId = await consumeToken(parsed.data.token, "password_reset", tx);
    if (userId === null) throw new AppError(RESET_LINK_INVALID, "invalid_token");
    // The mail reached the owner of the address: that proves it as well as a verification would.
    const user = await tx.user.findUniqueOrThrow({
      where: { id: userId },
      select: { emailVerifiedAt: true },
    });
    await tx.user.update({
      where: { id: userId },
      data: {
        passwordHash,
        sessionVersion: { increment: 1 },
        emailVerifiedAt: user.emailVerifiedAt ?? new Date(),
      },
    });
  });
}
