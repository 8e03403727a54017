// Creates an account. One rule for sign-up, the CLI and the first admin.
import { db, isUniqueViolation, Role, type Tx } from "../db";
import { errorMessages } from "@/i18n/error-text";
import { AppError } from "../errors";
import { hashPassword } from "../auth/password";
import { emailSchema, passwordSchema } from "../validations/user";

export class EmailTakenError extends AppError {
  constructor() {
    super(errorMessages.emailTaken, "email_taken", "email");
  }
}

export async function createUser(
  input: { email: string; password: string; role?: Role },
  tx: Tx = db,
): Promise<{ id: number; email: string; role: Role }> {
  const email = emailSchema.parse(input.email);
  const password = passwordSchema.parse(input.password);
  const passwordHash = await hashPassword(password);
  try {
    return await tx.user.create({
      data: { email, passwordHash, role: input.role ?? Role.CUSTOMER },
      select: { id: true, email: true, role: true },
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new EmailTakenError();
    throw error;
  }
}
