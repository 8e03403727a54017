// Checks an email and password for sign-in, with per-IP and per-email attempt limits.
import { db, UserStatus } from "../db";
import { env } from "../env.mjs";
import { errorMessages } from "@/i18n/error-text";
import { AppError } from "../errors";
import { createRateLimiter } from "../rate-limit";
import { signInSchema } from "../validations/user";
import { DUMMY_HASH, verifyPassword } from "./password";

const perIp = createRateLimiter(env.SIGNIN_PER_IP_PER_15_MIN, 15 * 60_000);
const perEmail = createRateLimiter(10, 15 * 60_000);

export const WRONG_CREDENTIALS = errorMessages.wrongCredentials;
export const SUSPENDED = errorMessages.accountSuspended;

export type SessionUser = { id: number; email: string; role: "CUSTOMER" | "ADMIN"; sessionVersion: number };

export async function authenticate(input: { email?: string; password?: string }, ip: string): Promise<SessionUser> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) throw new AppError(WRONG_CREDENTIALS, "credentials");
  const { email, password } = parsed.data;

  const ipHit = perIp.hit(ip);
  const emailHit = perEmail.hit(email);
  if (!ipHit.ok || !emailHit.ok) {
    const minutes = Math.ceil(Math.max(ipHit.retryAfterSeconds, emailHit.retryAfterSeconds) / 60);
    throw new AppError(`Too many sign-in attempts. Try again in ${minutes} min.`, "rate_limited", undefined, { key: "errors.tooManySignIns", values: { minutes } });
  }

  const user = await db.user.findUnique({ where: { email } });
  const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !ok) throw new AppError(WRONG_CREDENTIALS, "credentials");
  if (user.status === UserStatus.SUSPENDED) throw new AppError(SUSPENDED, "suspended");

  perEmail.reset(email);
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date(), lastLoginIp: ip } });
  return { id: user.id, email: user.email, role: user.role, sessionVersion: user.sessionVersion };
}
