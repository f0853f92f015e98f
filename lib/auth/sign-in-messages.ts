/**
 * The words next-auth hands the sign-in form as `error` (thrown from authorize() in
 * lib/auth/options.ts), and what the form says for each. Browser-safe: the form imports it.
 */
export const RATE_LIMITED_ERROR = "RateLimited";
/** The address cannot be an email address (too long, no "@"...): said at once, never counted. */
export const INVALID_EMAIL_ERROR = "InvalidEmail";
/**
 * Any other failure (the database, a bug) becomes this word: next-auth would otherwise put the
 * raw message, database text included, into the sign-in URL.
 */
export const UNAVAILABLE_ERROR = "SignInUnavailable";

export function signInErrorMessage(error: string): string {
  if (error.startsWith(`${RATE_LIMITED_ERROR}:`)) {
    const minutes = Math.max(1, Math.ceil(Number(error.slice(RATE_LIMITED_ERROR.length + 1)) / 60));
    return `Too many failed attempts. Sign-in is paused for about ${minutes} minute${minutes === 1 ? "" : "s"}.`;
  }
  if (error === INVALID_EMAIL_ERROR) return "That is not a valid email address. Check it and sign in again.";
  // Deliberately the same for an unknown email and a wrong password.
  if (error === "CredentialsSignin") return "That email and password do not match an active account.";
  return "Sign-in failed. Try again in a moment.";
}
