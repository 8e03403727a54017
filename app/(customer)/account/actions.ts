"use server";
import { z } from "zod";
import { resendVerificationMail } from "@/lib/auth/email-verification";
import { keepThisSession } from "@/lib/auth/keep-session";
import { assertUser } from "@/lib/auth/session";
import { setDisplayCurrency } from "@/lib/currency/display-currency";
import { setOrderMails } from "@/lib/users/mail-preferences";
import { runAction } from "@/lib/http/action-result";
import { changePassword } from "@/lib/users/change-password";
import { displayCurrencySchema, type DisplayCurrencyInput } from "@/lib/validations/currency";
import { changePasswordSchema, type ChangePasswordInput } from "@/lib/validations/user";

export async function changePasswordAction(input: ChangePasswordInput) {
  return runAction("changePassword", async () => {
    const user = await assertUser();
    const { sessionVersion } = await changePassword(user.id, changePasswordSchema.parse(input));
    await keepThisSession(sessionVersion);
  });
}

export async function setOrderMailsAction(on: boolean) {
  return runAction("setOrderMails", async () => {
    const user = await assertUser();
    await setOrderMails(user.id, z.boolean().parse(on));
  });
}

export async function resendVerificationAction() {
  return runAction("resendVerification", async () => {
    // Support may send the customer a new link while viewing: it goes to the customer's address.
    const user = await assertUser({ allowWhileViewing: "resendVerification" });
    await resendVerificationMail(user.id);
  });
}

export async function setDisplayCurrencyAction(input: DisplayCurrencyInput) {
  return runAction("setDisplayCurrency", async () => {
    const user = await assertUser();
    await setDisplayCurrency(user.id, displayCurrencySchema.parse(input));
  });
}
