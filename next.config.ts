import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The embedded database lives in the launcher process, never in the Next bundle.
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket", "@node-rs/argon2"],
  poweredByHeader: false,
  typedRoutes: false,
  async rewrites() {
    return [{ source: "/.well-known/claimtrail-history-keys", destination: "/api/history-keys" }];
  },
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
