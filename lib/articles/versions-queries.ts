import "server-only";
import { assertCan, type Actor } from "../auth/actor";
import { db } from "../db/client";
import { notFound } from "../errors";
import { isPublicArticle } from "./editability";

/** Staff reads of an article's versions, its pending revision, and the re-anchoring queue. */
export async function listArticleVersions(actor: Actor, articleId: string) {
  assertCan(actor, "read:internal");
  const article = await db().article.findUnique({
    where: { id: articleId },
    select: {
      id: true,
      headline: true,
      language: true,
      direction: true,
      versions: {
        orderBy: { number: "desc" },
        select: {
          id: true,
          number: true,
          createdAt: true,
          createdBy: { select: { name: true } },
          _count: { select: { quotes: true } },
        },
      },
      revisions: {
        orderBy: { createdAt: "desc" },
        take: 20,
        select: {
          id: true,
          state: true,
          reason: true,
          baseNumber: true,
          versionNumber: true,
          createdAt: true,
          decidedAt: true,
          decisionComment: true,
          proposer: { select: { name: true } },
          reviewer: { select: { name: true } },
        },
      },
    },
  });
  if (!article) throw notFound("That article");
  return article;
}

export async function getArticleVersion(actor: Actor, articleId: string, number: number) {
  assertCan(actor, "read:internal");
  const version = await db().articleVersion.findUnique({
    where: { articleId_number: { articleId, number } },
    select: {
      id: true,
      number: true,
      body: true,
      createdAt: true,
      createdBy: { select: { name: true } },
      article: { select: { id: true, headline: true, language: true, direction: true } },
    },
  });
  if (!version) throw notFound("That version");
  return version;
}

/** The current body, for the body editor, and the pending revision if there is one. */
export async function getBodyForEditing(actor: Actor, articleId: string) {
  assertCan(actor, "article:edit");
  const article = await db().article.findUnique({
    where: { id: articleId },
    select: {
      id: true,
      headline: true,
      language: true,
      direction: true,
      versions: { orderBy: { number: "desc" }, take: 1, select: { number: true, body: true } },
      revisions: {
        where: { state: "PENDING" },
        select: { id: true, reason: true, proposer: { select: { name: true } } },
      },
    },
  });
  const version = article?.versions[0];
  if (!article || !version) throw notFound("That article");
  return {
    ...article,
    version,
    pending: article.revisions[0] ?? null,
    isPublic: await isPublicArticle(db(), articleId),
  };
}

/** Revisions of public articles waiting for a reviewer, oldest first, with the text before and after. */
export async function listPendingArticleRevisions(actor: Actor) {
  assertCan(actor, "read:internal");
  const revisions = await db().articleRevision.findMany({
    where: { state: "PENDING" },
    orderBy: { createdAt: "asc" },
    take: 50,
    select: {
      id: true,
      reason: true,
      body: true,
      baseNumber: true,
      createdAt: true,
      proposerId: true,
      proposer: { select: { name: true } },
      article: {
        select: {
          id: true,
          headline: true,
          direction: true,
          language: true,
          versions: { orderBy: { number: "desc" }, take: 1, select: { number: true, body: true } },
        },
      },
    },
  });
  return revisions.map(({ article, ...r }) => ({
    ...r,
    article: { id: article.id, headline: article.headline, direction: article.direction, language: article.language },
    currentBody: article.versions[0]?.body ?? "",
    isOwn: r.proposerId === actor.id,
  }));
}

/** Quotes that need confirmation or are orphaned, oldest first: what was quoted, and where it may be now. */
export async function listOpenReanchors(actor: Actor) {
  assertCan(actor, "read:internal");
  const items = await db().quoteReanchor.findMany({
    where: { resolvedAt: null },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 100,
    select: {
      id: true,
      outcome: true,
      start: true,
      end: true,
      exact: true,
      similarity: true,
      createdAt: true,
      fromVersion: { select: { number: true } },
      toVersion: {
        select: { number: true, article: { select: { id: true, headline: true, language: true, direction: true } } },
      },
      quote: {
        select: {
          exact: true,
          redactedAt: true,
          claim: {
            select: {
              id: true,
              statement: true,
              visibility: true,
              reviews: { where: { state: "PENDING" }, select: { id: true } },
            },
          },
        },
      },
    },
  });
  return items.map(({ quote, ...item }) => ({
    ...item,
    oldText: quote.exact,
    claim: {
      id: quote.claim.id,
      statement: quote.claim.statement,
      visibility: quote.claim.visibility,
      hasPendingProposal: quote.claim.reviews.length > 0,
    },
  }));
}

export async function countOpenReanchors(actor: Actor): Promise<number> {
  assertCan(actor, "read:internal");
  return db().quoteReanchor.count({ where: { resolvedAt: null } });
}
