import path from "node:path";
import type { NextConfig } from "next";
import { BODY_LIMIT_BYTES } from "./lib/http/request-guard";

const nextConfig: NextConfig = {
  // One page and data cache on every server (cache-handler.mjs): in memory, or with REDIS_URL shared
  // through Redis by several servers. Next's own cache is not used: it stamps an entry with the
  // time its render ended, so a render that read the data before a decision and ended after it
  // outlived the decision's expiry (docs/decisions/0015-caching.md). Next's in-memory copy in
  // front of the handler is off (the handler's memory cache is the one copy).
  cacheHandler: path.resolve("cache-handler.mjs"),
  cacheMaxMemorySize: 0,
  // The embedded database lives in the launcher process, never in the Next bundle.
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket", "@node-rs/argon2"],
  poweredByHeader: false,
  typedRoutes: false,
  async rewrites() {
    return [{ source: "/.well-known/claimtrail-history-keys", destination: "/api/history-keys" }];
  },
  // proxy.ts answers 413 above the same limit, before Next would fail the action with a 500.
  experimental: { serverActions: { bodySizeLimit: BODY_LIMIT_BYTES } },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

export default nextConfig;
