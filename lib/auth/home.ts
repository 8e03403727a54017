import { Role } from "../db";

/** Where a signed-in user lands: customers on the new-order form, the page they use most. */
export function homeFor(role: Role): string {
  return role === Role.ADMIN ? "/admin" : "/new-order";
}
