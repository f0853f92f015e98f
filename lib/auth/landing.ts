import { safeRedirect } from "../http/safe-redirect";
import { can, type Role } from "./permissions";

/** Where staff land after signing in without a page to return to: deciders on the review queue. */
export function landingPath(role: Role): string {
  return can(role, "review:decide") ? "/review" : "/desk";
}

/**
 * The page to return to after sign-in, when the sign-in link names one (`callbackUrl`) and it is
 * safe (lib/http/safe-redirect.ts); null sends the user to their role's landing page. The sign-in
 * page itself is never a place to return to.
 */
export function returnPathAfterSignIn(callbackUrl: unknown): string | null {
  const path = safeRedirect(callbackUrl, "");
  if (!path || /^\/signin(?:[/?#]|$)/.test(path)) return null;
  return path;
}
