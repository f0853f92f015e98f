import { NextResponse, type NextRequest } from "next/server";
import { CORS } from "./lib/api/cors";
import { cachedEndpointAnswer } from "./lib/api/endpoints";
import { canonicalClaimSegment, claimIdOf } from "./lib/claims/paths";
import { claimRouteOf } from "./lib/claims/withdrawn";
import { appUrl, env } from "./lib/env";
import { actionBodyNeedsCheck, refuseActionBody, refuseRequest } from "./lib/http/request-guard";
import { securityHeaders } from "./lib/http/security-headers";

/**
 * Runs before every request (Next 16's proxy, Node.js runtime). It is not a security boundary for
 * data (lib/ checks every record). It refuses malformed or cross-site requests with a clean 4xx
 * before Next answers them with a 500; it answers a withdrawn claim's URL with the 410 notice (App
 * Router pages cannot set that status, so it rewrites to the route handler that can,
 * app/(public)/claims/[id]/withdrawn/route.ts); it answers a public claim's URL spelled otherwise
 * than lib/claims/paths.ts spells it (a bare id, an old or wrong slug) with a 308 to the right one;
 * it answers a cached API endpoint's query string (refused) and CORS preflight itself
 * (lib/api/endpoints.ts cachedEndpointAnswer); and it sets the hardening headers on every
 * response. All of it runs before Next's page cache, with at most one primary-key lookup.
 */
export async function proxy(request: NextRequest) {
  const headers = securityHeaders({
    development: env().NODE_ENV === "development",
    https: appUrl().startsWith("https://"),
  });
  const refusal =
    refuseRequest(request.method, request.nextUrl, request.headers) ??
    // Bounded: refuseRequest has refused a body over the action size limit.
    (actionBodyNeedsCheck(request.method, request.headers) ? refuseActionBody(await request.clone().text()) : null);
  const api = refusal ? null : cachedEndpointAnswer(request.method, request.nextUrl);
  const response = refusal
    ? NextResponse.json({ error: { code: refusal.code, message: refusal.message } }, { status: refusal.status })
    : api?.status === 204
      ? new NextResponse(null, { status: 204, headers: CORS })
      : api
        ? NextResponse.json(
            { error: { code: "INVALID_PARAMETER", param: api.param, message: api.message } },
            { status: 400, headers: CORS },
          )
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
