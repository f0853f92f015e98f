/**
 * Which address a request came from, for per-address sign-in limits. Pure, so the HTTP front
 * (lib/http/app-server.ts) and its tests share it.
 *
 * `peer` is the socket's remote address: the client itself, or our innermost proxy. Each trusted
 * proxy appends the address it saw to X-Forwarded-For, so with N trusted proxies the client is
 * the entry the outermost one appended: N places left of the peer. Everything further left was
 * written by the client and is ignored; with no trusted proxy the header is ignored entirely.
 */
export function resolveClientAddress(forwardedFor: string | undefined, peer: string, trustedHops: number): string {
  if (trustedHops <= 0) return peer;
  const chain = [
    ...(forwardedFor ?? "")
      .split(",")
      .map((part) => part.trim())
      .filter(Boolean),
    peer,
  ];
  // Fewer entries than configured proxies: the leftmost is the outermost address there is.
  return chain[Math.max(0, chain.length - 1 - trustedHops)];
}
