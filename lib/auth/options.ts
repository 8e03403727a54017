// next-auth configuration: email + password, JWT sessions. The JWT holds only the user id and
// session version; every request re-reads the user (lib/auth/session.ts), so suspending a user
// or bumping the version ends their sessions at once.
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { appSecret } from "../env.mjs";
import { errorMessages } from "@/i18n/error-text";
import { isExpectedError } from "../errors";
import { log } from "../log";
import { authenticate } from "./authenticate";
import { endSession } from "./end-session";
import { clientIp } from "../http/client-ip";

export const authOptions: AuthOptions = {
  secret: appSecret(),
  session: { strategy: "jwt", maxAge: 30 * 24 * 3600 },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "Email",
      credentials: { email: { type: "email" }, password: { type: "password" }, code: { type: "text" } },
      async authorize(credentials, req) {
        try {
          const user = await authenticate(credentials ?? {}, clientIp(req.headers ?? {}));
          return { id: String(user.id), email: user.email, role: user.role, sv: user.sessionVersion };
        } catch (error) {
          if (isExpectedError(error)) throw new Error(error.message);
          log.error("sign-in failed", { error });
          throw new Error(errorMessages.signInUnavailable);
        }
      },
    }),
  ],
  events: {
    signOut: ({ token }) => endSession(token),
  },
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        const u = user as { id: string; role?: string; sv?: number };
        token.uid = Number(u.id);
        token.sv = u.sv ?? 0;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, uid: token.uid, sv: token.sv };
    },
  },
};
