import { apiGet } from "@/lib/api/handler";

// Cached like the claim and article pages: rendered on first request, kept until a decision expires
// it (lib/cache/expire.ts). It takes no query: proxy.ts refuses one, and answers its CORS
// preflight, before the cache.
export const dynamic = "force-static";
export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

/** One public claim (lib/api/endpoints.ts). */
export const GET = apiGet("claim");
