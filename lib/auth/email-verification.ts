// Email verification, as the owner sets it: off, optional (a mail at sign-up and on request),
// or required before ordering (placeOrder refuses until the address is confirmed).
import { db, type Tx } from "../db";
import { AppError } from "../errors";
import { queueVerifyEmailMail } from "../mail/mails";
import { createRateLimiter } from "../rate-limit";
import { getSettings } from "../settings/settings";
import { consumeToken, issueToken } from "./user-tokens";

const resendPerUser = createRateLimiter("verify-resend", 3, 60 * 60);

export const VERIFY_BEFORE_ORDERING =
  "Please confirm your email address before ordering: open the link we sent you, or send a new one from your account page.";

/** Queues a verification mail when the setting asks for one and the address is not confirmed. */
export async function sendVerificationMail(userId: number, tx: Tx = db): Promise<boolean> {
  const { emailVerification } = await getSettings(tx);
  if (emailVerification === "off") return false;
  const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { emailVerifiedAt: true } });
  if (user.emailVerifiedAt) return false;
  const token = await issueToken(userId, "verify_email", tx);
  await queueVerifyEmailMail(userId, token, tx);
  return true;
}

/** The account page's "send the link again". */
export async function resendVerificationMail(userId: number): Promise<void> {
  if (!(await resendPerUser.hit(String(userId))).ok)
    throw new AppError("A link was sent a moment ago. Check your inbox, or try again later.", "rate_limited");
  await db.$transaction((tx) => sendVerificationMail(userId, tx));
}

/** Confirms the address behind the token; false when the link is invalid, used or expired. */
export async function verifyEmail(token: string): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const userId = await consumeToken(token, "verify_email", tx);
    if (userId === null) return false;
    await tx.user.update({ where: { id: userId }, data: { emailVerifiedAt: new Date() } });
    return true;
  });
}

/** Refuses an order while the owner requires a confirmed address and this one is not. */
export async function assertMayOrder(userId: number, tx: Tx = db): Promise<void> {
  const { emailVerification } = await getSettings(tx);
  if (emailVerification !== "required") return;
  const user = await tx.user.findUnique({ where: { id: userId }, select: { emailVerifiedAt: true } });
  if (!user?.emailVerifiedAt) throw new AppError(VERIFY_BEFORE_ORDERING, "email_unverified");
}
