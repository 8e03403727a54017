import { db, Role } from "../db";

export async function countUsers(): Promise<{ customers: number; admins: number }> {
  const [customers, admins] = await Promise.all([
    db.user.count({ where: { role: Role.CUSTOMER } }),
    db.user.count({ where: { role: Role.ADMIN } }),
  ]);
  return { customers, admins };
}
