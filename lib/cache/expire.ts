import "server-only";
import { revalidatePath, revalidateTag } from "next/cache";
import { articlePath, claimPath, outletPath, personPath, subjectPath } from "../claims/paths";
import { db } from "../db/client";
import { SEARCH_OUTLETS_TAG } from "./data";

/**
 * The one rule for what a decision on a claim changes in public, so that every page and response
 * showing it is expired at once (the next reader gets a fresh render, never a stale one): the claim's
 * page; the pages of the claims it links with (their link lists show its status) and of the claims
 * of its figure's measure (their figure tables show it); the articles it quotes (their highlights
 * are tinted by status); its subject's page (chart, table, list), its speaker's page and the pages
 * of the outlets it is quoted from; the home page, the list, the feed and the sitemap; and its API
 * answers. Claim pages are expired at their slugged URL (lib/claims/paths.ts), the one Next caches:
 * every other spelling is answered by proxy.ts with a 308 before the cache.
 */
export async function publicPathsOf(claimId: string): Promise<string[]> {
  const claim = await db().claim.findUnique({
    where: { id: claimId },
    select: {
      id: true,
      statement: true,
      subject: { select: { slug: true } },
      speaker: { select: { slug: true } },
      quantity: { select: { measureId: true } },
      quotes: {
        select: {
          articleVersion: { select: { article: { select: { id: true, outlet: { select: { slug: true } } } } } },
        },
      },
      linksFrom: { select: { toClaim: { select: { id: true, statement: true } } } },
      linksTo: { select: { fromClaim: { select: { id: true, statement: true } } } },
    },
  });
  if (!claim) return [];
  const measureId = claim.quantity?.measureId;
  const sameMeasure = measureId
    ? await db().claimQuantity.findMany({
        where: { measureId },
        select: { claim: { select: { id: true, statement: true } } },
      })
    : [];
  const claims = [
    claim,
    ...claim.linksFrom.map((l) => l.toClaim),
    ...claim.linksTo.map((l) => l.fromClaim),
    ...sameMeasure.map((q) => q.claim),
  ];
  const articles = claim.quotes.map((q) => q.articleVersion.article);
  const outlets = articles.flatMap((a) => (a.outlet ? [a.outlet] : []));
  return [
    ...new Set([
      "/",
      "/claims",
      "/feeds/decisions.xml",
      "/sitemap.xml",
      `/api/v1/claims/${claimId}`,
      `/api/v1/claims/${claimId}/history`,
      ...claims.map(claimPath),
      ...articles.map(articlePath),
      ...articles.map((a) => `/api/v1/articles/${a.id}`),
      subjectPath(claim.subject),
      ...(claim.speaker ? [personPath(claim.speaker)] : []),
      ...outlets.map(outletPath),
    ]),
  ];
}

/**
 * The public paths that a proposal's claim shows on now, read before the proposal is decided: a
 * revision may move the claim to another subject, speaker or measure, or drop a quote, and the
 * pages that showed it until then must be expired too.
 */
export async function publicPathsOfProposal(reviewId: string): Promise<string[]> {
  const review = await db().review.findUnique({ where: { id: reviewId }, select: { claimId: true } });
  return review ? publicPathsOf(review.claimId) : [];
}

/**
 * Expires every public page a decision on this claim changed (call it after the decision commits),
 * together with `shownBefore`, the pages it showed on before the decision.
 */
export async function expirePublicPages(claimId: string, shownBefore: readonly string[] = []): Promise<void> {
  for (const path of new Set([...shownBefore, ...(await publicPathsOf(claimId))])) revalidatePath(path);
  revalidateTag(SEARCH_OUTLETS_TAG, "max");
}

/**
 * What a change to an article changes in public: the article's page and its API answer, its
 * outlet's page, and everything each claim quoting it shows on (publicPathsOf: the claim pages,
 * which name the outlet, their subjects, people and lists). Read before a decision as well as
 * after it, so the OLD outlet's page is expired with the new one's. (There is no public list of
 * outlets; /api/v1/outlets is not cached.)
 */
export async function publicPathsOfArticle(articleId: string): Promise<string[]> {
  const article = await db().article.findUnique({
    where: { id: articleId },
    select: { id: true, outlet: { select: { slug: true } } },
  });
  if (!article) return [];
  const quoting = await db().quote.findMany({
    where: { articleVersion: { articleId } },
    select: { claimId: true },
    distinct: ["claimId"],
  });
  const claimPaths = await Promise.all(quoting.map((q) => publicPathsOf(q.claimId)));
  return [
    ...new Set([
      articlePath(article),
      `/api/v1/articles/${article.id}`,
      ...(article.outlet ? [outletPath(article.outlet)] : []),
      ...claimPaths.flat(),
    ]),
  ];
}

/** The public paths of the article a revision changes, read before it is decided. */
export async function publicPathsOfArticleRevision(revisionId: string): Promise<string[]> {
  const revision = await db().articleRevision.findUnique({ where: { id: revisionId }, select: { articleId: true } });
  return revision ? publicPathsOfArticle(revision.articleId) : [];
}

/** Expires every public page a decision on this article changed, and `shownBefore` (call it after commit). */
export async function expireArticlePages(articleId: string, shownBefore: readonly string[] = []): Promise<void> {
  for (const path of new Set([...shownBefore, ...(await publicPathsOfArticle(articleId))])) revalidatePath(path);
}
