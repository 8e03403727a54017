// Self-service sign-up, allowed while the owner keeps sign-up open, a few accounts per IP an hour.
import { env } from "../env.mjs";
import { AppError } from "../errors";
import { createRateLimiter } from "../rate-limit";
import { getSettings } from "../settings/settings";
import type { SignUpInput } from "../validations/user";
import { createUser } from "./create-user";

const perIp = createRateLimiter("signup", env.SIGNUP_PER_IP_PER_HOUR, 60 * 60);

export async function signUp(input: SignUpInput, ip: string) {
  const { signupOpen } = await getSettings();
  if (!signupOpen) throw new AppError("Sign-up is closed on this panel", "signup_closed");
  if (!(await perIp.hit(ip)).ok) throw new AppError("Too many new accounts from your network. Try again later.", "rate_limited");
  return createUser(input);
}
