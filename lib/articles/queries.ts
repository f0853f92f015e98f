import "server-only";
import { AnchoringError, selectorsAt } from "../anchoring/selectors";
import { assertCan, type Actor } from "../auth/actor";
import { PUBLIC_CLAIM, PUBLIC_QUOTE } from "../claims/queries";
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { AppError, notFound } from "../errors";
import { describeChange } from "./details";
import { isPublicArticle, PUBLIC_ARTICLE } from "./editability";
import type { DatePrecision } from "../enums";

const articleSelect = {
  id: true,
  headline: true,
  authors: true,
  publishedOn: true,
  publishedPrecision: true,
  publishedInferred: true,
  publishedNote: true,
  url: true,
  language: true,
  direction: true,
  outlet: { select: { slug: true, name: true, homepage: true } },
  outletInferred: true,
  authorsInferred: true,
} as const;

/**
 * The article as the public reads it: its latest version, with the public claims quoted in it.
 * An article no published claim quotes (a fresh import, say) is not found (PUBLIC_ARTICLE).
 */
export async function getPublicArticle(id: string) {
  const article = await db().article.findFirst({
    where: { id, ...PUBLIC_ARTICLE },
    select: {
      ...articleSelect,
      versions: {
        orderBy: { number: "desc" },
        take: 1,
        select: {
          id: true,
          number: true,
          body: true,
          createdAt: true,
          quotes: {
            where: { ...PUBLIC_QUOTE, claim: PUBLIC_CLAIM },
            orderBy: { start: "asc" },
            select: {
              id: true,
              start: true,
              end: true,
              exact: true,
              claim: { select: { id: true, statement: true, status: true } },
            },
          },
        },
      },
    },
  });
  const version = article?.versions[0];
  if (!article || !version) throw notFound("That article");
  const { versions: _versions, ...rest } = article;
  return {
    ...rest,
    published: publishedOf(article),
    version: { id: version.id, number: version.number, body: version.body },
    // A later version is a correction of the text (lib/articles/mutations.ts); the page says when.
    correctedAt: version.number > 1 ? version.createdAt : null,
    // Offsets are checked against the body: a quote that no longer points at its text is not drawn.
    quotes: version.quotes.filter((q) => version.body.slice(q.start, q.end) === q.exact),
  };
}

export type PublicArticle = Awaited<ReturnType<typeof getPublicArticle>>;

/** The text exactly as it was imported, page furniture and all: staff only. */
export async function getArticleRawText(actor: Actor | null, id: string) {
  if (!actor) throw notFound("That article");
  assertCan(actor, "read:internal");
  const article = await db().article.findUnique({
    where: { id },
    select: {
      id: true,
      headline: true,
      versions: { orderBy: { number: "desc" }, take: 1, select: { rawText: true, number: true } },
    },
  });
  const version = article?.versions[0];
  if (!article || !version) throw notFound("That article");
  return { id: article.id, headline: article.headline, versionNumber: version.number, rawText: version.rawText };
}

/**
 * What the desk's filter and counts call an unverified claim: its status is unverified, the word
 * its badge shows everywhere (a pending proposal is the claims list's own filter, /desk/claims).
 */
export const UNVERIFIED_CLAIM: Prisma.ClaimWhereInput = { status: "UNVERIFIED" };

export type DeskArticleFilters = { outletId?: string; unverified?: boolean };

const publishedOf = (a: {
  publishedOn: Date | null;
  publishedPrecision: DatePrecision | null;
  publishedInferred: boolean;
}) =>
  a.publishedOn && a.publishedPrecision
    ? { on: a.publishedOn, precision: a.publishedPrecision, inferred: a.publishedInferred }
    : null;

/**
 * Staff view: every article, with how many claims (public or internal) its latest version quotes
 * and how many of those are unverified. With the "unverified" filter the database narrows the list
 * to articles whose versions ever quoted an unverified claim, and the latest version's count decides.
 */
