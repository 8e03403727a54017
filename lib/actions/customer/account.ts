"use server";
// The customer's own account: password, order mails, display currency, the verification link.
import { z } from "zod";
import { resendVerificationMail } from "@/lib/auth/email-verification";
import { keepThisSession } from "@/lib/auth/keep-session";
import { setDisplayCurrency } from "@/lib/currency/display-currency";
import { changePassword } from "@/lib/users/change-password";
import { setOrderMails } from "@/lib/users/mail-preferences";
import { displayCurrencySchema } from "@/lib/validations/currency";
import { changePasswordSchema } from "@/lib/validations/user";
import { customerAction } from "../safe-action";

export const changePasswordAction = customerAction(
  "changePassword",
  [changePasswordSchema],
  async (user, input) => {
    const { sessionVersion } = await changePassword(user.id, input);
    await keepThisSession(sessionVersion);
  },
);

export const setOrderMailsAction = customerAction("setOrderMails", [z.boolean()], async (user, on) => {
  await setOrderMails(user.id, on);
});

// Support may send the customer a new link while viewing: it goes to the customer's address.
export const resendVerificationAction = customerAction(
  "resendVerification",
  [],
  async (user) => resendVerificationMail(user.id),
  { allowWhileViewing: true },
);

export const setDisplayCurrencyAction = customerAction(
  "setDisplayCurrency",
  [displayCurrencySchema],
  async (user, input) => {
    await setDisplayCurrency(user.id, input);
  },
);
