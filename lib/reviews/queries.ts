import "server-only";
import { assertCan, type Actor } from "../auth/actor";
import { db } from "../db/client";
import { decisionRefusal, isStale } from "./rules";

/**
 * The reviewer's queue: pending proposals, oldest first, each with what it rests on side by
 * side: the claim, its quotes with their outlets, its evidence (marked when the proposal cites
 * it), its links, and the rationale.
 */
export async function listPendingProposals(actor: Actor) {
  assertCan(actor, "review:decide");
  const reviews = await db().review.findMany({
    where: { state: "PENDING" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      fromStatus: true,
      toStatus: true,
      rationale: true,
      createdAt: true,
      claimVersion: true,
      proposerId: true,
      proposer: { select: { name: true } },
      evidence: { select: { evidenceId: true } },
      claim: {
        select: {
          id: true,
          statement: true,
          status: true,
          visibility: true,
          version: true,
          quotes: {
            select: {
              id: true,
              exact: true,
              articleVersion: {
                select: { article: { select: { id: true, headline: true, outlet: { select: { name: true } } } } },
              },
            },
          },
          evidence: {
            select: {
              id: true,
              kind: true,
              url: true,
              title: true,
              archivedUrl: true,
              note: true,
              quote: { select: { exact: true, claimId: true } },
            },
          },
          linksFrom: {
            select: { type: true, note: true, toClaim: { select: { id: true, statement: true, status: true } } },
          },
          linksTo: {
            select: { type: true, note: true, fromClaim: { select: { id: true, statement: true, status: true } } },
          },
        },
      },
    },
  });
  return reviews.map(({ evidence, claim, ...review }) => {
    const cited = new Set(evidence.map((e) => e.evidenceId));
    return {
      ...review,
      stale: isStale(review, claim),
      // Why this reviewer may not decide it (their own proposal), or null: the rule in rules.ts.
      decisionRefusal: decisionRefusal(actor, review),
      claim: {
        id: claim.id,
        statement: claim.statement,
        status: claim.status,
        visibility: claim.visibility,
        quotes: claim.quotes.map((q) => ({
          id: q.id,
          exact: q.exact,
          articleId: q.articleVersion.article.id,
          headline: q.articleVersion.article.headline,
          outlet: q.articleVersion.article.outlet?.name ?? null,
        })),
        evidence: claim.evidence.map((e) => ({ ...e, cited: cited.has(e.id) })),
        links: [
          ...claim.linksFrom.map((l) => ({
            type: l.type,
            note: l.note,
            direction: "outgoing" as const,
            other: l.toClaim,
          })),
          ...claim.linksTo.map((l) => ({
            type: l.type,
            note: l.note,
            direction: "incoming" as const,
            other: l.fromClaim,
          })),
        ],
      },
    };
  });
}

export type PendingProposal = Awaited<ReturnType<typeof listPendingProposals>>[number];
