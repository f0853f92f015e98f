import "server-only";
import type { ReanchorSummary } from "../anchoring/reanchor";
import { assertCan, type Actor } from "../auth/actor";
import { db, type Tx } from "../db/client";
import { AppError, notFound } from "../errors";
import { hashContent, splitParagraphs } from "./clean";
import { isPublicArticle } from "./editability";
import { extractImport, joinBlocks, normalizedHash } from "./import/extract";
import { reanchorArticleInTx } from "./reanchor";
import { applyTrim, checkTrim, TrimError, type Trim } from "./trim";

/**
 * Versions of an article's body. A correction of the body, or a re-import of a newer copy of the
 * same article, makes a new ArticleVersion, and every quote is re-anchored to it in the same
 * transaction (lib/articles/reanchor.ts). Earlier versions stay, readable by staff.
 *
 * An internal article changes at once. A public one (a published claim quotes it, see
 * lib/articles/editability.ts) changes only by a reviewed revision, as a claim does: a proposal
 * that someone other than its proposer approves, at most one pending per article. Until approval
 * the public reads the current version.
 */
export const MAX_BODY_LENGTH = 200_000;

export type BodyChange = { body: string; rawText?: string; reason: string };

export type VersionResult =
  { kind: "version"; number: number; summary: ReanchorSummary } | { kind: "revision"; revisionId: string };

function normalizeBody(body: string): string {
  return joinBlocks(splitParagraphs(body.replace(/\r\n?/g, "\n")));
}

async function lockArticle(tx: Tx, articleId: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Article" WHERE id = ${articleId} FOR UPDATE`;
  if (rows.length === 0) throw notFound("That article");
  return tx.articleVersion.findFirstOrThrow({
    where: { articleId },
    orderBy: { number: "desc" },
    select: { id: true, number: true, body: true, rawText: true },
  });
}

async function createVersionInTx(
  tx: Tx,
  actorId: string,
  articleId: string,
  number: number,
  change: { body: string; rawText: string },
) {
  const version = await tx.articleVersion.create({
    data: {
      articleId,
      number,
      rawText: change.rawText,
      body: change.body,
      contentHash: hashContent(change.body),
      sourceHash: normalizedHash(change.rawText),
      bodyHash: normalizedHash(change.body),
      createdById: actorId,
    },
    select: { id: true, body: true, number: true },
  });
  const summary = await reanchorArticleInTx(tx, actorId, articleId, version);
  return { kind: "version" as const, number: version.number, summary };
}

/** Checks a new body; the expected version guards against a change made since the editor opened it. */
function checkChange(current: { number: number; body: string }, body: string, expectedNumber?: number) {
  if (expectedNumber !== undefined && current.number !== expectedNumber) {
    throw new AppError("STALE", `The article has a newer version (${current.number}) since you opened it; reload it.`);
  }
  if (!body.trim()) throw new AppError("VALIDATION", "The body is empty.", { body: ["Write the article's text."] });
  if (body.length > MAX_BODY_LENGTH) {
    throw new AppError("VALIDATION", "The body is too long.", {
      body: [`At most ${MAX_BODY_LENGTH.toLocaleString("en")} characters.`],
    });
  }
  if (body === current.body) {
    throw new AppError("VALIDATION", "Nothing changed.", { body: ["The text is the same as the current version."] });
  }
}

/**
 * The body change itself, in the caller's transaction (a body edit, or a staged import that becomes
 * a version): the article is locked, then a version for an internal article or a revision for a
 * public one.
 */
