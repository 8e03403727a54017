"use server";
import { keepThisSession } from "@/lib/auth/keep-session";
import { assertUser } from "@/lib/auth/session";
import { runAction } from "@/lib/http/action-result";
import { requestIp } from "@/lib/http/request-ip";
import { disableTwoFactor } from "@/lib/two-factor/disable";
import { confirmTwoFactorEnrolment, regenerateRecoveryCodes, startTwoFactorEnrolment } from "@/lib/two-factor/enrolment";
import { qrCodeDataUrl } from "@/lib/two-factor/qr-code";
import { groupSecret } from "@/lib/two-factor/totp";
import type { ConfirmTwoFactorInput, DisableTwoFactorInput, RegenerateRecoveryCodesInput } from "@/lib/validations/two-factor";

export async function startTwoFactorAction() {
  return runAction("startTwoFactor", async () => {
    const user = await assertUser();
    const { secret, uri } = await startTwoFactorEnrolment(user.id);
    return { secret: groupSecret(secret), uri, qrCode: await qrCodeDataUrl(uri) };
  });
}

export async function confirmTwoFactorAction(input: ConfirmTwoFactorInput) {
  return runAction("confirmTwoFactor", async () => {
    const user = await assertUser();
    const { recoveryCodes, sessionVersion } = await confirmTwoFactorEnrolment(user.id, input, await requestIp());
    await keepThisSession(sessionVersion);
    return { recoveryCodes };
  });
}

export async function regenerateRecoveryCodesAction(input: RegenerateRecoveryCodesInput) {
  return runAction("regenerateRecoveryCodes", async () => {
    const user = await assertUser();
    return regenerateRecoveryCodes(user.id, input, await requestIp());
  });
}

export async function disableTwoFactorAction(input: DisableTwoFactorInput) {
  return runAction("disableTwoFactor", async () => {
    const user = await assertUser();
    await disableTwoFactor(user.id, input, await requestIp());
  });
}
