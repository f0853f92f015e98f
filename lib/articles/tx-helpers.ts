import "server-only";
import { randomBytes } from "node:crypto";
import type { ReanchorSummary } from "../anchoring/reanchor";
import type { Actor } from "../auth/actor";
import type { Tx } from "../db/client";
import { AppError, notFound } from "../errors";
import { slugify } from "../text/slugify";
import { hashContent, splitParagraphs } from "./clean";
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
