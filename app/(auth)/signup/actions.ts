"use server";
import { runAction } from "@/lib/http/action-result";
import { signUp } from "@/lib/users/sign-up";
import { signUpSchema } from "@/lib/validations/user";

export async function signUpAction(input: { email: string; password: string }) {
  return runAction("signUp", async () => {
    await signUp(signUpSchema.parse(input));
  });
}
