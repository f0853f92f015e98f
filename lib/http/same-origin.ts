/**
 * Cross-site request refusal for every state-changing request. Next.js already compares Origin
 * with Host for server actions, but lets a request with no Origin through; route handlers get no
 * check at all. Browsers send Origin on every cross-site and same-site POST, so a write without
 * one, with "null", or with a foreign one is refused here.
 */
export function crossSiteRefusal(headers: Headers): string | null {
  const origin = headers.get("origin");
  if (!origin || origin === "null") return "Cross-site request refused: no Origin header.";
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return "Cross-site request refused: malformed Origin header.";
  }
  return host && originHost === host ? null : `Cross-site request refused: ${origin} is not this site.`;
}
