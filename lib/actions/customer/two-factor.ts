"use server";
// Two-factor sign-in on the customer's own account: set up, recovery codes, turning it off.
import { keepThisSession } from "@/lib/auth/keep-session";
import { requestIp } from "@/lib/http/request-ip";
import { disableTwoFactor } from "@/lib/two-factor/disable";
import {
  confirmTwoFactorEnrolment,
  regenerateRecoveryCodes,
  startTwoFactorEnrolment,
} from "@/lib/two-factor/enrolment";
import { qrCodeDataUrl } from "@/lib/two-factor/qr-code";
import { groupSecret } from "@/lib/two-factor/totp";
import type {
  ConfirmTwoFactorInput,
  DisableTwoFactorInput,
  RegenerateRecoveryCodesInput,
} from "@/lib/validations/two-factor";
import { customerAction, parsedByDomain } from "../safe-action";

export const startTwoFactorAction = customerAction("startTwoFactor", [], async (user) => {
  const { secret, uri } = await startTwoFactorEnrolment(user.id);
  return { secret: groupSecret(secret), uri, qrCode: await qrCodeDataUrl(uri) };
});

export const confirmTwoFactorAction = customerAction(
  "confirmTwoFactor",
  [parsedByDomain<ConfirmTwoFactorInput>()],
  async (user, input) => {
    const { recoveryCodes, sessionVersion } = await confirmTwoFactorEnrolment(
      user.id,
      input,
      await requestIp(),
    );
    await keepThisSession(sessionVersion);
    return { recoveryCodes };
  },
);

export const regenerateRecoveryCodesAction = customerAction(
  "regenerateRecoveryCodes",
  [parsedByDomain<RegenerateRecoveryCodesInput>()],
  async (user, input) => regenerateRecoveryCodes(user.id, input, await requestIp()),
);

export const disableTwoFactorAction = customerAction(
  "disableTwoFactor",
  [parsedByDomain<DisableTwoFactorInput>()],
  async (user, input) => {
    await disableTwoFactor(user.id, input, await requestIp());
  },
);
