import { appUrl } from "@/lib/env";
import { countSitemapUrls, sitemapUrls } from "@/lib/seo/queries";
import { SITEMAP_LIMIT, sitemapIndexXml, urlsetXml } from "@/lib/seo/xml";

export const dynamic = "force-dynamic";

/** The public pages; past 50,000 URLs, a sitemap index of /sitemaps/1, /sitemaps/2, … as the protocol requires. */
export async function GET() {
  const base = appUrl();
  const total = await countSitemapUrls();
  const body =
    total <= SITEMAP_LIMIT
      ? urlsetXml(await sitemapUrls(base, 1))
      : sitemapIndexXml(
          Array.from({ length: Math.ceil(total / SITEMAP_LIMIT) }, (_, i) => `${base}/sitemaps/${i + 1}`),
        );
  return new Response(body, {
    headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}
