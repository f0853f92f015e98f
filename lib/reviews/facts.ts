import "server-only";
import type { Tx } from "../db/client";
import type { ClaimFacts } from "./rules";
import { independentSources, type SourceReport } from "./sources";

/** Rows that will be on the record once the pending changes are approved. */
const AFTER_APPROVAL = { pendingChange: { in: ["NONE" as const, "ADD" as const] } };

/**
 * Counts what the transition rules look at, from the claim as it will stand once its pending
 * changes are approved: evidence gathered for a status change is reviewed in the same proposal.
 */
export async function loadClaimFacts(tx: Tx, claimId: string): Promise<ClaimFacts & { sources: SourceReport }> {
  const [quotes, evidence, contradicts] = await Promise.all([
    tx.quote.findMany({
      where: { claimId, redactedAt: null, ...AFTER_APPROVAL },
      select: {
        articleVersion: {
          select: {
            article: {
              select: {
                id: true,
                headline: true,
                url: true,
                outlet: { select: { id: true, name: true, homepage: true } },
              },
            },
          },
        },
      },
    }),
    tx.evidence.findMany({
      where: { claimId, ...AFTER_APPROVAL },
      select: { id: true, kind: true, url: true, title: true, note: true },
    }),
    tx.claimLink.count({
      where: { type: "CONTRADICTS", ...AFTER_APPROVAL, OR: [{ fromClaimId: claimId }, { toClaimId: claimId }] },
    }),
  ]);
  const sources = independentSources(
    quotes.map(({ articleVersion: { article } }) => ({
      articleId: article.id,
      headline: article.headline,
      url: article.url,
      outlet: article.outlet,
    })),
    evidence.flatMap((e) => (e.kind === "EXTERNAL_URL" && e.url ? [{ id: e.id, url: e.url, title: e.title }] : [])),
  );
  return {
    sourceCount: sources.independentCount,
    explainedEvidenceCount: evidence.filter((e) => (e.note ?? "").trim().length > 0).length,
    hasContradictsLink: contradicts > 0,
    sources,
  };
}
