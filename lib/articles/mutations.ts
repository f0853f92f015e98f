import "server-only";
import { selectorsAt, type Anchor } from "../anchoring/selectors";
import { assertCan, type Actor } from "../auth/actor";
import { addDraftAuthor, assertEditable, lockClaimState } from "../claims/tx-helpers";
import { db } from "../db/client";
import type { PreciseDate } from "../dates/precision";
import { AppError, notFound } from "../errors";
import { cleanArticleText, hashContent, splitParagraphs, type CleaningRules } from "./clean";
import { changedFields, describeChange, detailsFromInput, type ArticleDetails, type DetailField } from "./details";
import { isPublicArticle } from "./editability";
import { extractImport, joinBlocks, normalizedHash } from "./import/extract";
import { detachQuote, loadItem, moveQuote, REANCHOR_TRANSACTION, reselected } from "./reanchor-tx-helpers";
import { DETAILS_REASON_MAX, type ArticleMetadataInput } from "./schemas";
import {
  applyDetailsInTx,
  changeBodyInTx,
  createVersionInTx,
  joinReasons,
  lockArticle,
  lockRevisionForDecision,
  normalizeBody,
  pendingRevisionTaking,
  readDetailsInTx,
  type BodyChange,
  type VersionResult,
} from "./tx-helpers";
import { applyTrim, checkTrim, TrimError, type Trim } from "./trim";

/**
 * Every way an article changes: an import of a captured text, its details, its body (a new version
 * or a revision for review), a revision's decision, and what staff choose for a quote that did not
 * re-anchor by itself. Staged imports are lib/articles/import/mutations.ts.
 */
export type { BodyChange, VersionResult } from "./tx-helpers";
export { MAX_BODY_LENGTH } from "./tx-helpers";

export type ImportArticleInput = {
  headline: string;
  outletId: string | null;
  outletInferred?: boolean;
  authors: string[];
  published: (PreciseDate & { note?: string }) | null;
  url?: string | null;
  language?: string;
  direction?: "LTR" | "RTL";
  rawText: string;
  cleaning: CleaningRules;
};

/**
 * Imports a captured text article whose trim is known as marker rules (the sample data, test
 * factories): keeps the raw text, stores the cleaned body as version 1, with the hashes that let a
 * later upload of the same text be recognized. Editors import through lib/articles/import/.
 */
export async function importArticle(actor: Actor, input: ImportArticleInput) {
  assertCan(actor, "article:import");
  const body = cleanArticleText(input.rawText, input.cleaning);
  return db().article.create({
    data: {
      headline: input.headline,
      outletId: input.outletId,
      outletInferred: input.outletInferred ?? false,
      authors: input.authors,
      publishedOn: input.published?.on ?? null,
      publishedPrecision: input.published?.precision ?? null,
      publishedInferred: input.published?.inferred ?? false,
      publishedNote: input.published?.note ?? null,
      url: input.url ?? null,
      language: input.language ?? "en",
      direction: input.direction ?? "LTR",
      createdById: actor.id,
      versions: {
        create: {
          number: 1,
          rawText: input.rawText,
          body,
          contentHash: hashContent(body),
          sourceHash: normalizedHash(joinBlocks(splitParagraphs(input.rawText))),
          bodyHash: normalizedHash(body),
          createdById: actor.id,
        },
      },
    },
    include: { versions: { select: { id: true, body: true } } },
  });
}

export type MetadataResult = {
  /** "applied" to an internal article at once, "proposed" for review on a public one. */
  outcome: "applied" | "proposed" | "unchanged";
  changed: DetailField[];
};

/**
 * An editor's change to an article's details. The article row is locked, so two changes are
 * recorded one after the other. An internal article changes at once, with its history entry
 * (only the fields that changed, before and after, by whom) in the same transaction. A public one
 * (lib/articles/editability.ts) is never changed directly: the change becomes a revision for
 * someone other than the editor to approve, with the reason the editor gives; the public reads the
 * current details until then.
 */
