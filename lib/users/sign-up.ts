// Self-service sign-up, allowed while the owner keeps sign-up open, a few accounts per IP an hour.
import { env } from "../env.mjs";
import { errorMessages } from "@/i18n/error-text";
import { AppError } from "../errors";
import { createRateLimiter } from "../rate-limit";
import { getSettings } from "../settings/settings";
import type { SignUpInput } from "../validations/user";
import { createUser } from "./create-user";

const perIp = createRateLimiter(env.SIGNUP_PER_IP_PER_HOUR, 60 * 60_000);

export async function signUp(input: SignUpInput, ip: string) {
  const { signupOpen } = await getSettings();
  if (!signupOpen) throw new AppError(errorMessages.signupClosed, "signup_closed");
  if (!perIp.hit(ip).ok) throw new AppError(errorMessages.tooManySignups, "rate_limited");
  return createUser(input);
}
