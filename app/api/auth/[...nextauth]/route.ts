import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/options";
import { crossSiteRefusal } from "@/lib/http/same-origin";

type Context = { params: Promise<{ nextauth: string[] }> };

export function GET(request: NextRequest, context: Context) {
  return NextAuth(request, context, authOptions());
}

/** next-auth has its own CSRF token; the Origin check is ours, as for every other write. */
export async function POST(request: NextRequest, context: Context) {
  const refusal = crossSiteRefusal(request.headers);
  if (refusal) return Response.json({ error: { code: "FORBIDDEN", message: refusal } }, { status: 403 });
  return NextAuth(request, context, authOptions());
}
