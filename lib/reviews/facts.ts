import "server-only";
import type { Tx } from "../db/client";
import type { ClaimFacts } from "./rules";

/** Counts what the transition rules look at, from the claim's current record. */
export async function loadClaimFacts(tx: Tx, claimId: string): Promise<ClaimFacts> {
  const [quotes, evidence, contradicts] = await Promise.all([
    tx.quote.findMany({
      where: { claimId },
      select: { articleVersion: { select: { article: { select: { id: true, outletId: true } } } } },
    }),
    tx.evidence.findMany({ where: { claimId }, select: { kind: true, note: true } }),
    tx.claimLink.count({
      where: { type: "CONTRADICTS", OR: [{ fromClaimId: claimId }, { toClaimId: claimId }] },
    }),
  ]);
  const sources = new Set(
    quotes.map(({ articleVersion: { article } }) =>
      article.outletId ? `outlet:${article.outletId}` : `article:${article.id}`,
    ),
  );
  return {
    sourceCount: sources.size,
    externalEvidenceCount: evidence.filter((e) => e.kind === "EXTERNAL_URL").length,
    explainedEvidenceCount: evidence.filter((e) => (e.note ?? "").trim().length > 0).length,
    hasContradictsLink: contradicts > 0,
  };
}
