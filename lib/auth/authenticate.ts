// Checks an email and password for sign-in, then the two-factor code when the account has
// two-factor sign-in on (lib/two-factor). Failures slow down further attempts from the same IP on
// the same account (lib/auth/failure-throttle.ts); nobody can lock the owner out.
import { db, type Role, UserStatus } from "../db";
import { env } from "../env.mjs";
import { errorMessages } from "@/i18n/error-text";
import { AppError } from "../errors";
import { verifySecondFactor } from "../two-factor/second-factor";
import { signInSchema } from "../validations/user";
import { createFailureThrottle } from "./failure-throttle";
import { DUMMY_HASH, verifyPassword } from "./password";

const passwordThrottle = createFailureThrottle("signin", { ipFailures: env.SIGNIN_PER_IP_PER_15_MIN });

export const WRONG_CREDENTIALS = errorMessages.wrongCredentials;
export const SUSPENDED = errorMessages.accountSuspended;
/** The password was right and the account asks for its two-factor code: the sign-in form shows the code step. */
export const CODE_REQUIRED = errorMessages.twoFactor.codeRequired;

export type SessionUser = { id: number; email: string; role: Role; sessionVersion: number };

export async function authenticate(
  input: { email?: string; password?: string; code?: string },
  ip: string,
  now = new Date(),
): Promise<SessionUser> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) throw new AppError(WRONG_CREDENTIALS, "credentials");
  const { email, password } = parsed.data;

  await passwordThrottle.begin(email, ip);
  const user = await db.user.findUnique({ where: { email } });
  const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !ok) throw new AppError(WRONG_CREDENTIALS, "credentials");
  await passwordThrottle.succeed(email, ip);
  const twoFactor = await db.twoFactor.findUnique({
    where: { userId: user.id },
    select: { enabledAt: true },
  });
  if (twoFactor?.enabledAt) {
    const code = typeof input.code === "string" ? input.code.trim() : "";
    if (!code) throw new AppError(CODE_REQUIRED, "two_factor_required", "code");
    await verifySecondFactor(user, code.slice(0, 40), ip, now);
  }
  if (user.status === UserStatus.SUSPENDED) throw new AppError(SUSPENDED, "suspended");

  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date(), lastLoginIp: ip } });
  return { id: user.id, email: user.email, role: user.role, sessionVersion: user.sessionVersion };
}
