// Self-service sign-up, allowed while the owner keeps sign-up open.
import { AppError } from "../errors";
import { getSettings } from "../settings/settings";
import type { SignUpInput } from "../validations/user";
import { createUser } from "./create-user";

export async function signUp(input: SignUpInput) {
  const { signupOpen } = await getSettings();
  if (!signupOpen) throw new AppError("Sign-up is closed on this panel", "signup_closed");
  return createUser(input);
}
