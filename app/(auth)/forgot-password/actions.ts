"use server";
import { forgotPasswordSchema, requestPasswordReset, resetPassword } from "@/lib/auth/password-reset";
import { runAction } from "@/lib/http/action-result";
import { requestIp } from "@/lib/http/request-ip";

export async function requestPasswordResetAction(input: { email: string }) {
  return runAction("requestPasswordReset", async () => {
    await requestPasswordReset(forgotPasswordSchema.parse(input), await requestIp());
  });
}

export async function resetPasswordAction(input: { token: string; password: string }) {
  return runAction("resetPassword", async () => {
    await resetPassword({ token: String(input?.token ?? ""), password: String(input?.password ?? "") });
  });
}
