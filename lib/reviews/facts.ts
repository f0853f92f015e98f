import "server-only";
import type { Tx } from "../db/client";
import type { ClaimFacts } from "./rules";
import { independentSources, type SourceReport } from "./sources";

/** Rows that will be on the record once the pending changes are approved. */
const AFTER_APPROVAL = { pendingChange: { in: ["NONE" as const, "ADD" as const] } };

type Facts = ClaimFacts & { sources: SourceReport };

/**
 * Counts what the transition rules look at, from the claim as it will stand once its pending
 * changes are approved: evidence gathered for a status change is reviewed in the same proposal.
 */
export async function loadClaimFacts(tx: Tx, claimId: string): Promise<Facts> {
  return (await loadClaimFactsOf(tx, [claimId])).get(claimId)!;
}

/** loadClaimFacts for several claims in three statements (the review queue), by claim id. */
export async function loadClaimFactsOf(tx: Tx, claimIds: string[]): Promise<Map<string, Facts>> {
  const [quotes, evidence, contradicts] = await Promise.all([
    tx.quote.findMany({
      where: { claimId: { in: claimIds }, redactedAt: null, ...AFTER_APPROVAL },
      select: {
        claimId: true,
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
      where: { claimId: { in: claimIds }, ...AFTER_APPROVAL },
      select: { id: true, claimId: true, kind: true, url: true, title: true, note: true },
    }),
    tx.claimLink.findMany({
      where: {
        type: "CONTRADICTS",
        ...AFTER_APPROVAL,
        OR: [{ fromClaimId: { in: claimIds } }, { toClaimId: { in: claimIds } }],
      },
      select: { fromClaimId: true, toClaimId: true },
    }),
  ]);
  const contradicted = new Set(contradicts.flatMap((l) => [l.fromClaimId, l.toClaimId]));
  return new Map(
    claimIds.map((claimId): [string, Facts] => {
      const own = evidence.filter((e) => e.claimId === claimId);
      const sources = independentSources(
        quotes
          .filter((q) => q.claimId === claimId)
          .map(({ articleVersion: { article } }) => ({
            articleId: article.id,
            headline: article.headline,
            url: article.url,
            outlet: article.outlet,
          })),
        own.flatMap((e) => (e.kind === "EXTERNAL_URL" && e.url ? [{ id: e.id, url: e.url, title: e.title }] : [])),
      );
      return [
        claimId,
        {
          sourceCount: sources.independentCount,
          explainedEvidenceCount: own.filter((e) => (e.note ?? "").trim().length > 0).length,
          hasContradictsLink: contradicted.has(claimId),
          sources,
        },
      ];
    }),
  );
}
