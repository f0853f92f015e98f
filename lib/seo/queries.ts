import "server-only";
import { PUBLIC_ARTICLE } from "../articles/editability";
import { linkedClaimIds, PUBLIC_CLAIM } from "../claims/queries";
import { db } from "../db/client";
import { describePublicHistory } from "../history/describe";
import { withPayloads } from "../history/read";
import { SITEMAP_LIMIT, type FeedEntry, type SitemapUrl } from "./xml";

/** The public pages, for the sitemap: a few fixed ones, every public claim and article. */
const FIXED = ["/", "/claims", "/transparency"];

export async function countSitemapUrls(): Promise<number> {
  const [claims, articles] = await Promise.all([
    db().claim.count({ where: PUBLIC_CLAIM }),
    db().article.count({ where: PUBLIC_ARTICLE }),
  ]);
  return FIXED.length + claims + articles;
}

/** Page `page` (from 1) of the sitemap's URLs, `perPage` a page, in a stable order. */
export async function sitemapUrls(baseUrl: string, page: number, perPage = SITEMAP_LIMIT): Promise<SitemapUrl[]> {
  const start = (page - 1) * perPage;
  const urls: SitemapUrl[] = FIXED.slice(start, start + perPage).map((p) => ({ loc: `${baseUrl}${p}` }));
  let skip = Math.max(0, start - FIXED.length);
  let room = perPage - urls.length;
  const claimCount = await db().claim.count({ where: PUBLIC_CLAIM });
  if (room > 0 && skip < claimCount) {
    const claims = await db().claim.findMany({
      where: PUBLIC_CLAIM,
      orderBy: { id: "asc" },
      skip,
      take: room,
      select: { id: true, updatedAt: true },
    });
    urls.push(...claims.map((c) => ({ loc: `${baseUrl}/claims/${c.id}`, lastmod: c.updatedAt })));
    room -= claims.length;
    skip = 0;
  } else {
    skip -= claimCount;
  }
  if (room > 0) {
    const articles = await db().article.findMany({
      where: PUBLIC_ARTICLE,
      orderBy: { id: "asc" },
      skip: Math.max(0, skip),
      take: room,
      select: { id: true, updatedAt: true },
    });
    urls.push(...articles.map((a) => ({ loc: `${baseUrl}/articles/${a.id}`, lastmod: a.updatedAt })));
  }
  return urls;
}

/** Decisions the public can follow: publications, corrections, status changes and withdrawals. */
export async function recentDecisions(baseUrl: string, limit = 50): Promise<FeedEntry[]> {
  const rows = await db().claimEvent.findMany({
    where: {
      kind: { in: ["PUBLISHED", "REVISED", "STATUS_APPROVED", "WITHDRAWN"] },
      claim: { visibility: { in: ["PUBLIC", "WITHDRAWN"] } },
    },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: limit,
    select: {
      claimId: true,
      seq: true,
      kind: true,
      payload: true,
      contentHash: true,
      createdAt: true,
      actor: { select: { name: true } },
      claim: { select: { statement: true } },
    },
  });
  const events = await withPayloads(db(), rows);
  const others = await db().claim.findMany({
    where: { id: { in: linkedClaimIds(events) }, ...PUBLIC_CLAIM },
    select: { id: true, statement: true },
  });
  const statements = new Map(others.map((c) => [c.id, c.statement]));
  return events.flatMap((e) =>
    describePublicHistory([e], statements).map((entry) => ({
      id: `${baseUrl}/claims/${e.claimId}#event-${e.seq}`,
      url: `${baseUrl}/claims/${e.claimId}`,
      statement: e.claim.statement,
      entry,
    })),
  );
}
