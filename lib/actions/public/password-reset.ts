"use server";
// Forgotten passwords: asking for a link, and setting a new password with it.
import { forgotPasswordSchema, requestPasswordReset, resetPassword } from "@/lib/auth/password-reset";
import { parsedByDomain, publicAction } from "../safe-action";

export const requestPasswordResetAction = publicAction(
  "requestPasswordReset",
  [forgotPasswordSchema],
  async ({ ip }, input) => {
    await requestPasswordReset(input, ip);
  },
);

// resetPassword parses the pair itself: a bad token and a weak password have their own messages.
export const resetPasswordAction = publicAction(
  "resetPassword",
  [parsedByDomain<{ token: string; password: string }>()],
  async (_visitor, input) => {
    await resetPassword({ token: String(input?.token ?? ""), password: String(input?.password ?? "") });
  },
);
