import bcrypt from "bcryptjs";
import { env } from "../env.mjs";

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, env.PASSWORD_HASH_COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

// Compared against when the email is unknown, so a wrong email costs the same time as a wrong password.
export const DUMMY_HASH = "$2b$12$C6UzMDM.H6dfI/f/IKcEeO5a3Rb5k3x1yA6G5mF8mS0dY6n4mJ3yO";
