import "server-only";
import { assertCan, type Actor } from "../auth/actor";
import { PUBLIC_CLAIM } from "../claims/queries";
import { db } from "../db/client";
import { notFound } from "../errors";

const articleSelect = {
  id: true,
  headline: true,
  authors: true,
  publishedOn: true,
  publishedPrecision: true,
  publishedInferred: true,
  publishedNote: true,
  url: true,
  language: true,
  direction: true,
  outlet: { select: { name: true, homepage: true } },
} as const;

/** The article as the public reads it: its latest version, with the public claims quoted in it. */
export async function getPublicArticle(id: string) {
  const article = await db().article.findUnique({
    where: { id },
    select: {
      ...articleSelect,
      versions: {
        orderBy: { number: "desc" },
        take: 1,
        select: {
          id: true,
          number: true,
          body: true,
          quotes: {
            where: { claim: PUBLIC_CLAIM },
            orderBy: { start: "asc" },
            select: {
              id: true,
              start: true,
              end: true,
              exact: true,
              claim: { select: { id: true, statement: true, status: true } },
            },
          },
        },
      },
    },
  });
  const version = article?.versions[0];
  if (!article || !version) throw notFound("That article");
  const { versions: _versions, ...rest } = article;
  return {
    ...rest,
    published:
      article.publishedOn && article.publishedPrecision
        ? { on: article.publishedOn, precision: article.publishedPrecision, inferred: article.publishedInferred }
        : null,
    version: { id: version.id, number: version.number, body: version.body },
    // Offsets are checked against the body: a quote that no longer points at its text is not drawn.
    quotes: version.quotes.filter((q) => version.body.slice(q.start, q.end) === q.exact),
  };
}

export type PublicArticle = Awaited<ReturnType<typeof getPublicArticle>>;

/** The text exactly as it was imported, page furniture and all. */
export async function getArticleRawText(id: string) {
  const article = await db().article.findUnique({
    where: { id },
    select: {
      id: true,
      headline: true,
      versions: { orderBy: { number: "desc" }, take: 1, select: { rawText: true, number: true } },
    },
  });
  const version = article?.versions[0];
  if (!article || !version) throw notFound("That article");
  return { id: article.id, headline: article.headline, versionNumber: version.number, rawText: version.rawText };
}

/** Staff view: every article, with how many claims (public or internal) are marked in it. */
export async function listDeskArticles(actor: Actor) {
  assertCan(actor, "read:internal");
  const articles = await db().article.findMany({
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      headline: true,
      publishedOn: true,
      publishedPrecision: true,
      publishedInferred: true,
      outlet: { select: { name: true } },
      versions: { orderBy: { number: "desc" }, take: 1, select: { quotes: { select: { claimId: true } } } },
    },
  });
  return articles.map((a) => ({
    id: a.id,
    headline: a.headline,
    outlet: a.outlet?.name ?? null,
    published:
      a.publishedOn && a.publishedPrecision
        ? { on: a.publishedOn, precision: a.publishedPrecision, inferred: a.publishedInferred }
        : null,
    claimCount: new Set(a.versions[0]?.quotes.map((q) => q.claimId)).size,
  }));
}
