import "server-only";
// Who an admin action is done by, for the audit log: the signed-in admin (or a refusal) and the
// caller's IP. Every admin server action starts with it.
import { requestIp } from "../http/request-ip";
import { assertAdmin } from "./session";

export async function adminActor(): Promise<{ id: number; ip: string }> {
  const admin = await assertAdmin();
  return { id: admin.id, ip: await requestIp() };
}
