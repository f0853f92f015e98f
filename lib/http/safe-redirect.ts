/**
 * The one check for where to send the browser after sign-in (`callbackUrl`): only a path on this
 * app. Accepted: a path starting with exactly one `/`. Refused outright: `//` (another host),
 * any backslash (browsers read `/\evil` as `//evil`), percent-encoded slashes or backslashes
 * (decoded later by someone), scheme URLs, and control characters (browsers drop tabs and
 * newlines, so `/\t/evil` becomes `//evil`). What passes must then resolve to this origin.
 */
const BASE = "http://claimtrail.invalid";

export function safeRedirect(to: unknown, fallback = "/desk"): string {
  const value = Array.isArray(to) ? to[0] : to;
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//")) return fallback;
  if (value.includes("\\") || /%(2f|5c)/i.test(value) || /[\u0000-\u001f\u007f\s]/.test(value)) return fallback;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return fallback;
  }
  // Dot segments can collapse to a leading "//" ("/.//evil"), which a browser reads as a host.
  if (url.origin !== BASE || url.pathname.startsWith("//")) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

/**
 * Whether next-auth accepts this as a callback URL (an absolute http(s) URL, or a path); it
 * answers 500 to anything else in the query or its callback-url cookie, so the auth route refuses
 * those with a 400 first. Where next-auth then redirects is its own same-origin check.
 */
export function isHttpUrlOrPath(value: string): boolean {
  try {
    return /^https?:$/.test(new URL(value, value.startsWith("/") ? BASE : undefined).protocol);
  } catch {
    return false;
  }
}
