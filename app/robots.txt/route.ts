import { appUrl } from "@/lib/env";

export const dynamic = "force-dynamic";

/** Crawlers may read the public site, not the staff areas; the sitemap lists the public pages. */
export function GET() {
  const body = [
    "User-agent: *",
    "Allow: /",
    "Disallow: /desk",
    "Disallow: /review",
    "Disallow: /admin",
    "Disallow: /api/auth",
    "Disallow: /signin",
    "Disallow: /set-password",
    `Sitemap: ${appUrl()}/sitemap.xml`,
    "",
  ].join("\n");
  return new Response(body, { headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
