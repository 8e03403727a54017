// What a fresh install needs before it serves: an admin (printed once when generated).
// Safe to run at every start: each step does nothing when already done.
import { env } from "../env.mjs";
import { ensureFirstAdmin } from "./first-admin";

export async function runFirstRun(): Promise<void> {
  const admin = await ensureFirstAdmin({ email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD });
  if (admin.created) {
    const signIn = `${env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`}/login`;
    console.log(`upline: created the first admin ${admin.email}`);
    if (admin.password) {
      console.log(`upline: its generated password (shown once): ${admin.password}`);
      console.log(`upline: sign in at ${signIn} and change it`);
    }
  }
}
