// Who may do what by role. The owner is an admin too, and the only one who grants or removes
// admin; nobody suspends or demotes the owner (lib/users/admin-user-changes.ts).
import { Role } from "../db";

/** Roles that open the admin area. */
export const ADMIN_ROLES: Role[] = [Role.ADMIN, Role.OWNER];

export function isAdminRole(role: Role | string): boolean {
  return role === Role.ADMIN || role === Role.OWNER;
}
