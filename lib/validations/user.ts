// Account inputs, shared by the forms, the server actions and the CLI.
import { z } from "zod";
import { errorMessages as e } from "@/i18n/error-text";

export const emailSchema = z.string().trim().toLowerCase().pipe(z.email(e.emailInvalid).max(254));

export const passwordSchema = z
  .string()
  .min(8, e.passwordTooShort)
  .max(200, e.passwordTooLong)
  .refine((p) => /[A-Za-z]/.test(p) && /\d/.test(p), e.passwordWeak);

export const signUpSchema = z.object({ email: emailSchema, password: passwordSchema });
export const signInSchema = z.object({ email: emailSchema, password: z.string().min(1, e.passwordRequired).max(200) });

export type SignUpInput = z.infer<typeof signUpSchema>;

export const changePasswordSchema = z.object({ current: z.string().max(200), next: passwordSchema });
export type ChangePasswordInput = z.input<typeof changePasswordSchema>;
