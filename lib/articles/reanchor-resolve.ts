import "server-only";
import { findFolded } from "../anchoring/normalize";
import { selectorsAt, type Anchor } from "../anchoring/selectors";
import { assertCan, type Actor } from "../auth/actor";
import { addDraftAuthor, assertEditable, lockClaimState } from "../claims/tx-helpers";
import { db, type Tx } from "../db/client";
import { AppError, notFound } from "../errors";
import { appendClaimEvent } from "../history/append";

/**
 * What staff do with a quote that a new version did not re-anchor by itself (lib/articles/reanchor.ts):
 * - confirm the suggested place (fuzzy only), or re-select the words in the new version;
 * - detach the quote from the article.
 * On an internal claim this applies at once, with a history event. On a published claim it becomes
 * part of the claim's pending revision (the new place is added, the old one marked for removal),
 * which a reviewer approves like any revision; the public keeps the approved quote until then. While
 * the claim already has a proposal waiting, nothing is changed: the item waits in the queue.
 */
export type Resolution =
  { action: "confirm" } | { action: "reselect"; passage: string; before?: string } | { action: "detach" };

const PENDING_PROPOSAL =
  "This claim has a proposal waiting for review. The confirmation waits here until that proposal is decided.";

function reselected(body: string, passage: string, before?: string): Anchor {
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

async function moveQuote(
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

async function detachQuote(tx: Tx, actor: Actor, mode: "direct" | "draft", item: Item) {
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
type Item = NonNullable<Awaited<ReturnType<typeof loadItem>>>;
const loadItem = (tx: Tx, id: string) => tx.quoteReanchor.findUnique({ where: { id }, select: itemSelect });

export async function resolveReanchor(
  actor: Actor,
  itemId: string,
  resolution: Resolution,
): Promise<"applied" | "in-revision"> {
  assertCan(actor, "claim:edit");
  return db().$transaction(async (tx) => {
    const first = await loadItem(tx, itemId);
    if (!first) throw notFound("That quote");
    const state = await lockClaimState(tx, first.quote.claimId);
    const item = await loadItem(tx, itemId);
    if (!item || item.resolvedAt) throw new AppError("ALREADY_DECIDED", "This quote has already been dealt with.");
    const mode = assertEditable(state);
    const pending = await tx.review.count({ where: { pendingClaimId: item.quote.claimId } });
    if (pending > 0) throw new AppError("CONFLICT", PENDING_PROPOSAL);
    if (mode === "draft") await addDraftAuthor(tx, item.quote.claimId, actor.id);

    if (resolution.action === "detach") {
      await detachQuote(tx, actor, mode, item);
    } else {
      let anchor: Anchor;
      if (resolution.action === "confirm") {
        if (item.outcome !== "FUZZY" || item.start === null || item.end === null) {
          throw new AppError(
            "VALIDATION",
            "There is no suggested place to confirm; re-select the words or detach the quote.",
          );
        }
        anchor = selectorsAt(item.toVersion.body, item.start, item.end);
      } else {
        anchor = reselected(item.toVersion.body, resolution.passage, resolution.before);
      }
      await moveQuote(tx, actor, mode, item, anchor, resolution.action === "confirm" ? "confirmed" : "reselected");
    }
    const resolvedName = { confirm: "confirmed", reselect: "reselected", detach: "detached" }[resolution.action];
    // A deleted quote took its item with it; otherwise the item is closed here.
    await tx.quoteReanchor.updateMany({
      where: { id: itemId },
      data: { resolution: resolvedName, resolvedById: actor.id, resolvedAt: new Date() },
    });
    return mode === "draft" ? "in-revision" : "applied";
  });
}
