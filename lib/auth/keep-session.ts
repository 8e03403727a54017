import "server-only";
// After a security change (password, two-factor on) the user's session version moves on, which
// ends every session; the browser that made the change gets its session cookie again with the new
// version, so it alone stays signed in.
import { cookies } from "next/headers";
import { decode, encode } from "next-auth/jwt";
import { appSecret, env } from "../env.mjs";
import { authOptions } from "./options";

// next-auth's own choice of cookie (useSecureCookies follows an https NEXTAUTH_URL).
const secure = env.NEXTAUTH_URL?.startsWith("https://") ?? false;
const SESSION_COOKIE = `${secure ? "__Secure-" : ""}next-auth.session-token`;

export async function keepThisSession(sessionVersion: number): Promise<void> {
  const jar = await cookies();
  const token = await decode({ token: jar.get(SESSION_COOKIE)?.value, secret: appSecret() });
  if (!token) return;
  const maxAge = authOptions.session?.maxAge ?? 30 * 24 * 3600;
  const value = await encode({ token: { ...token, sv: sessionVersion }, secret: appSecret(), maxAge });
  jar.set(SESSION_COOKIE, value, { httpOnly: true, sameSite: "lax", path: "/", secure, maxAge });
}