export async function updateArticleMetadata(
  actor: Actor,
  articleId: string,
  input: ArticleMetadataInput & { reason?: string | null },
): Promise<MetadataResult> {
  assertCan(actor, "article:edit");
  return db().$transaction(async (tx) => {
    const current = await lockArticle(tx, articleId);
    const before = await readDetailsInTx(tx, articleId);
    const after = detailsFromInput(before, input);
    const changed = changedFields(before, after);
    if (changed.length === 0) return { outcome: "unchanged" as const, changed };
    if (!(await isPublicArticle(tx, articleId))) {
      await applyDetailsInTx(tx, { articleId, actorId: actor.id, before, after });
      return { outcome: "applied" as const, changed };
    }
    const reason = input.reason?.trim() ?? "";
    if (!reason) {
      throw new AppError("VALIDATION", "Say what was wrong with the details.", {
        reason: ["Say what was wrong with the details and where the right ones come from, for the reviewer."],
      });
    }
    if (reason.length > DETAILS_REASON_MAX) {
      throw new AppError("VALIDATION", "The reason is too long.", {
        reason: [`At most ${DETAILS_REASON_MAX} characters.`],
      });
    }
    const pending = await pendingRevisionTaking(tx, articleId, actor.id, "details");
    const proposal = { details: after, detailsBefore: before };
    if (pending) {
      await tx.articleRevision.update({
        where: { id: pending.id },
        data: { ...proposal, reason: joinReasons(pending.reason, reason) },
      });
    } else {
      await tx.articleRevision.create({
        data: {
          articleId,
          pendingArticleId: articleId,
          baseNumber: current.number,
          reason,
          proposerId: actor.id,
          ...proposal,
        },
      });
    }
    return { outcome: "proposed" as const, changed };
  });
}

/**
 * Edits an article's body: a new version at once for an internal article, a revision for review for
 * a public one. `expectedNumber` is the version the editor edited.
 */
export async function changeArticleBody(
  actor: Actor,
  articleId: string,
  change: BodyChange,
  expectedNumber?: number,
): Promise<VersionResult> {
  assertCan(actor, "article:edit");
  const body = normalizeBody(change.body);
  const reason = change.reason.trim();
  if (!reason) throw new AppError("VALIDATION", "Say what changed.", { reason: ["Say what was corrected, and why."] });
  if (reason.length > 500)
    throw new AppError("VALIDATION", "The reason is too long.", { reason: ["At most 500 characters."] });
  return db().$transaction(
    (tx) => changeBodyInTx(tx, actor, articleId, { body, rawText: change.rawText ?? body, reason }, expectedNumber),
    REANCHOR_TRANSACTION,
  );
}

/**
 * A newer copy of an article already here (the editor chose "new version of", or the import has the
 * same URL): its text becomes the next version, by the same rules as a body edit.
 */
export async function reimportAsNewVersion(
  actor: Actor,
  articleId: string,
  rawText: string,
  fileName: string | null = null,
): Promise<VersionResult> {
  assertCan(actor, "article:import");
  // The same reduction as a first import (HTML to its main text, Markdown to paragraphs); refusals are AppErrors.
  const { blocks } = extractImport(rawText, fileName);
  return changeArticleBody(actor, articleId, {
    body: joinBlocks(blocks),
    rawText,
    reason: "Re-imported a newer version.",
  });
}

/**
 * A staged import (lib/articles/import/) that is a newer copy of an article already here becomes
 * that article's next version, by the same rules as a body edit, and the staged import is removed:
 * one transaction, so either both happen or neither (the import stays to be tried again). The trim
 * is the editor's choice of paragraphs on the confirmation page; `expectedNumber` is the version the
 * page offered to follow.
 */
