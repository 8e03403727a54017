"use server";
import { assertAccountOwner } from "@/lib/auth/session";
import { runAction } from "@/lib/http/action-result";
import { changePassword } from "@/lib/users/change-password";
import { changePasswordSchema, type ChangePasswordInput } from "@/lib/validations/user";

export async function changePasswordAction(input: ChangePasswordInput) {
  return runAction("changePassword", async () => {
    const user = await assertAccountOwner();
    await changePassword(user.id, changePasswordSchema.parse(input));
  });
}
