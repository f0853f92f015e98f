import "server-only";
import { findFolded } from "../anchoring/normalize";
import { positionMap, reanchorInTextOrder, type ReanchorSummary } from "../anchoring/reanchor";
import { selectorsAt, type Anchor } from "../anchoring/selectors";
import type { Actor } from "../auth/actor";
import type { Tx } from "../db/client";
import { AppError } from "../errors";
import type { Prisma } from "../db/generated/client";
import { appendClaimEvent, appendEvents } from "../history/append";
import type { ClaimEventInput } from "../history/events";

/**
 * Re-anchoring, inside the caller's transaction: every quote of an article's earlier versions
 * moved to a new version (reanchorArticleInTx), and what staff choose for a quote that did not
 * re-anchor by itself (moveQuote, detachQuote; the operation is resolveReanchor in
 * lib/articles/mutations.ts).
 */

/**
 * Re-anchors every quote of an article's previous version to its new version, in the caller's
 * transaction (the version and its re-anchoring commit together). Outcomes (lib/anchoring/reanchor.ts):
 * - same position: the quote moves to the new version; no event, only counted;
 * - the same words elsewhere: moved at once, with a QUOTE_REANCHORED event (the quoted text, which
 *   is what the public reads, does not change);
 * - fuzzy or orphaned: the quote stays on its old version, and an open QuoteReanchor waits for
 *   staff to confirm, re-select or detach it (resolveReanchor in lib/articles/mutations.ts). Nothing is dropped.
 * Quotes already waiting from an earlier version are re-tried against the new one.
 */
/**
 * The options of a transaction that changes an article's body, and so re-anchors all its quotes:
 * 10,000 quotes (every outcome written set-wise) took about 3 s on a busy 2-core machine here,
 * near Prisma's 5 s default. Past this, the change fails as a whole and nothing is lost.
 */
export const REANCHOR_TRANSACTION = { timeout: 30_000 } as const;

/** Rows per statement: well under PostgreSQL's 65,535 bind parameters. */
const ROWS_PER_INSERT = 1000;

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
  // Decided in memory first, then written set-wise: an edit of an article with 10,000 quotes costs a
  // handful of statements, not several per quote (the whole change is one transaction).
  const placed: { id: string; anchor: Anchor }[] = [];
  const movedEvents = new Map<string, ClaimEventInput[]>();
  const waiting: Prisma.QuoteReanchorCreateManyInput[] = [];
  const outcomes = reanchorInTextOrder(
    toVersion.body,
    quotes,
    (quote) => maps.get(quote.articleVersionId)?.(quote.start, quote.end) ?? null,
  );
  for (const [i, quote] of quotes.entries()) {
    const outcome = outcomes[i];
    summary[outcome.kind]++;
    if (outcome.kind === "same" || outcome.kind === "moved") {
      const { anchor } = outcome;
      placed.push({ id: quote.id, anchor });
      if (outcome.kind === "moved") {
        const events = movedEvents.get(quote.claimId) ?? [];
        events.push({
          kind: "QUOTE_REANCHORED",
          payload: {
            quoteId: quote.id,
            before: { articleVersionId: quote.articleVersionId, start: quote.start, end: quote.end },
            after: { articleVersionId: toVersion.id, start: anchor.start, end: anchor.end },
            resolution: "moved",
          },
        });
        movedEvents.set(quote.claimId, events);
      }
      continue;
    }
    waiting.push({
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
    });
  }
  if (quotes.length === 0) return summary;
  // What waited from an earlier version is superseded by this version's outcome.
  const ids = quotes.map((q) => q.id);
  const resolvedAt = new Date();
  for (let i = 0; i < ids.length; i += ROWS_PER_INSERT) {
    await tx.quoteReanchor.updateMany({
      where: { quoteId: { in: ids.slice(i, i + ROWS_PER_INSERT) }, resolvedAt: null },
      data: { resolvedAt, resolution: "superseded" },
    });
  }
  if (placed.length > 0) {
    await tx.$executeRaw`
      UPDATE "Quote" q
         SET "articleVersionId" = ${toVersion.id}, start = u.start, "end" = u."end", prefix = u.prefix, suffix = u.suffix
        FROM unnest(${placed.map((p) => p.id)}::text[], ${placed.map((p) => p.anchor.start)}::int[],
                    ${placed.map((p) => p.anchor.end)}::int[], ${placed.map((p) => p.anchor.prefix)}::text[],
                    ${placed.map((p) => p.anchor.suffix)}::text[]) AS u(id, start, "end", prefix, suffix)
       WHERE q.id = u.id`;
  }
  for (let i = 0; i < waiting.length; i += ROWS_PER_INSERT) {
    await tx.quoteReanchor.createMany({ data: waiting.slice(i, i + ROWS_PER_INSERT) });
  }
  await appendEvents(tx, actorId, movedEvents);
  return summary;
}