export async function reimportStagedImport(
  actor: Actor,
  input: { importId: string; articleId: string; expectedNumber?: number } & Trim,
): Promise<VersionResult> {
  assertCan(actor, "article:import");
  assertCan(actor, "article:edit");
  return db().$transaction(async (tx) => {
    const staged = await tx.articleImport.findUnique({
      where: { id: input.importId },
      select: { id: true, blocks: true, rawText: true },
    });
    if (!staged) throw new AppError("NOT_FOUND", "That import was already confirmed or discarded.");
    let body: string;
    try {
      body = applyTrim(staged.blocks, checkTrim(staged.blocks, input));
    } catch (error) {
      if (error instanceof TrimError) throw new AppError("VALIDATION", error.message, { trim: [error.message] });
      throw error;
    }
    // Removed first: a second click on the same import waits on this row and then finds it gone.
    const { count } = await tx.articleImport.deleteMany({ where: { id: staged.id } });
    if (count === 0) throw new AppError("NOT_FOUND", "That import was already confirmed or discarded.");
    return changeBodyInTx(
      tx,
      actor,
      input.articleId,
      { body: normalizeBody(body), rawText: staged.rawText, reason: "Re-imported a newer version." },
      input.expectedNumber,
    );
  }, REANCHOR_TRANSACTION);
}

/**
 * Approves a pending revision of a public article: its body becomes the next version (quotes
 * re-anchored), its details are applied and recorded in the details' history (by its proposer,
 * naming the revision and so its reviewer). Refused for its own proposer, and as stale when the
 * article changed since it was proposed (another version, or other details).
 */
export async function approveArticleRevision(actor: Actor, revisionId: string, comment: string) {
  assertCan(actor, "review:decide");
  return db().$transaction(async (tx) => {
    const { revision, current } = await lockRevisionForDecision(tx, actor, revisionId);
    if (revision.body !== null && revision.baseNumber !== current.number) {
      throw new AppError(
        "STALE",
        "The article changed since this revision was proposed; reject it and propose it again.",
      );
    }
    const details = revision.details as ArticleDetails | null;
    const detailsNow = await readDetailsInTx(tx, revision.articleId);
    if (details) {
      const moved = describeChange(revision.detailsBefore, detailsNow);
      if (moved.length > 0) {
        const what = moved.map((m) => `${m.label.toLowerCase()} is now “${m.after}”`).join(", ");
        throw new AppError(
          "STALE",
          `The article's details changed since this revision was proposed (${what}); reject it and propose it again.`,
        );
      }
    }
    const version =
      revision.body !== null
        ? await createVersionInTx(tx, revision.proposerId, revision.articleId, current.number + 1, {
            body: revision.body,
            rawText: revision.rawText ?? revision.body,
          })
        : null;
    const changed = details
      ? await applyDetailsInTx(tx, {
          articleId: revision.articleId,
          actorId: revision.proposerId,
          before: detailsNow,
          after: details,
          revisionId,
        })
      : [];
    await tx.articleRevision.update({
      where: { id: revisionId },
      data: {
        state: "APPROVED",
        pendingArticleId: null,
        reviewerId: actor.id,
        decisionComment: comment.trim() || null,
        decidedAt: new Date(),
        versionNumber: version?.number ?? null,
      },
    });
    // The new version's number and re-anchoring summary (null when only the details changed).
    return {
      articleId: revision.articleId,
      number: version?.number ?? null,
      summary: version?.summary ?? null,
      changed,
    };
  }, REANCHOR_TRANSACTION);
}

export async function rejectArticleRevision(actor: Actor, revisionId: string, comment: string) {
  assertCan(actor, "review:decide");
  if (!comment.trim()) throw new AppError("VALIDATION", "Say why.", { comment: ["Say why the revision is rejected."] });
  return db().$transaction(async (tx) => {
    await lockRevisionForDecision(tx, actor, revisionId);
    await tx.articleRevision.update({
      where: { id: revisionId },
      data: {
        state: "REJECTED",
        pendingArticleId: null,
        reviewerId: actor.id,
        decisionComment: comment.trim(),
        decidedAt: new Date(),
      },
    });
  });
}

/**
 * What staff do with a quote that a new version did not re-anchor by itself
 * (lib/articles/reanchor-tx-helpers.ts):
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
