import "server-only";
import { z } from "zod";
import { db } from "../db/client";
import { hasControlCharacters } from "../validation/text";
import type { Role } from "./permissions";
import { verifyPassword } from "./password";
import { giveBackSignInAttempt, takeSignInAttempt } from "./rate-limit";

export type SignInResult =
  | { ok: true; user: { id: string; name: string; email: string; role: Role; sessionVersion: number } }
  | { ok: false; reason: "INVALID" }
  | { ok: false; reason: "INVALID_EMAIL" }
  | { ok: false; reason: "RATE_LIMITED"; retryAfterSeconds: number };

/** RFC 5321 caps a path at 254 characters; the shape check is zod's, as for every stored address. */
const EMAIL_MAX_LENGTH = 254;
const isEmailAddress = (email: string) => email.length <= EMAIL_MAX_LENGTH && z.email().safeParse(email).success;

// Verified against when the email is unknown, so both failures take the same time.
const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$iQ7zxdrWDb/eU5AvkDd15A$WL0b5rUrxn1C3UV6g2LlnKnsBelCMPZ/+rPAOW9RqfE";

/**
 * Checks an email and password. Unknown email, wrong password and deactivated account all answer
 * INVALID, so the form never reveals whether an address has an account. The attempt is counted
 * before the password is looked at (lib/auth/rate-limit.ts), so concurrent guesses cannot race
 * past the limit.
 */
export async function authenticate(emailInput: string, password: string, address: string): Promise<SignInResult> {
  const email = emailInput.trim().toLowerCase();
  // Not an address any account can have: said at once, before any counting or lookup (it reveals
  // nothing about accounts, and a 20,000-character "address" is no guess worth limiting).
  if (!isEmailAddress(email)) return { ok: false, reason: "INVALID_EMAIL" };
  const wait = await takeSignInAttempt(email, address);
  if (wait > 0) return { ok: false, reason: "RATE_LIMITED", retryAfterSeconds: wait };

  // No stored address has control characters (NUL would fail in PostgreSQL): no lookup needed.
  const user = hasControlCharacters(email)
    ? null
    : await db().user.findUnique({
        where: { email },
        select: {
          id: true,
          name: true,
          email: true,
          role: true,
          active: true,
          sessionVersion: true,
          passwordHash: true,
        },
      });
  const valid = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
  if (!user || !user.active || !user.passwordHash || !valid) return { ok: false, reason: "INVALID" };
  await giveBackSignInAttempt(email, address);
  const { passwordHash: _hash, active: _active, ...safe } = user;
  return { ok: true, user: safe };
}
