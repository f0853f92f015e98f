import { hasNul } from "../validation/text";
import { crossSiteRefusal } from "./same-origin";

/**
 * Requests refused before Next.js sees them (composed in proxy.ts), each with a clean 4xx where
 * Next itself would answer 500: a cross-site write (Next's own server-action check throws), a
 * body over the server-action limit, and a URL PostgreSQL could not take (a NUL in the path or
 * the query), a URL too long to echo back (a sign-in redirect would carry it in a header
 * larger than HTTP clients accept), and a path segment longer than any of ours (an id and its
 * slug are under 120 characters): Next's page cache would try to store its 404 under a file name
 * longer than the file system takes (ENAMETOOLONG).
 */
export const URL_LIMIT_CHARS = 8 * 1024;
export const SEGMENT_LIMIT_CHARS = 200;
export const BODY_LIMIT_BYTES = 1024 * 1024; // next.config.ts gives server actions the same limit

export type Refusal = { status: number; code: string; message: string };

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

function decodes(value: string): string | null {
  try {
    return decodeURIComponent(value.replace(/\+/g, " "));
  } catch {
    return null;
  }
}

export function refuseRequest(method: string, url: URL, headers: Headers): Refusal | null {
  if (url.pathname.length + url.search.length > URL_LIMIT_CHARS) {
    return { status: 414, code: "URI_TOO_LONG", message: `The address is over ${URL_LIMIT_CHARS} characters.` };
  }
  const path = decodes(url.pathname);
  if (path === null || hasNul(path) || path.split("/").some((segment) => segment.length > SEGMENT_LIMIT_CHARS)) {
    return { status: 404, code: "NOT_FOUND", message: "That page was not found." };
  }
  const query = decodes(url.search);
  if (query === null || hasNul(query)) return { status: 400, code: "BAD_REQUEST", message: "Malformed query." };
  if (SAFE_METHODS.has(method.toUpperCase())) return null;

  const crossSite = crossSiteRefusal(headers);
  if (crossSite) return { status: 403, code: "FORBIDDEN", message: crossSite };
  const length = headers.get("content-length");
  if (length !== null && !(Number(length) <= BODY_LIMIT_BYTES)) {
    return { status: 413, code: "PAYLOAD_TOO_LARGE", message: `The request body is over ${BODY_LIMIT_BYTES} bytes.` };
  }
  if (length === null && headers.has("transfer-encoding")) {
    return { status: 411, code: "LENGTH_REQUIRED", message: "Send a Content-Length with the request body." };
  }
  return null;
}

/**
 * A server-action call that carries its arguments as JSON text (`Content-Type: text/plain`, as
 * Next's client sends them) but whose body is not JSON: Next would throw parsing it and answer 500.
 * Only the headers say whether a body needs this check (`actionBodyNeedsCheck`).
 */
export function actionBodyNeedsCheck(method: string, headers: Headers): boolean {
  return (
    method.toUpperCase() === "POST" &&
    headers.has("next-action") &&
    (headers.get("content-type") ?? "").toLowerCase().startsWith("text/plain")
  );
}

export function refuseActionBody(body: string): Refusal | null {
  try {
    JSON.parse(body);
    return null;
  } catch {
    return { status: 400, code: "BAD_REQUEST", message: "The action's arguments are not valid JSON." };
  }
}
