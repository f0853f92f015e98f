import path from "node:path";
import type { NextConfig } from "next";
import { env } from "./lib/env";
import { BODY_LIMIT_BYTES } from "./lib/http/request-guard";

const nextConfig: NextConfig = {
  // With REDIS_URL, several servers share one page cache and its tag expiries (cache-handler.mjs);
  // without it, Next's own single-server cache stays.
  // Without it, Next keeps rendered pages in an in-memory LRU in front of its copy on disk
  // (.next/server): 16 MB instead of the default 50 MB (docs/decisions/0020-server-memory.md),
  // which the benchmark's large pages filled. A page that falls out is read from disk, not
  // rendered again.
  ...(env().REDIS_URL
    ? { cacheHandler: path.resolve("cache-handler.mjs"), cacheMaxMemorySize: 0 }
    : { cacheMaxMemorySize: 16 * 1024 * 1024 }),
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
