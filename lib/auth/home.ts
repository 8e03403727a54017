import { Role } from "../db";
import { isAdminRole } from "./roles";

/** Where a signed-in user lands: customers on the new-order form, the page they use most. */
export function homeFor(role: Role): string {
  return isAdminRole(role) ? "/admin" : "/new-order";
}
