// First run: make sure the panel has an admin, its owner. From ADMIN_EMAIL/ADMIN_PASSWORD when
// given, otherwise admin@upline.local with a generated password the caller prints once.
import { randomBytes } from "node:crypto";
import { ADMIN_ROLES } from "../auth/roles";
import { db, Role } from "../db";
import { createUser } from "../users/create-user";

export async function ensureFirstAdmin(given: { email?: string; password?: string }) {
  const existing = await db.user.count({ where: { role: { in: ADMIN_ROLES } } });
  if (existing > 0) return { created: false as const };
  const email = given.email ?? "admin@upline.local";
  const generated = !given.password;
  const password = given.password ?? `${randomBytes(12).toString("base64url")}7a`;
  await createUser({ email, password, role: Role.OWNER });
  return { created: true as const, email, password: generated ? password : undefined };
}
