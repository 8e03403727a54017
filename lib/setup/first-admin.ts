// First run: make sure the panel has an admin. From ADMIN_EMAIL/ADMIN_PASSWORD when given,
// otherwise admin@upline.local with a generated password the caller prints once.
import { randomBytes } from "node:crypto";
import { db, Role } from "../db";
import { createUser } from "../users/create-user";

export async function ensureFirstAdmin(given: { email?: string; password?: string }) {
  const existing = await db.user.count({ where: { role: Role.ADMIN } });
  if (existing > 0) return { created: false as const };
  const email = given.email ?? "admin@upline.local";
  const generated = !given.password;
  const password = given.password ?? `${randomBytes(12).toString("base64url")}7a`;
  await createUser({ email, password, role: Role.ADMIN });
  return { created: true as const, email, password: generated ? password : undefined };
}
