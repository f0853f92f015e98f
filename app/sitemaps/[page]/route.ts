import { appUrl } from "@/lib/env";
import { countSitemapUrls, sitemapUrls } from "@/lib/seo/queries";
import { SITEMAP_LIMIT, urlsetXml } from "@/lib/seo/xml";

export const dynamic = "force-dynamic";

/** One file of the sitemap index (/sitemap.xml lists them when there are more than 50,000 URLs). */
export async function GET(_request: Request, { params }: { params: Promise<{ page: string }> }) {
  const page = Number((await params).page);
  const pages = Math.ceil((await countSitemapUrls()) / SITEMAP_LIMIT);
  if (!Number.isInteger(page) || page < 1 || page > pages) {
    return new Response("No such sitemap page.", { status: 404, headers: { "Content-Type": "text/plain" } });
  }
  return new Response(urlsetXml(await sitemapUrls(appUrl(), page)), {
    headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}
