"use server";
import { runAction } from "@/lib/http/action-result";
import { requestIp } from "@/lib/http/request-ip";
import { signUp } from "@/lib/users/sign-up";
import { signUpSchema, type SignUpInput } from "@/lib/validations/user";

export async function signUpAction(input: SignUpInput) {
  return runAction("signUp", async () => {
    await signUp(signUpSchema.parse(input), await requestIp());
  });
}
