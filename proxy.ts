import { NextResponse, type NextRequest } from "next/server";
import { isWithdrawnClaimId } from "@/lib/claims/withdrawn";

/**
 * A withdrawn claim's URL answers 410 Gone with the withdrawal notice: App Router pages cannot set
 * that status, so the proxy rewrites the request to a route handler that can
 * (app/(public)/claims/[id]/withdrawn/route.ts). Nothing is deleted; the notice keeps the history.
 */
export async function proxy(request: NextRequest) {
  const match = /^\/claims\/([^/]+)$/.exec(request.nextUrl.pathname);
  if (match && (request.method === "GET" || request.method === "HEAD")) {
    const id = decodeURIComponent(match[1]);
    if (await isWithdrawnClaimId(id).catch(() => false)) {
      const url = request.nextUrl.clone();
      url.pathname = `/claims/${encodeURIComponent(id)}/withdrawn`;
      return NextResponse.rewrite(url);
    }
  }
  return NextResponse.next();
}

export const config = { matcher: ["/claims/:id"] };
