import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/options";
import { isHttpUrlOrPath } from "@/lib/http/safe-redirect";
import { crossSiteRefusal } from "@/lib/http/same-origin";

type Context = { params: Promise<{ nextauth: string[] }> };

/** next-auth answers 500 to a callback URL it cannot parse (query or cookie): refuse it first. */
function badCallbackUrl(request: NextRequest): Response | null {
  const values = [
    request.nextUrl.searchParams.get("callbackUrl"),
    ...request.cookies
      .getAll()
      .filter((cookie) => cookie.name.endsWith("next-auth.callback-url"))
      .map((cookie) => cookie.value),
  ];
  if (values.every((value) => !value || isHttpUrlOrPath(value))) return null;
  return Response.json({ error: { code: "BAD_REQUEST", message: "Invalid callback URL." } }, { status: 400 });
}

export function GET(request: NextRequest, context: Context) {
  return badCallbackUrl(request) ?? NextAuth(request, context, authOptions());
}

/** next-auth has its own CSRF token; the Origin check is ours, as for every other write. */
export async function POST(request: NextRequest, context: Context) {
  const refusal = crossSiteRefusal(request.headers);
  if (refusal) return Response.json({ error: { code: "FORBIDDEN", message: refusal } }, { status: 403 });
  return badCallbackUrl(request) ?? NextAuth(request, context, authOptions());
}
