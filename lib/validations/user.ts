// Account inputs, shared by the forms, the server actions and the CLI.
import { z } from "zod";

export const emailSchema = z.string().trim().toLowerCase().pipe(z.email("Enter a valid email address").max(254));

/** bcrypt reads only the first 72 bytes of a password: a longer one would let its prefix sign in. */
export const PASSWORD_MAX_BYTES = 72;

export const passwordSchema = z
  .string()
  .min(8, "Password must be at least 8 characters")
  .refine((p) => new TextEncoder().encode(p).length <= PASSWORD_MAX_BYTES, "Password must be at most 72 bytes (72 plain letters and digits; fewer with accents or emoji)")
  .refine((p) => /[A-Za-z]/.test(p) && /\d/.test(p), "Password must contain a letter and a digit");

export const signUpSchema = z.object({ email: emailSchema, password: passwordSchema });
export const signInSchema = z.object({ email: emailSchema, password: z.string().min(1, "Enter your password").max(200) });

export type SignUpInput = z.infer<typeof signUpSchema>;

export const changePasswordSchema = z.object({ current: z.string().max(200), next: passwordSchema });
export type ChangePasswordInput = z.input<typeof changePasswordSchema>;
