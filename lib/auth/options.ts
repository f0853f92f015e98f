import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { appUrl, env } from "../env";
import { clientAddress } from "../http/client-address";
import { logger } from "../logger";
import { endSessions } from "./mutations";
import { actorForToken } from "./session-check";
import { authenticate } from "./sign-in";
import { INVALID_EMAIL_ERROR, RATE_LIMITED_ERROR, UNAVAILABLE_ERROR } from "./sign-in-messages";

// Thrown from authorize(); next-auth hands the word to the sign-in form as `error`.
export { INVALID_EMAIL_ERROR, RATE_LIMITED_ERROR, UNAVAILABLE_ERROR };
/** Thrown from the session callback for a token that no longer stands; next-auth then clears it. */
const SESSION_ENDED = "SessionEnded";

export async function authenticateOrExplain(email: string, password: string, headers: Headers) {
  try {
    return await authenticate(email, password, clientAddress(headers));
  } catch (error) {
    logger.error({ err: error }, "sign-in failed");
    throw new Error(UNAVAILABLE_ERROR);
  }
}

export function authOptions(): NextAuthOptions {
  return {
    secret: env().NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
    // Session cookies are HttpOnly and SameSite=Lax (next-auth's defaults), and Secure with a
    // __Secure- name whenever the app is served over HTTPS.
    useSecureCookies: appUrl().startsWith("https://"),
    pages: { signIn: "/signin" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, req) {
          if (!credentials?.email || !credentials.password) return null;
          const headers = new Headers(req.headers as Record<string, string>);
          const result = await authenticateOrExplain(credentials.email, credentials.password, headers);
          if (result.ok)
            return {
              id: result.user.id,
              name: result.user.name,
              email: result.user.email,
              sessionVersion: result.user.sessionVersion,
            };
          if (result.reason === "RATE_LIMITED") throw new Error(`${RATE_LIMITED_ERROR}:${result.retryAfterSeconds}`);
          if (result.reason === "INVALID_EMAIL") throw new Error(INVALID_EMAIL_ERROR);
          return null;
        },
      }),
    ],
    callbacks: {
      // The token carries only who and which session version; role and status are read fresh
      // from the database on every request (lib/auth/session.ts).
      jwt({ token, user }) {
        if (user) {
          token.uid = user.id;
          token.sv = (user as { sessionVersion?: number }).sessionVersion;
        }
        return token;
      },
      // The same check as pages and actions (lib/auth/session-check.ts), so /api/auth/session
      // neither answers nor renews a token that was signed out, deactivated or superseded.
      async session({ session, token }) {
        if (!(await actorForToken({ uid: token.uid, sv: token.sv }))) throw new Error(SESSION_ENDED);
        return { ...session, uid: token.uid, sv: token.sv };
      },
    },
    events: {
      async signOut({ token }) {
        await endSessions({ uid: token?.uid, sv: token?.sv });
      },
    },
    logger: {
      error(code, metadata) {
        const error = metadata instanceof Error ? metadata : (metadata as { error?: unknown })?.error;
        if (error instanceof Error && error.message === SESSION_ENDED) logger.info("an ended session was refused");
        else logger.error({ code, err: error ?? metadata }, "next-auth error");
      },
      warn(code) {
        logger.warn({ code }, "next-auth warning");
      },
      debug() {},
    },
  };
}
