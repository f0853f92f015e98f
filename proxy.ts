import { NextResponse, type NextRequest } from "next/server";
import { canonicalClaimSegment, claimIdOf } from "./lib/claims/paths";
import { claimRouteOf } from "./lib/claims/withdrawn";
import { appUrl, env } from "./lib/env";
import { refuseRequest } from "./lib/http/request-guard";
import { securityHeaders } from "./lib/http/security-headers";

/**
 * Runs before every request (Next 16's proxy, Node.js runtime). It is not a security boundary for
 * data (lib/ checks every record). It refuses malformed or cross-site requests with a clean 4xx
 * before Next answers them with a 500; it answers a withdrawn claim's URL with the 410 notice (App
 * Router pages cannot set that status, so it rewrites to the route handler that can,
 * app/(public)/claims/[id]/withdrawn/route.ts); it answers a public claim's URL spelled otherwise
 * than lib/claims/paths.ts spells it (a bare id, an old or wrong slug) with a 308 to the right one;
 * and it sets the hardening headers on every response. Both run before Next's page cache, with one
 * primary-key lookup.
 */
export async function proxy(request: NextRequest) {
  const headers = securityHeaders({
    development: env().NODE_ENV === "development",
    https: appUrl().startsWith("https://"),
  });
  const refusal = refuseRequest(request.method, request.nextUrl, request.headers);
  const response = refusal
    ? NextResponse.json({ error: { code: refusal.code, message: refusal.message } }, { status: refusal.status })
    : ((await claimRoute(request)) ?? NextResponse.next());
  for (const [name, value] of headers) response.headers.set(name, value);
  return response;
}

async function claimRoute(request: NextRequest): Promise<NextResponse | null> {
  const match = /^\/claims\/([^/]+)$/.exec(request.nextUrl.pathname);
  if (!match || (request.method !== "GET" && request.method !== "HEAD")) return null;
  let segment: string;
  try {
    segment = decodeURIComponent(match[1]);
  } catch {
    return null; // a malformed id is nobody's claim: the page answers 404
  }
  const id = claimIdOf(segment);
  const claim = await claimRouteOf(id).catch(() => null);
  if (claim?.visibility === "WITHDRAWN") {
    const url = request.nextUrl.clone();
    url.pathname = `/claims/${encodeURIComponent(id)}/withdrawn`;
    return NextResponse.rewrite(url);
  }
  if (claim?.visibility === "PUBLIC") {
    const canonical = canonicalClaimSegment({ id, statement: claim.statement });
    if (segment !== canonical) {
      const url = request.nextUrl.clone();
      url.pathname = `/claims/${canonical}`;
      return NextResponse.redirect(url, 308);
    }
  }
  return null;
}