async function changeBodyInTx(
  tx: Tx,
  actor: Actor,
  articleId: string,
  change: { body: string; rawText: string; reason: string },
  expectedNumber?: number,
): Promise<VersionResult> {
  const { body, rawText, reason } = change;
  const current = await lockArticle(tx, articleId);
  checkChange(current, body, expectedNumber);
  if (await isPublicArticle(tx, articleId)) {
    const pending = await tx.articleRevision.findUnique({
      where: { pendingArticleId: articleId },
      select: { id: true },
    });
    if (pending) {
      throw new AppError(
        "CONFLICT",
        "This article already has a revision waiting for review; it must be decided first.",
      );
    }
    const revision = await tx.articleRevision.create({
      data: {
        articleId,
        pendingArticleId: articleId,
        baseNumber: current.number,
        body,
        rawText,
        reason,
        proposerId: actor.id,
      },
      select: { id: true },
    });
    return { kind: "revision" as const, revisionId: revision.id };
  }
  return createVersionInTx(tx, actor.id, articleId, current.number + 1, { body, rawText });
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
  return db().$transaction((tx) =>
    changeBodyInTx(tx, actor, articleId, { body, rawText: change.rawText ?? body, reason }, expectedNumber),
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

/** The article an import with this URL is a new version of, if any (same URL, ignoring a trailing slash). */
export async function findArticleByUrl(actor: Actor, url: string) {
  assertCan(actor, "article:import");
  const plain = url.trim().replace(/\/+$/, "");
  if (!plain) return null;
  return db().article.findFirst({
    where: { url: { in: [plain, `${plain}/`] } },
    select: { id: true, headline: true },
    orderBy: { createdAt: "asc" },
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
  });
}

const plainHeadline = (headline: string) =>
  headline
    .normalize("NFKC")
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015]/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();

export type NewerVersionTarget = {
  id: string;
  headline: string;
  number: number;
  isPublic: boolean;
  matchedBy: "url" | "headline";
};

/**
 * The article a staged import looks like a newer version of: the same URL (findArticleByUrl), or
 * failing that the same headline once case, quotes, dashes and spaces are normalized.
 */
export async function findNewerVersionTarget(
  actor: Actor,
  staged: { url: string | null; headline: string | null },
): Promise<NewerVersionTarget | null> {
  assertCan(actor, "article:import");
  let found: { id: string; headline: string } | null = null;
  let matchedBy: NewerVersionTarget["matchedBy"] = "url";
  if (staged.url) found = await findArticleByUrl(actor, staged.url);
  const headline = staged.headline ? plainHeadline(staged.headline) : "";
  if (!found && headline) {
    matchedBy = "headline";
    // Narrowed by the database (same words, any case), then compared normalized.
    const words = headline.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
    const candidates = await db().article.findMany({
      where: { AND: words.slice(0, 8).map((w) => ({ headline: { contains: w, mode: "insensitive" as const } })) },
      select: { id: true, headline: true },
      orderBy: { createdAt: "asc" },
      take: 50,
    });
    found = candidates.find((a) => plainHeadline(a.headline) === headline) ?? null;
  }
  if (!found) return null;
  const [latest, isPublic] = await Promise.all([
    db().articleVersion.findFirstOrThrow({
      where: { articleId: found.id },
      orderBy: { number: "desc" },
      select: { number: true },
    }),
    isPublicArticle(db(), found.id),
  ]);
  return { ...found, number: latest.number, isPublic, matchedBy };
}

/** Approves a pending revision of a public article: it becomes the next version, quotes re-anchored. */
export async function approveArticleRevision(actor: Actor, revisionId: string, comment: string) {
  assertCan(actor, "review:decide");
  return db().$transaction(async (tx) => {
    const found = await tx.articleRevision.findUnique({ where: { id: revisionId }, select: { articleId: true } });
    if (!found) throw notFound("That revision");
    const current = await lockArticle(tx, found.articleId);
    const revision = await tx.articleRevision.findUniqueOrThrow({ where: { id: revisionId } });
    if (revision.state !== "PENDING") throw new AppError("ALREADY_DECIDED", "This revision has already been decided.");
    if (revision.proposerId === actor.id) {
      throw new AppError("FORBIDDEN", "You proposed this revision; someone else must review it.");
    }
    if (revision.baseNumber !== current.number) {
      throw new AppError(
        "STALE",
        "The article changed since this revision was proposed; reject it and propose it again.",
      );
    }
    const result = await createVersionInTx(tx, revision.proposerId, revision.articleId, current.number + 1, revision);
    await tx.articleRevision.update({
      where: { id: revisionId },
      data: {
        state: "APPROVED",
        pendingArticleId: null,
        reviewerId: actor.id,
        decisionComment: comment.trim() || null,
        decidedAt: new Date(),
        versionNumber: result.number,
      },
    });
    // What public pages to expire: the article's, and those of the claims quoting it.
    const quoting = await tx.quote.findMany({
      where: { articleVersion: { articleId: revision.articleId } },
      select: { claimId: true },
      distinct: ["claimId"],
    });
    return { ...result, articleId: revision.articleId, claimIds: quoting.map((q) => q.claimId) };
  });
}

export async function rejectArticleRevision(actor: Actor, revisionId: string, comment: string) {
  assertCan(actor, "review:decide");
  if (!comment.trim()) throw new AppError("VALIDATION", "Say why.", { comment: ["Say why the revision is rejected."] });
  return db().$transaction(async (tx) => {
    const revision = await tx.articleRevision.findUnique({ where: { id: revisionId } });
    if (!revision) throw notFound("That revision");
    await lockArticle(tx, revision.articleId);
    if (revision.state !== "PENDING") throw new AppError("ALREADY_DECIDED", "This revision has already been decided.");
    if (revision.proposerId === actor.id)
      throw new AppError("FORBIDDEN", "You proposed this revision; someone else must review it.");
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
