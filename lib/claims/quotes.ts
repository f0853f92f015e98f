import "server-only";
import { AnchoringError, anchorQuote, selectorsAt, type Anchor } from "../anchoring/selectors";
import { assertCan, type Actor } from "../auth/actor";
import { db, type Tx } from "../db/client";
import { AppError, notFound } from "../errors";
import { appendClaimEvent } from "../history/append";
import { addDraftAuthor, assertEditable, lockClaimState } from "./draft";

/**
 * Where a quote goes: the latest version of an article, found either by its exact words (sample
 * data, imports) or by the offsets of an editor's selection in the version they were looking at.
 */
export type QuoteTarget =
  | { articleId: string; exact: string; prefix?: string; suffix?: string }
  | { articleVersionId: string; start: number; end: number };

async function anchorFor(
  tx: Tx,
  target: QuoteTarget,
): Promise<Anchor & { articleId: string; articleVersionId: string }> {
  const where = "articleVersionId" in target ? { id: target.articleVersionId } : { articleId: target.articleId };
  const version = await tx.articleVersion.findFirst({
    where,
    orderBy: { number: "desc" },
    select: {
      id: true,
      articleId: true,
      body: true,
      article: { select: { versions: { select: { id: true }, orderBy: { number: "desc" }, take: 1 } } },
    },
  });
  if (!version) throw notFound("That article");
  if (version.article.versions[0]?.id !== version.id) {
    throw new AppError("STALE", "The article has a newer version since you opened it; reload and select again.");
  }
  try {
    const anchor =
      "exact" in target ? anchorQuote(version.body, target) : selectorsAt(version.body, target.start, target.end);
    if (!anchor.exact.trim()) throw new AnchoringError("Select some words, not only spaces.");
    return { ...anchor, articleId: version.articleId, articleVersionId: version.id };
  } catch (error) {
    if (error instanceof AnchoringError) throw new AppError("VALIDATION", error.message);
    throw error;
  }
}

/**
 * For callers already in a transaction (creating a claim from a selection). On a published claim
 * the quote is part of the pending revision (not public until approved).
 */
export async function addQuoteInTx(tx: Tx, actor: Actor, claimId: string, target: QuoteTarget) {
  const mode = assertEditable(await lockClaimState(tx, claimId));
  await addDraftAuthor(tx, claimId, actor.id);
  const { articleId, articleVersionId, ...anchor } = await anchorFor(tx, target);
  const duplicate = await tx.quote.findFirst({
    where: { claimId, articleVersionId, start: anchor.start, end: anchor.end },
  });
  if (duplicate) throw new AppError("CONFLICT", "This passage is already quoted for this claim.");
  const quote = await tx.quote.create({
    data: {
      claimId,
      articleVersionId,
      createdById: actor.id,
      pendingChange: mode === "draft" ? "ADD" : "NONE",
      ...anchor,
    },
  });
  await appendClaimEvent(tx, claimId, actor.id, {
    kind: "QUOTE_ADDED",
    payload: { quoteId: quote.id, articleId, articleVersionId, exact: quote.exact, start: quote.start, end: quote.end },
  });
  return quote;
}

export async function addQuote(actor: Actor, claimId: string, target: QuoteTarget) {
  assertCan(actor, "claim:edit");
  return db().$transaction((tx) => addQuoteInTx(tx, actor, claimId, target));
}

/**
 * Removes a quote. From a published claim, a public quote is only marked for removal: it stays
 * public until the revision is approved. A quote never made public is simply deleted.
 */
export async function removeQuote(actor: Actor, quoteId: string) {
  assertCan(actor, "claim:edit");
  return db().$transaction(async (tx) => {
    const found = await tx.quote.findUnique({ where: { id: quoteId }, select: { claimId: true } });
    if (!found) throw notFound("That quote");
    const mode = assertEditable(await lockClaimState(tx, found.claimId));
    const quote = await tx.quote.findUniqueOrThrow({
      where: { id: quoteId },
      select: { id: true, claimId: true, exact: true, pendingChange: true, redactedAt: true },
    });
    if (quote.pendingChange === "REMOVE") throw new AppError("CONFLICT", "This quote is already marked for removal.");
    const cited = await tx.evidence.count({ where: { quoteId } });
    if (cited > 0) throw new AppError("CONFLICT", "This quote is cited as evidence; it stays on the record.");
    await addDraftAuthor(tx, quote.claimId, actor.id);
    if (mode === "draft" && quote.pendingChange === "NONE") {
      await tx.quote.update({ where: { id: quoteId }, data: { pendingChange: "REMOVE" } });
    } else {
      await tx.quote.delete({ where: { id: quoteId } });
    }
    await appendClaimEvent(tx, quote.claimId, actor.id, {
      kind: "QUOTE_REMOVED",
      payload: { quoteId, exact: quote.redactedAt ? "" : quote.exact },
    });
  });
}
