import "server-only";
import { articlePath, claimPath, outletPath, personPath, subjectPath } from "../claims/paths";
import type { Prisma } from "../db/generated/client";
import { PUBLIC_ARTICLE } from "../articles/editability";
import { linkedClaimIds, PUBLIC_CLAIM } from "../claims/queries";
import { db } from "../db/client";
import { describePublicHistory } from "../history/describe";
import { historyEventSelect, withPayloads } from "../history/queries";
import { SITEMAP_LIMIT, type FeedEntry, type SitemapUrl } from "./xml";

/** The public pages, for the sitemap: a few fixed ones, every public claim, article, subject, person and outlet. */
const FIXED = ["/", "/claims", "/transparency", "/subjects"];

const PUBLIC_SUBJECT = { claims: { some: PUBLIC_CLAIM } } satisfies Prisma.SubjectWhereInput;
const PUBLIC_PERSON = { claims: { some: PUBLIC_CLAIM } } satisfies Prisma.PersonWhereInput;
const PUBLIC_OUTLET = { articles: { some: PUBLIC_ARTICLE } } satisfies Prisma.OutletWhereInput;

type Section = {
  count: () => Promise<number>;
  urls: (baseUrl: string, skip: number, take: number) => Promise<SitemapUrl[]>;
};

/** Each kind of page in a stable order (by id), so the sitemap's pages never overlap. */
const SECTIONS: Section[] = [
  {
    count: () => db().claim.count({ where: PUBLIC_CLAIM }),
    urls: async (base, skip, take) =>
      (
        await db().claim.findMany({
          where: PUBLIC_CLAIM,
          orderBy: { id: "asc" },
          skip,
          take,
          select: { id: true, statement: true, updatedAt: true },
        })
      ).map((c) => ({ loc: `${base}${claimPath(c)}`, lastmod: c.updatedAt })),
  },
  {
    count: () => db().article.count({ where: PUBLIC_ARTICLE }),
    urls: async (base, skip, take) =>
      (
        await db().article.findMany({
          where: PUBLIC_ARTICLE,
          orderBy: { id: "asc" },
          skip,
          take,
          select: { id: true, updatedAt: true },
        })
      ).map((a) => ({ loc: `${base}${articlePath(a)}`, lastmod: a.updatedAt })),
  },
  {
    count: () => db().subject.count({ where: PUBLIC_SUBJECT }),
    urls: async (base, skip, take) =>
      (
        await db().subject.findMany({
          where: PUBLIC_SUBJECT,
          orderBy: { id: "asc" },
          skip,
          take,
          select: { slug: true },
        })
      ).map((x) => ({ loc: `${base}${subjectPath(x)}` })),
  },
  {
    count: () => db().person.count({ where: PUBLIC_PERSON }),
    urls: async (base, skip, take) =>
      (
        await db().person.findMany({ where: PUBLIC_PERSON, orderBy: { id: "asc" }, skip, take, select: { slug: true } })
      ).map((x) => ({ loc: `${base}${personPath(x)}` })),
  },
  {
    count: () => db().outlet.count({ where: PUBLIC_OUTLET }),
    urls: async (base, skip, take) =>
      (
        await db().outlet.findMany({ where: PUBLIC_OUTLET, orderBy: { id: "asc" }, skip, take, select: { slug: true } })
      ).map((x) => ({ loc: `${base}${outletPath(x)}` })),
  },
];

export async function countSitemapUrls(): Promise<number> {
  const counts = await Promise.all(SECTIONS.map((s) => s.count()));
  return FIXED.length + counts.reduce((a, b) => a + b, 0);
}

/** Page `page` (from 1) of the sitemap's URLs, `perPage` a page, in a stable order. */
export async function sitemapUrls(baseUrl: string, page: number, perPage = SITEMAP_LIMIT): Promise<SitemapUrl[]> {
  const start = (page - 1) * perPage;
  const urls: SitemapUrl[] = FIXED.slice(start, start + perPage).map((p) => ({ loc: `${baseUrl}${p}` }));
  let skip = Math.max(0, start - FIXED.length);
  const counts = await Promise.all(SECTIONS.map((s) => s.count()));
  for (const [i, section] of SECTIONS.entries()) {
    const room = perPage - urls.length;
    if (room <= 0) break;
    if (skip >= counts[i]) {
      skip -= counts[i];
      continue;
    }
    urls.push(...(await section.urls(baseUrl, skip, room)));
    skip = 0;
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
    select: { ...historyEventSelect, claimId: true, claim: { select: { statement: true } } },
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
      url: `${baseUrl}${claimPath({ id: e.claimId, statement: e.claim.statement })}`,
      statement: e.claim.statement,
      entry,
    })),
  );
}
