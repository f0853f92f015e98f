import "server-only";
import { revalidatePath } from "next/cache";
import { db } from "../db/client";

/**
 * The one rule for what a decision on a claim changes in public, so that every page and response
 * showing it is expired at once (the next reader gets a fresh render, never a stale one): the claim's
 * page; the pages of the claims it links with (their link lists show its status) and of the claims
 * of its figure's measure (their figure tables show it); the articles it quotes (their highlights
 * are tinted by status); the home page, the list, the feed and the sitemap; and its API answers.
 */
export async function publicPathsOf(claimId: string): Promise<string[]> {
  const claim = await db().claim.findUnique({
    where: { id: claimId },
    select: {
      quantity: { select: { measureId: true } },
      quotes: { select: { articleVersion: { select: { articleId: true } } } },
      linksFrom: { select: { toClaimId: true } },
      linksTo: { select: { fromClaimId: true } },
    },
  });
  if (!claim) return [];
  const measureId = claim.quantity?.measureId;
  const sameMeasure = measureId
    ? await db().claimQuantity.findMany({ where: { measureId }, select: { claimId: true } })
    : [];
  const claims = new Set([
    claimId,
    ...claim.linksFrom.map((l) => l.toClaimId),
    ...claim.linksTo.map((l) => l.fromClaimId),
    ...sameMeasure.map((q) => q.claimId),
  ]);
  const articles = new Set(claim.quotes.map((q) => q.articleVersion.articleId));
  return [
    "/",
    "/claims",
    "/feeds/decisions.xml",
    "/sitemap.xml",
    `/api/v1/claims/${claimId}`,
    `/api/v1/claims/${claimId}/history`,
    ...[...claims].map((id) => `/claims/${id}`),
    ...[...articles].flatMap((id) => [`/articles/${id}`, `/api/v1/articles/${id}`]),
  ];
}

/** Expires every public page a decision on this claim changed (call it after the decision commits). */
export async function expirePublicPages(claimId: string): Promise<void> {
  for (const path of await publicPathsOf(claimId)) revalidatePath(path);
}
