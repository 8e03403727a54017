import { Role } from "../db";

/** Where a signed-in user lands. */
export function homeFor(role: Role): string {
  return role === Role.ADMIN ? "/admin" : "/account";
}
