// Two-factor inputs, shared by the security page's forms, their server actions and sign-in.
import { z } from "zod";
import { errorMessages as e } from "@/i18n/error-text";

/** A 6-digit TOTP code or a recovery code; which one it is, lib/two-factor decides. */
export const secondFactorCodeSchema = z
  .string()
  .trim()
  .min(1, e.twoFactor.codeRequired)
  .max(40, e.twoFactor.wrongCode);

/** Enrolment is confirmed with a code from the app, never a recovery code. */
export const confirmTwoFactorSchema = z.object({
  code: z
    .string()
    .transform((code) => code.replace(/\s+/g, ""))
    .pipe(z.string().regex(/^\d{6}$/, e.twoFactor.codeFormat)),
});
export type ConfirmTwoFactorInput = z.input<typeof confirmTwoFactorSchema>;

export const disableTwoFactorSchema = z.object({
  password: z.string().min(1, e.passwordRequired).max(200),
  code: secondFactorCodeSchema,
});
export type DisableTwoFactorInput = z.input<typeof disableTwoFactorSchema>;

export const regenerateRecoveryCodesSchema = z.object({
  password: z.string().min(1, e.passwordRequired).max(200),
});
export type RegenerateRecoveryCodesInput = z.input<typeof regenerateRecoveryCodesSchema>;
