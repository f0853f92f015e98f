import { env } from "../env";

/**
 * The client's address for per-address limits. X-Forwarded-For is a list each proxy appends to;
 * only the entries added by our own proxies (TRUSTED_PROXY_HOPS of them, plus the one Next.js
 * itself adds) can be believed, so we count from the right rather than trust the first entry.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  const index = forwarded.length - 1 - env().TRUSTED_PROXY_HOPS;
  return forwarded[Math.max(0, index)] ?? headers.get("x-real-ip") ?? "unknown";
}
