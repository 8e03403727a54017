// Checks an email and password for sign-in. Failures slow down further attempts from the same
// IP on the same account (lib/auth/failure-throttle.ts); nobody can lock the owner out.
import { db, UserStatus } from "../db";
import { env } from "../env.mjs";
import { errorMessages } from "@/i18n/error-text";
import { AppError } from "../errors";
import { signInSchema } from "../validations/user";
import { createFailureThrottle } from "./failure-throttle";
import { DUMMY_HASH, verifyPassword } from "./password";

const passwordThrottle = createFailureThrottle("signin", { ipFailures: env.SIGNIN_PER_IP_PER_15_MIN });

export const WRONG_CREDENTIALS = errorMessages.wrongCredentials;
export const SUSPENDED = errorMessages.accountSuspended;

export type SessionUser = { id: number; email: string; role: "CUSTOMER" | "ADMIN"; sessionVersion: number };

export async function authenticate(input: { email?: string; password?: string }, ip: string): Promise<SessionUser> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) throw new AppError(WRONG_CREDENTIALS, "credentials");
  const { email, password } = parsed.data;

  await passwordThrottle.check(email, ip);
  const user = await db.user.findUnique({ where: { email } });
  const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !ok) {
    await passwordThrottle.fail(email, ip);
    throw new AppError(WRONG_CREDENTIALS, "credentials");
  }
  await passwordThrottle.succeed(email, ip);
  if (user.status === UserStatus.SUSPENDED) throw new AppError(SUSPENDED, "suspended");

  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date(), lastLoginIp: ip } });
  return { id: user.id, email: user.email, role: user.role, sessionVersion: user.sessionVersion };
}
