import { NextResponse, type NextRequest } from "next/server";
import { appUrl, env } from "./lib/env";
import { refuseRequest } from "./lib/http/request-guard";
import { securityHeaders } from "./lib/http/security-headers";

/**
 * Runs before every request (Next 16's proxy, Node.js runtime). It is not a security boundary for
 * data (lib/ checks every record); it refuses malformed or cross-site requests with a clean 4xx
 * before Next answers them with a 500, and sets the hardening headers on every response.
 */
export function proxy(request: NextRequest) {
  const headers = securityHeaders({
    development: env().NODE_ENV === "development",
    https: appUrl().startsWith("https://"),
  });
  const refusal = refuseRequest(request.method, request.nextUrl, request.headers);
  const response = refusal
    ? NextResponse.json({ error: { code: refusal.code, message: refusal.message } }, { status: refusal.status })
    : NextResponse.next();
  for (const [name, value] of headers) response.headers.set(name, value);
  return response;
}