export async function listDeskArticles(actor: Actor, filters: DeskArticleFilters = {}) {
  assertCan(actor, "read:internal");
  const where: Prisma.ArticleWhereInput = {
    ...(filters.outletId ? { outletId: filters.outletId } : {}),
    ...(filters.unverified ? { versions: { some: { quotes: { some: { claim: UNVERIFIED_CLAIM } } } } } : {}),
  };
  const articles = await db().article.findMany({
    where,
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      headline: true,
      publishedOn: true,
      publishedPrecision: true,
      publishedInferred: true,
      outlet: { select: { name: true } },
      versions: { orderBy: { number: "desc" }, take: 1, select: { id: true, quotes: { select: { claimId: true } } } },
    },
  });
  const unverifiedQuotes = await db().quote.findMany({
    where: { articleVersionId: { in: articles.flatMap((a) => a.versions.map((v) => v.id)) }, claim: UNVERIFIED_CLAIM },
    select: { articleVersionId: true, claimId: true },
  });
  const distinctClaims = (quotes: { claimId: string }[]) => new Set(quotes.map((q) => q.claimId)).size;
  const rows = articles.map((a) => {
    const version = a.versions[0];
    return {
      id: a.id,
      headline: a.headline,
      outlet: a.outlet?.name ?? null,
      published: publishedOf(a),
      claimCount: distinctClaims(version?.quotes ?? []),
      unverifiedCount: distinctClaims(unverifiedQuotes.filter((q) => q.articleVersionId === version?.id)),
    };
  });
  return filters.unverified ? rows.filter((a) => a.unverifiedCount > 0) : rows;
}

