import "server-only";
import { positionMap, reanchorQuote, type ReanchorSummary } from "../anchoring/reanchor";
import type { Tx } from "../db/client";
import { appendClaimEvent } from "../history/append";

/**
 * Re-anchors every quote of an article's previous version to its new version, in the caller's
 * transaction (the version and its re-anchoring commit together). Outcomes (lib/anchoring/reanchor.ts):
 * - same position: the quote moves to the new version; no event, only counted;
 * - the same words elsewhere: moved at once, with a QUOTE_REANCHORED event (the quoted text, which
 *   is what the public reads, does not change);
 * - fuzzy or orphaned: the quote stays on its old version, and an open QuoteReanchor waits for
 *   staff to confirm, re-select or detach it (lib/articles/reanchor-resolve.ts). Nothing is dropped.
 * Quotes already waiting from an earlier version are re-tried against the new one.
 */
export async function reanchorArticleInTx(
  tx: Tx,
  actorId: string,
  articleId: string,
  toVersion: { id: string; body: string },
): Promise<ReanchorSummary> {
  const summary: ReanchorSummary = { same: 0, moved: 0, fuzzy: 0, orphaned: 0 };
  const quotes = await tx.quote.findMany({
    where: { articleVersion: { articleId }, articleVersionId: { not: toVersion.id }, redactedAt: null },
    select: {
      id: true,
      claimId: true,
      articleVersionId: true,
      exact: true,
      prefix: true,
      suffix: true,
      start: true,
      end: true,
    },
    orderBy: [{ start: "asc" }, { id: "asc" }],
  });
  // A redacted quote keeps no words to anchor by: it stays on its version, marked as it is.
  const maps = new Map<string, ReturnType<typeof positionMap>>();
  const previous = await tx.articleVersion.findMany({
    where: { id: { in: [...new Set(quotes.map((q) => q.articleVersionId))] } },
    select: { id: true, body: true },
  });
  for (const v of previous) maps.set(v.id, positionMap(v.body, toVersion.body));
  let shift = 0;
  for (const quote of quotes) {
    const mapped = maps.get(quote.articleVersionId)?.(quote.start, quote.end) ?? null;
    // Quotes go in text order: the shift of the last one placed is the likeliest for the next.
    const outcome = reanchorQuote(toVersion.body, quote, [mapped, quote.start + shift]);
    if (outcome.kind === "same" || outcome.kind === "moved") shift = outcome.anchor.start - quote.start;
    summary[outcome.kind]++;
    await tx.quoteReanchor.updateMany({
      where: { quoteId: quote.id, resolvedAt: null },
      data: { resolvedAt: new Date(), resolution: "superseded" },
    });
    if (outcome.kind === "same" || outcome.kind === "moved") {
      const { anchor } = outcome;
      await tx.quote.update({
        where: { id: quote.id },
        data: {
          articleVersionId: toVersion.id,
          start: anchor.start,
          end: anchor.end,
          prefix: anchor.prefix,
          suffix: anchor.suffix,
        },
      });
      if (outcome.kind === "moved") {
        await appendClaimEvent(tx, quote.claimId, actorId, {
          kind: "QUOTE_REANCHORED",
          payload: {
            quoteId: quote.id,
            before: { articleVersionId: quote.articleVersionId, start: quote.start, end: quote.end },
            after: { articleVersionId: toVersion.id, start: anchor.start, end: anchor.end },
            resolution: "moved",
          },
        });
      }
      continue;
    }
    await tx.quoteReanchor.create({
      data: {
        quoteId: quote.id,
        fromVersionId: quote.articleVersionId,
        toVersionId: toVersion.id,
        outcome: outcome.kind === "fuzzy" ? "FUZZY" : "ORPHANED",
        ...(outcome.kind === "fuzzy"
          ? {
              start: outcome.anchor.start,
              end: outcome.anchor.end,
              exact: outcome.anchor.exact,
              similarity: outcome.similarity,
            }
          : {}),
      },
    });
  }
  return summary;
}