export function reselected(body: string, passage: string, before?: string): Anchor {
  const found = findFolded(body, passage);
  if (found.length === 0) {
    throw new AppError("VALIDATION", "Those words are not in the new version.", {
      passage: ["Those words are not in the new version. Check the spelling."],
    });
  }
  const ends = before?.trim()
    ? new Set(
        [...findFolded(body, `${before} ${passage}`), ...findFolded(body, `${before}${passage}`)].map((f) => f.end),
      )
    : new Set(found.map((f) => f.end));
  const fits = found.filter((f) => ends.has(f.end));
  if (fits.length !== 1) {
    throw new AppError("VALIDATION", "Those words occur more than once.", {
      [fits.length === 0 ? "before" : "passage"]: [
        fits.length === 0
          ? "Those words do not follow the words you gave."
          : "Those words occur more than once. Add the words just before them.",
      ],
    });
  }
  return selectorsAt(body, fits[0].start, fits[0].end);
}

export async function moveQuote(
  tx: Tx,
  actor: Actor,
  mode: "direct" | "draft",
  item: Item,
  anchor: Anchor,
  how: "confirmed" | "reselected",
) {
  const { quote } = item;
  if (mode === "direct") {
    await tx.quote.update({
      where: { id: quote.id },
      data: { articleVersionId: item.toVersionId, ...anchor },
    });
    await appendClaimEvent(tx, quote.claimId, actor.id, {
      kind: "QUOTE_REANCHORED",
      payload: {
        quoteId: quote.id,
        before: { articleVersionId: quote.articleVersionId, start: quote.start, end: quote.end },
        after: { articleVersionId: item.toVersionId, start: anchor.start, end: anchor.end },
        exact: { before: quote.exact, after: anchor.exact },
        resolution: how,
      },
    });
    return;
  }
  const cited = await tx.evidence.count({ where: { quoteId: quote.id } });
  if (cited > 0) {
    throw new AppError(
      "CONFLICT",
      "This quote is cited as evidence of a published claim, so it stays on the record; quote the new words as a new quote instead.",
    );
  }
  const added = await tx.quote.create({
    data: {
      claimId: quote.claimId,
      articleVersionId: item.toVersionId,
      createdById: actor.id,
      pendingChange: "ADD",
      ...anchor,
    },
  });
  await appendClaimEvent(tx, quote.claimId, actor.id, {
    kind: "QUOTE_ADDED",
    payload: {
      quoteId: added.id,
      articleId: item.toVersion.articleId,
      articleVersionId: item.toVersionId,
      exact: added.exact,
      start: added.start,
      end: added.end,
    },
  });
  await detachQuote(tx, actor, mode, item);
}

export async function detachQuote(tx: Tx, actor: Actor, mode: "direct" | "draft", item: Item) {
  const { quote } = item;
  if (mode === "draft" && quote.pendingChange === "NONE") {
    await tx.quote.update({ where: { id: quote.id }, data: { pendingChange: "REMOVE" } });
  } else {
    const cited = await tx.evidence.count({ where: { quoteId: quote.id } });
    if (cited > 0) throw new AppError("CONFLICT", "This quote is cited as evidence; it stays on the record.");
    await tx.quote.delete({ where: { id: quote.id } });
  }
  await appendClaimEvent(tx, quote.claimId, actor.id, {
    kind: "QUOTE_REMOVED",
    payload: { quoteId: quote.id, exact: quote.exact },
  });
}

const itemSelect = {
  id: true,
  outcome: true,
  start: true,
  end: true,
  toVersionId: true,
  resolvedAt: true,
  toVersion: { select: { body: true, articleId: true } },
  quote: {
    select: {
      id: true,
      claimId: true,
      articleVersionId: true,
      exact: true,
      start: true,
      end: true,
      pendingChange: true,
    },
  },
} as const;
export type Item = NonNullable<Awaited<ReturnType<typeof loadItem>>>;
export const loadItem = (tx: Tx, id: string) => tx.quoteReanchor.findUnique({ where: { id }, select: itemSelect });
