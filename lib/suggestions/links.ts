import "server-only";
import { assertCan, type Actor } from "../auth/actor";
import { db } from "../db/client";
import type { ClaimLinkType, ClaimStatus, Visibility } from "../enums";
import { notFound } from "../errors";
import { type FigureAt, relateFigures } from "./figure-relation";

/**
 * Existing claims that may be the same proposition or the same figure as this one, as possible
 * corroborates / contradicts / updates links: figures of the same measure compared by range and
 * date, and statements alike by trigram similarity (pg_trgm), more readily on the same subject or
 * speaker. Already linked pairs and dismissed suggestions are left out. Staff only.
 */
export type LinkSuggestion = {
  other: { id: string; statement: string; status: ClaimStatus; visibility: Visibility };
  type: Exclude<ClaimLinkType, "RELATED">;
  /** As the link form takes it: "from" = this claim <type> the other. */
  direction: "from" | "to";
  reason: string;
};

const SIMILAR = 0.45;
const SIMILAR_SAME_SUBJECT_OR_SPEAKER = 0.25;
const LIMIT = 8;

const quantitySelect = {
  value: true,
  low: true,
  high: true,
  approximate: true,
  asOf: true,
  measureId: true,
  unit: true,
} as const;

// When a figure held: its as-of date, else when it was stated, else when its first quoted article appeared.
const figureAt = (
  q: { value: number | null; low: number | null; high: number | null; approximate: boolean; asOf: Date | null },
  claim: { statedOn: Date | null; quotes: { articleVersion: { article: { publishedOn: Date | null } } }[] },
): FigureAt => ({ ...q, on: q.asOf ?? claim.statedOn ?? claim.quotes[0]?.articleVersion.article.publishedOn ?? null });

const firstQuoteDate = {
  where: { redactedAt: null },
  orderBy: { createdAt: "asc" },
  take: 1,
  select: { articleVersion: { select: { article: { select: { publishedOn: true } } } } },
} as const;

export async function suggestLinks(actor: Actor, claimId: string): Promise<LinkSuggestion[]> {
  assertCan(actor, "read:internal");
  const claim = await db().claim.findUnique({
    where: { id: claimId },
    select: {
      id: true,
      statement: true,
      subjectId: true,
      speakerId: true,
      statedOn: true,
      quotes: firstQuoteDate,
      quantity: { select: quantitySelect },
      linksFrom: { select: { toClaimId: true } },
      linksTo: { select: { fromClaimId: true } },
      linkSuggestionsDismissed: { select: { otherClaimId: true } },
    },
  });
  if (!claim) throw notFound("That claim");
  const excluded = new Set([
    claim.id,
    ...claim.linksFrom.map((l) => l.toClaimId),
    ...claim.linksTo.map((l) => l.fromClaimId),
    ...claim.linkSuggestionsDismissed.map((d) => d.otherClaimId),
  ]);
  const similar = await db().$queryRaw<{ id: string; similarity: number }[]>`
    SELECT c.id, similarity(c.statement, ${claim.statement})::float8 AS similarity
    FROM "Claim" c
    WHERE c.id <> ${claim.id} AND c.visibility <> 'WITHDRAWN'
      AND (c.statement % ${claim.statement} OR c."subjectId" = ${claim.subjectId} OR c."speakerId" = ${claim.speakerId})
      AND (similarity(c.statement, ${claim.statement}) >= ${SIMILAR}
        OR ((c."subjectId" = ${claim.subjectId} OR c."speakerId" = ${claim.speakerId})
          AND similarity(c.statement, ${claim.statement}) >= ${SIMILAR_SAME_SUBJECT_OR_SPEAKER}))
    ORDER BY similarity DESC
    LIMIT 20`;
  const measureId = claim.quantity?.measureId ?? null;
  const sameMeasure = measureId
    ? await db().claim.findMany({
        where: { id: { not: claim.id }, visibility: { not: "WITHDRAWN" }, quantity: { measureId } },
        select: { id: true },
        take: 50,
      })
    : [];
  const ids = [...new Set([...sameMeasure.map((c) => c.id), ...similar.map((s) => s.id)])].filter(
    (id) => !excluded.has(id),
  );
  if (ids.length === 0) return [];
  const others = await db().claim.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      statement: true,
      status: true,
      visibility: true,
      statedOn: true,
      quotes: firstQuoteDate,
      quantity: { select: quantitySelect },
    },
  });
  const mine = claim.quantity ? figureAt(claim.quantity, claim) : null;
  const similarity = new Map(similar.map((s) => [s.id, s.similarity]));
  const suggestions: (LinkSuggestion & { score: number })[] = [];
  for (const other of others) {
    const { statedOn: _s, quotes: _q, quantity, ...shown } = other;
    if (mine && measureId && quantity?.measureId === measureId) {
      const relation = relateFigures(mine, figureAt(quantity, other));
      if (relation) {
        const direction = relation.type === "UPDATES" && !relation.firstIsNewer ? "to" : "from";
        suggestions.push({
          other: shown,
          type: relation.type,
          direction,
          reason: `Same measure. ${relation.reason}`,
          score: 2,
        });
        continue;
      }
    }
    const sim = similarity.get(other.id);
    if (sim !== undefined) {
      suggestions.push({
        other: shown,
        type: "CORROBORATES",
        direction: "from",
        reason: `Similar wording (${Math.round(sim * 100)}% alike): possibly the same proposition.`,
        score: sim,
      });
    }
  }
  return suggestions
    .sort((a, b) => b.score - a.score)
    .slice(0, LIMIT)
    .map(({ score: _score, ...s }) => s);
}
