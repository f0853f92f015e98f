import "server-only";
import { randomBytes } from "node:crypto";
import type { ReanchorSummary } from "../anchoring/reanchor";
import type { Actor } from "../auth/actor";
import type { Tx } from "../db/client";
import { AppError, notFound } from "../errors";
import { slugify } from "../text/slugify";
import { hashContent, splitParagraphs } from "./clean";
import { changedFields, detailsOf, pickFields, type ArticleDetails, type DetailField } from "./details";
import { isPublicArticle } from "./editability";
import { joinBlocks, normalizedHash } from "./import/extract";
import { reanchorArticleInTx } from "./reanchor-tx-helpers";

/**
 * Helpers that write inside their caller's transaction (they take `tx` and open none): the article
 * row lock, a new version with its re-anchoring, a body change (a version, or a revision of a
 * public article), and the outlet an editor named. Operations are in lib/articles/mutations.ts.
 *
 * Versions of an article's body: a correction of the body, or a re-import of a newer copy of the
 * same article, makes a new ArticleVersion, and every quote is re-anchored to it in the same
 * transaction (lib/articles/reanchor-tx-helpers.ts). Earlier versions stay, readable by staff.
 * An internal article changes at once. A public one (a published claim quotes it, see
 * lib/articles/editability.ts) changes only by a reviewed revision, as a claim does: a proposal
 * that someone other than its proposer approves, at most one pending per article. Until approval
 * the public reads the current version.
 */
export const MAX_BODY_LENGTH = 200_000;

export type BodyChange = { body: string; rawText?: string; reason: string };

export type VersionResult =
  { kind: "version"; number: number; summary: ReanchorSummary } | { kind: "revision"; revisionId: string };

export function normalizeBody(body: string): string {
  return joinBlocks(splitParagraphs(body.replace(/\r\n?/g, "\n")));
}

export async function lockArticle(tx: Tx, articleId: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Article" WHERE id = ${articleId} FOR UPDATE`;
  if (rows.length === 0) throw notFound("That article");
  return tx.articleVersion.findFirstOrThrow({
    where: { articleId },
    orderBy: { number: "desc" },
    select: { id: true, number: true, body: true, rawText: true },
  });
}

/**
 * A pending revision about to be decided: its article locked, the revision read again under the
 * lock, and refused if it is decided already or the actor proposed it (someone else reviews it).
 * The one place both approval and rejection go through. Returns the revision and the article's
 * latest version.
 */
export async function lockRevisionForDecision(tx: Tx, actor: Actor, revisionId: string) {
  const found = await tx.articleRevision.findUnique({ where: { id: revisionId }, select: { articleId: true } });
  if (!found) throw notFound("That revision");
  const current = await lockArticle(tx, found.articleId);
  const revision = await tx.articleRevision.findUniqueOrThrow({ where: { id: revisionId } });
  if (revision.state !== "PENDING") throw new AppError("ALREADY_DECIDED", "This revision has already been decided.");
  if (revision.proposerId === actor.id) {
    throw new AppError("FORBIDDEN", "You proposed this revision; someone else must review it.");
  }
  return { revision, current };
}

export async function createVersionInTx(
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
export async function changeBodyInTx(
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
    const pending = await pendingRevisionTaking(tx, articleId, actor.id, "body");
    if (pending) {
      await tx.articleRevision.update({
        where: { id: pending.id },
        data: { body, rawText, baseNumber: current.number, reason: joinReasons(pending.reason, reason) },
      });
      return { kind: "revision" as const, revisionId: pending.id };
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

export const REVISION_WAITING = "This article already has a revision waiting for review; it must be decided first.";

/**
 * The pending revision of a public article that a new part (its body, or its details) joins: none,
 * so the caller makes one; the actor's own, when it does not change that part yet (a revision may
 * change both); otherwise refused, since someone else's revision, or a part already proposed, must be
 * decided first.
 */
export async function pendingRevisionTaking(tx: Tx, articleId: string, actorId: string, part: "body" | "details") {
  const pending = await tx.articleRevision.findUnique({
    where: { pendingArticleId: articleId },
    select: { id: true, proposerId: true, reason: true, body: true, details: true },
  });
  if (!pending) return null;
  const taken = part === "body" ? pending.body !== null : pending.details !== null;
  if (pending.proposerId !== actorId || taken) throw new AppError("CONFLICT", REVISION_WAITING);
  return { id: pending.id, reason: pending.reason };
}

export const joinReasons = (first: string, second: string) => (first === second ? first : `${first} ${second}`);

/** The outlet an editor named: an existing one whatever its letter case, or a new one. */
export async function resolveOutletByName(tx: Tx, name: string | null): Promise<string | null> {
  if (!name) return null;
  const existing = await tx.outlet.findFirst({
    where: { name: { equals: name, mode: "insensitive" } },
    select: { id: true },
  });
  if (existing) return existing.id;
  const base = slugify(name);
  const taken = await tx.outlet.findUnique({ where: { slug: base }, select: { id: true } });
  const slug = taken ? `${base}-${randomBytes(3).toString("hex")}` : base;
  const created = await tx.outlet.upsert({ where: { name }, create: { name, slug }, update: {}, select: { id: true } });
  return created.id;
}

/** What an article's details are read with (detailsOf in details.ts). */
const DETAILS_SELECT = {
  headline: true,
  outlet: { select: { name: true } },
  outletInferred: true,
  authors: true,
  authorsInferred: true,
  publishedOn: true,
  publishedPrecision: true,
  publishedInferred: true,
  publishedNote: true,
  url: true,
  language: true,
  direction: true,
  languageInferred: true,
} as const;

/** The article's details now (the caller holds the article's row lock). */
export async function readDetailsInTx(tx: Tx, articleId: string): Promise<ArticleDetails> {
  return detailsOf(await tx.article.findUniqueOrThrow({ where: { id: articleId }, select: DETAILS_SELECT }));
}

/**
 * Applies details to an article and records the change (only the fields that changed, before and
 * after, by whom; from which approved revision, if any), in the caller's transaction. An outlet
 * named for the first time is created here, so a rejected revision leaves no outlet behind.
 */
export async function applyDetailsInTx(
  tx: Tx,
  change: { articleId: string; actorId: string; before: ArticleDetails; after: ArticleDetails; revisionId?: string },
): Promise<DetailField[]> {
  const { articleId, before, after } = change;
  const fields = changedFields(before, after);
  if (fields.length === 0) return fields;
  await tx.article.update({
    where: { id: articleId },
    data: {
      headline: after.headline,
      ...(fields.includes("outlet") ? { outletId: await resolveOutletByName(tx, after.outlet) } : {}),
      outletInferred: after.outletInferred,
      authors: after.authors,
      authorsInferred: after.authorsInferred,
      publishedOn: after.published ? new Date(`${after.published}T00:00:00Z`) : null,
      publishedPrecision: after.publishedPrecision,
      publishedInferred: after.publishedInferred,
      publishedNote: after.publishedNote,
      url: after.url,
      language: after.language,
      direction: after.direction,
      languageInferred: after.languageInferred,
    },
  });
  await tx.articleChange.create({
    data: {
      articleId,
      actorId: change.actorId,
      revisionId: change.revisionId ?? null,
      before: pickFields(before, fields),
      after: pickFields(after, fields),
    },
  });
  return fields;
}
