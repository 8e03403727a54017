// Self-service sign-up, allowed while the owner keeps sign-up open, a few accounts per IP an hour.
// A referral cookie credits the new customer to their affiliate (lib/affiliates/referral.ts).
import { referrerFor, type SignupOrigin } from "../affiliates/referral";
import { sendVerificationMail } from "../auth/email-verification";
import { db } from "../db";
import { env } from "../env.mjs";
import { errorMessages } from "@/i18n/error-text";
import { AppError } from "../errors";
import { log } from "../log";
import { createRateLimiter } from "../rate-limit";
import { getSettings } from "../settings/settings";
import type { SignUpInput } from "../validations/user";
import { createUser } from "./create-user";

const perIp = createRateLimiter("signup", env.SIGNUP_PER_IP_PER_HOUR, 60 * 60);

export async function signUp(input: SignUpInput, origin: SignupOrigin) {
  const { signupOpen } = await getSettings();
  if (!signupOpen) throw new AppError(errorMessages.signupClosed, "signup_closed");
  if (!(await perIp.hit(origin.ip)).ok) throw new AppError(errorMessages.tooManySignups, "rate_limited");
  const user = await createUser(input);
  const referredById = await referrerFor(origin);
  await db.user.update({
    where: { id: user.id },
    data: { signupIp: origin.ip, signupDevice: origin.device, referredById },
  });
  // The account exists either way; a verification mail that could not be queued can be re-sent from the account page.
  await sendVerificationMail(user.id).catch((error: unknown) =>
    log.error("verification mail not queued", { userId: user.id, error }),
  );
  return { ...user, referredById };
}
