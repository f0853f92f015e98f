import "server-only";
import { PUBLIC_ARTICLE } from "../articles/editability";
import { PUBLIC_CLAIM, PUBLIC_QUOTE, type DateDto } from "../claims/queries";
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { notFound } from "../errors";

/** Articles on an outlet's page, and claims listed under each (the article page has them all). */
export const OUTLET_PAGE_SIZE = 20;
export const CLAIMS_PER_ARTICLE = 8;

const ORDER: Prisma.ArticleOrderByWithRelationInput[] = [
  { publishedOn: { sort: "desc", nulls: "last" } },
  { id: "desc" },
];

function afterArticle(cursor: { id: string; publishedOn: Date | null }): Prisma.ArticleWhereInput {
  return cursor.publishedOn
    ? {
        OR: [
          { publishedOn: { lt: cursor.publishedOn } },
          { publishedOn: cursor.publishedOn, id: { lt: cursor.id } },
          { publishedOn: null },
        ],
      }
    : { publishedOn: null, id: { lt: cursor.id } };
}

const PUBLIC_QUOTE_OF_PUBLIC_CLAIM = { ...PUBLIC_QUOTE, claim: PUBLIC_CLAIM } satisfies Prisma.QuoteWhereInput;

/**
 * An outlet's public page: its public articles (those a published claim quotes), newest first,
 * each with the published claims found in it; `before` is the keyset cursor (an article id) of an
 * earlier page. An outlet with no public article is not found, like an unknown slug. Two
 * statements at most.
 */
export async function getPublicOutlet(slug: string, before?: string) {
  const cursor = before
    ? await db().article.findFirst({
        where: { id: before, outlet: { slug }, ...PUBLIC_ARTICLE },
        select: { id: true, publishedOn: true },
      })
    : null;
  if (before && !cursor) throw notFound("That page");
  const outlet = await db().outlet.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      homepage: true,
      country: true,
      _count: { select: { articles: { where: PUBLIC_ARTICLE } } },
      articles: {
        where: { ...PUBLIC_ARTICLE, ...(cursor ? afterArticle(cursor) : {}) },
        orderBy: ORDER,
        take: OUTLET_PAGE_SIZE + 1,
        select: {
          id: true,
          headline: true,
          authors: true,
          language: true,
          direction: true,
          publishedOn: true,
          publishedPrecision: true,
          publishedInferred: true,
          versions: {
            orderBy: { number: "desc" },
            take: 1,
            select: {
              _count: { select: { quotes: { where: PUBLIC_QUOTE_OF_PUBLIC_CLAIM } } },
              quotes: {
                where: PUBLIC_QUOTE_OF_PUBLIC_CLAIM,
                orderBy: [{ start: "asc" }, { id: "asc" }],
                take: CLAIMS_PER_ARTICLE * 2,
                select: { claim: { select: { id: true, statement: true, status: true } } },
              },
            },
          },
        },
      },
    },
  });
  if (!outlet || outlet._count.articles === 0) throw notFound("That outlet");
  const { articles, _count, ...rest } = outlet;
  const shown = articles.slice(0, OUTLET_PAGE_SIZE);
  return {
    ...rest,
    articleCount: _count.articles,
    articles: shown.map((a) => {
      const version = a.versions[0];
      const claims = [...new Map((version?.quotes ?? []).map((q) => [q.claim.id, q.claim])).values()];
      const published: DateDto =
        a.publishedOn && a.publishedPrecision
          ? { on: a.publishedOn, precision: a.publishedPrecision, inferred: a.publishedInferred }
          : null;
      return {
        id: a.id,
        headline: a.headline,
        authors: a.authors,
        language: a.language,
        direction: a.direction,
        published,
        claims: claims.slice(0, CLAIMS_PER_ARTICLE),
        /** More published claims are quoted in it than listed here (the article page has them all). */
        more: claims.length > CLAIMS_PER_ARTICLE || (version?._count.quotes ?? 0) > (version?.quotes.length ?? 0),
      };
    }),
    next: articles.length > OUTLET_PAGE_SIZE ? shown[shown.length - 1].id : null,
  };
}

export type PublicOutlet = Awaited<ReturnType<typeof getPublicOutlet>>;
