// Signing out ends the session on the server too: the user's session version moves on, so the
// JWT cookie (and any copy of it) stops working at once. The version is per user, so this signs
// the user out on every device. Guarded by the token's version, so a stale token changes nothing.
import { db } from "../db";

export async function endSession(token: Record<string, unknown> | null | undefined): Promise<void> {
  if (typeof token?.uid !== "number" || typeof token.sv !== "number") return;
  await db.user.updateMany({
    where: { id: token.uid, sessionVersion: token.sv },
    data: { sessionVersion: { increment: 1 } },
  });
}
