import { appUrl, publisher } from "@/lib/env";
import { recentDecisions } from "@/lib/seo/queries";
import { atomFeedXml } from "@/lib/seo/xml";

export const dynamic = "force-dynamic";

/** Atom feed of decisions, corrections and withdrawals, newest first, for readers to follow. */
export async function GET() {
  const base = appUrl();
  const body = atomFeedXml({
    id: `${base}/feeds/decisions.xml`,
    title: `${publisher().name}: decisions, corrections and withdrawals`,
    selfUrl: `${base}/feeds/decisions.xml`,
    siteUrl: `${base}/claims`,
    author: publisher().name,
    entries: await recentDecisions(base),
  });
  return new Response(body, {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "public, max-age=300" },
  });
}
