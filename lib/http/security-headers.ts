/**
 * Response headers for every response (composed in proxy.ts). One static policy, no nonce: a
 * nonce would force every page to render dynamically, and Next's inline RSC scripts cannot be
 * hashed ahead of time, so cached public pages need 'unsafe-inline' for scripts. That is safe here
 * because user text is never rendered as HTML (docs/decisions/0008-security-headers.md).
 */
export function contentSecurityPolicy(options: { development: boolean; https: boolean }): string {
  const directives = [
    "default-src 'self'",
    // React's development build evaluates code for its error overlay; never in production.
    `script-src 'self' 'unsafe-inline'${options.development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    // Development's hot reloading talks over a WebSocket to the same host.
    `connect-src 'self'${options.development ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

export function securityHeaders(options: { development: boolean; https: boolean }): [string, string][] {
  return [
    ["Content-Security-Policy", contentSecurityPolicy(options)],
    ["Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()"],
    ...(options.https
      ? [["Strict-Transport-Security", "max-age=63072000; includeSubDomains"] as [string, string]]
      : []),
  ];
}
