// Account inputs, shared by the forms, the server actions and the CLI.
import { z } from "zod";
import { errorMessages as e } from "@/i18n/error-text";

export const emailSchema = z.string().trim().toLowerCase().pipe(z.email(e.emailInvalid).max(254));

/** bcrypt reads only the first 72 bytes of a password: a longer one would let its prefix sign in. */
export const PASSWORD_MAX_BYTES = 72;

export const passwordSchema = z
  .string()
  .min(8, e.passwordTooShort)
  .refine((p) => new TextEncoder().encode(p).length <= PASSWORD_MAX_BYTES, e.passwordTooLong)
  .refine((p) => /[A-Za-z]/.test(p) && /\d/.test(p), e.passwordWeak);

export const signUpSchema = z.object({ email: emailSchema, password: passwordSchema });
export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, e.passwordRequired).max(200),
});

export type SignUpInput = z.infer<typeof signUpSchema>;

export const changePasswordSchema = z.object({ current: z.string().max(200), next: passwordSchema });
export type ChangePasswordInput = z.input<typeof changePasswordSchema>;