/** Outlets that have at least one article, for the desk's outlet filter. */
export async function listDeskOutlets(actor: Actor) {
  assertCan(actor, "read:internal");
  return db().outlet.findMany({
    where: { articles: { some: {} } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}

/** The annotation workspace: the latest version, with every quote in it, internal claims included. */
export async function getDeskArticle(actor: Actor, id: string) {
  assertCan(actor, "read:internal");
  const article = await db().article.findUnique({
    where: { id },
    select: {
      ...articleSelect,
      versions: {
        orderBy: { number: "desc" },
        take: 1,
        select: {
          id: true,
          number: true,
          body: true,
          quotes: {
            where: { redactedAt: null },
            orderBy: [{ start: "asc" }, { end: "desc" }],
            select: {
              id: true,
              start: true,
              end: true,
              exact: true,
              claim: { select: { id: true, statement: true, status: true, visibility: true } },
            },
          },
        },
      },
    },
  });
  const version = article?.versions[0];
  if (!article || !version) throw notFound("That article");
  const { versions: _versions, ...rest } = article;
  // A quote whose offsets no longer point at its text is not drawn; the page says how many.
  const quotes = version.quotes.filter((q) => version.body.slice(q.start, q.end) === q.exact);
  const isPublic = (await db().article.count({ where: { id, ...PUBLIC_ARTICLE } })) > 0;
  return {
    ...rest,
    isPublic,
    published: publishedOf(article),
    version: { id: version.id, number: version.number, body: version.body },
    quotes,
    unanchoredCount: version.quotes.length - quotes.length,
  };
}

export type DeskArticle = Awaited<ReturnType<typeof getDeskArticle>>;

/**
 * The passage an editor selected, as it will be quoted: checked against the version's body with
 * the same rules the quote is stored by, so the "new claim" page can explain a bad selection.
 */
export async function getSelectedPassage(
  actor: Actor,
  selection: { articleVersionId: string; start: number; end: number },
) {
  assertCan(actor, "read:internal");
  const version = await db().articleVersion.findUnique({
    where: { id: selection.articleVersionId },
    select: {
      id: true,
      number: true,
      body: true,
      article: {
        select: {
          id: true,
          headline: true,
          language: true,
          direction: true,
          versions: { orderBy: { number: "desc" }, take: 1, select: { id: true } },
        },
      },
    },
  });
  if (!version) throw notFound("That article version");
  const { versions, ...article } = version.article;
  if (versions[0]?.id !== version.id) {
    throw new AppError("STALE", "The article has a newer version since you selected this; open it again and reselect.");
  }
  try {
    const anchor = selectorsAt(version.body, selection.start, selection.end);
    if (!anchor.exact.trim()) throw new AnchoringError("The selection holds only spaces; select some words.");
    return { article, version: { id: version.id, number: version.number }, anchor };
  } catch (error) {
    if (error instanceof AnchoringError) throw new AppError("VALIDATION", error.message);
    throw error;
  }
}

/** The article's metadata as the metadata editor shows it, with its change history (staff only). */
export async function getArticleMetadata(actor: Actor, id: string) {
  assertCan(actor, "read:internal");
  const article = await db().article.findUnique({
    where: { id },
    select: {
      ...articleSelect,
      outletInferred: true,
      authorsInferred: true,
      languageInferred: true,
      changes: {
        orderBy: { createdAt: "desc" },
        select: {
          id: true,
          before: true,
          after: true,
          createdAt: true,
          actor: { select: { name: true } },
          revision: { select: { reviewer: { select: { name: true } }, decidedAt: true } },
        },
      },
      revisions: {
        where: { state: "PENDING" },
        select: {
          id: true,
          reason: true,
          details: true,
          detailsBefore: true,
          createdAt: true,
          proposer: { select: { name: true } },
        },
      },
    },
  });
  if (!article) throw notFound("That article");
  const { changes, revisions, ...rest } = article;
  const pending = revisions[0];
  return {
    ...rest,
    published: publishedOf(article),
    isPublic: await isPublicArticle(db(), id),
    // Every applied change of the details, newest first: who made it, and who approved it if it was a revision.
    changes: changes.map(({ revision, ...c }) => ({
      ...c,
      approvedBy: revision?.reviewer?.name ?? null,
      fields: describeChange(c.before, c.after),
    })),
    // The revision waiting for review, if any, and what it would change in the details.
    pending: pending
      ? {
          id: pending.id,
          reason: pending.reason,
          proposer: pending.proposer.name,
          createdAt: pending.createdAt,
          fields: pending.details ? describeChange(pending.detailsBefore, pending.details) : [],
        }
      : null,
  };
}

export type ArticleMetadataView = Awaited<ReturnType<typeof getArticleMetadata>>;

// Staff reads of an article's versions, its pending revision, and the re-anchoring queue.

/** What a staff page heads an article with: its headline, in its language and direction. */
const headingSelect = { id: true, headline: true, language: true, direction: true } as const;

export async function listArticleVersions(actor: Actor, articleId: string) {
  assertCan(actor, "read:internal");
  const article = await db().article.findUnique({
    where: { id: articleId },
    select: {
      ...headingSelect,
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
          details: true,
          detailsBefore: true,
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
  // Which revisions change the body (read apart: the bodies themselves are not needed here).
  const withBody = new Set(
    (
      await db().articleRevision.findMany({
        where: { id: { in: article.revisions.map((r) => r.id) }, body: { not: null } },
        select: { id: true },
      })
    ).map((r) => r.id),
  );
  return {
    ...article,
    revisions: article.revisions.map(({ details, detailsBefore, ...r }) => ({
      ...r,
      changesBody: withBody.has(r.id),
      details: details ? describeChange(detailsBefore, details) : [],
    })),
  };
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
      ...headingSelect,
      versions: { orderBy: { number: "desc" }, take: 1, select: { number: true, body: true } },
      revisions: {
        where: { state: "PENDING" },
        select: { id: true, reason: true, proposer: { select: { name: true } } },
      },
    },
  });
  const version = article?.versions[0];
  if (!article || !version) throw notFound("That article");
  const pending = article.revisions[0] ?? null;
  // The editor's own pending revision of the details only can take the text too (one revision, both parts).
  const joinable =
    pending !== null &&
    (await db().articleRevision.count({ where: { id: pending.id, proposerId: actor.id, body: null } })) > 0;
  return {
    ...article,
    version,
    pending: pending && { ...pending, joinable },
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
      details: true,
      detailsBefore: true,
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
  return revisions.map(({ article, details, detailsBefore, ...r }) => ({
    ...r,
    details: details ? describeChange(detailsBefore, details) : [],
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

/**
 * Revisions of public articles (body, details or both) that this reviewer may decide: pending, and
 * proposed by someone else. The review queue counts them and links to where they are decided.
 */
export async function countArticleRevisionsAwaiting(actor: Actor): Promise<number> {
  assertCan(actor, "review:decide");
  return db().articleRevision.count({ where: { state: "PENDING", proposerId: { not: actor.id } } });
}

export async function countOpenReanchors(actor: Actor): Promise<number> {
  assertCan(actor, "read:internal");
  return db().quoteReanchor.count({ where: { resolvedAt: null } });
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
