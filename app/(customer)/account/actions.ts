"use server";
import { assertUser } from "@/lib/auth/session";
import { runAction } from "@/lib/http/action-result";
import { changePassword } from "@/lib/users/change-password";

export async function changePasswordAction(input: { current: string; next: string }) {
  return runAction("changePassword", async () => {
    const user = await assertUser();
    await changePassword(user.id, { current: String(input.current ?? ""), next: String(input.next ?? "") });
  });
}
