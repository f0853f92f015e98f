import "server-only";
import { articlePath, claimPath } from "../claims/paths";
import type { z } from "zod";
import { PUBLIC_ARTICLE } from "../articles/editability";
import { getPublicArticle } from "../articles/queries";
import { getPublicClaim, PUBLIC_CLAIM, quantitySelect, type DateDto } from "../claims/queries";
import { db } from "../db/client";
import type { DatePrecision } from "../enums";
import type { Prisma } from "../db/generated/client";
import { AppError, notFound } from "../errors";
import { searchClaimIds } from "../search/queries";
import type { claimsQuery, pageQuery } from "./schemas";

/**
 * The read-only API's reads: the same privacy rules as the pages (PUBLIC_CLAIM, PUBLIC_QUOTE,
 * PUBLIC_ARTICLE), ids as the stable key, cursor pagination over ids.
 */
const iso = (d: DateDto) =>
  d ? { on: d.on.toISOString().slice(0, 10), precision: d.precision, inferred: d.inferred } : null;
const dateOf = (on: Date | null, precision: DatePrecision | null, inferred: boolean) =>
  iso(on && precision ? { on, precision, inferred } : null);

function paged<T extends { id: string }>(rows: T[], limit: number) {
  const more = rows.length > limit;
  const items = more ? rows.slice(0, limit) : rows;
  return { items, next: more ? items[items.length - 1].id : null };
}
const after = (cursor: string | undefined) => (cursor ? { id: { gt: cursor } } : {});

const claimSelect = {
  id: true,
  statement: true,
  status: true,
  statedOn: true,
  statedPrecision: true,
  statedInferred: true,
  subject: { select: { id: true, name: true } },
  speaker: { select: { id: true, name: true } },
  quantity: { select: quantitySelect },
} satisfies Prisma.ClaimSelect;

type ClaimRow = Prisma.ClaimGetPayload<{ select: typeof claimSelect }>;

function claimSummary(c: ClaimRow, baseUrl: string) {
  const q = c.quantity;
  return {
    id: c.id,
    url: `${baseUrl}${claimPath(c)}`,
    statement: c.statement,
    status: c.status,
    stated: dateOf(c.statedOn, c.statedPrecision, c.statedInferred),
    subject: c.subject,
    speaker: c.speaker,
    figure: q
      ? {
          value: q.value,
          low: q.low,
          high: q.high,
          unit: q.unit,
          approximate: q.approximate,
          asOf: dateOf(q.asOf, q.asOfPrecision, q.asOfInferred),
          scopePlace: q.scopePlace,
          scopePopulation: q.scopePopulation,
          scopeMethod: q.scopeMethod,
        }
      : null,
  };
}

/** The /claims page's search (lib/search), answered as claim summaries in the same order. */
export async function apiClaims(query: z.output<typeof claimsQuery>, baseUrl: string) {
  const page = await searchClaimIds(query);
  const rows = await db().claim.findMany({ where: { id: { in: page.ids }, ...PUBLIC_CLAIM }, select: claimSelect });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const items = page.ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [claimSummary(row, baseUrl)] : [];
  });
  return { items, next: page.next, previous: page.previous };
}

/** A public claim; a withdrawn one is 410 Gone, with its reason. */
export async function apiClaim(id: string, baseUrl: string) {
  const withdrawn = await db().claim.findFirst({
    where: { id, visibility: "WITHDRAWN" },
    select: { withdrawalReason: true },
  });
  if (withdrawn) throw new AppError("GONE", `This claim was withdrawn: ${withdrawn.withdrawalReason ?? ""}`);
  const claim = await getPublicClaim(id);
  const row = await db().claim.findUniqueOrThrow({ where: { id }, select: claimSelect });
  return {
    ...claimSummary(row, baseUrl),
    publishedAt: claim.publishedAt?.toISOString() ?? null,
    correctedAt: claim.correctedAt?.toISOString() ?? null,
    quotes: claim.quotes.map((q) => ({
      id: q.id,
      exact: q.exact,
      articleId: q.article.id,
      headline: q.article.headline,
      outlet: q.article.outlet,
    })),
    links: claim.links.map((l) => ({ type: l.type, direction: l.direction, note: l.note, claimId: l.other.id })),
    corrections: claim.history
      .filter((h) => h.kind === "REVISED")
      .map((h) => ({ at: h.at.toISOString(), reviewer: h.actor, summary: h.detail, changes: h.changes })),
  };
}

export async function apiClaimHistory(id: string, baseUrl: string) {
  await apiClaim(id, baseUrl);
  const claim = await getPublicClaim(id);
  return {
    items: claim.history.map((h) => ({
      seq: h.seq,
      at: h.at.toISOString(),
      actor: h.actor,
      kind: h.kind,
      summary: h.summary,
      detail: h.detail,
      changes: h.changes,
    })),
    next: null,
  };
}

export async function apiArticles(query: z.output<typeof pageQuery>, baseUrl: string) {
  const rows = await db().article.findMany({
    where: { ...PUBLIC_ARTICLE, ...after(query.cursor) },
    orderBy: { id: "asc" },
    take: query.limit + 1,
    select: {
      id: true,
      headline: true,
      publishedOn: true,
      publishedPrecision: true,
      publishedInferred: true,
      outlet: { select: { id: true, name: true } },
    },
  });
  const { items, next } = paged(rows, query.limit);
  return {
    items: items.map((a) => ({
      id: a.id,
      url: `${baseUrl}${articlePath(a)}`,
      headline: a.headline,
      outlet: a.outlet,
      published: dateOf(a.publishedOn, a.publishedPrecision, a.publishedInferred),
    })),
    next,
  };
}

export async function apiArticle(id: string, baseUrl: string) {
  const article = await getPublicArticle(id);
  const outlet = await db().article.findUniqueOrThrow({
    where: { id },
    select: { outlet: { select: { id: true, name: true } } },
  });
  return {
    id: article.id,
    url: `${baseUrl}${articlePath(article)}`,
    headline: article.headline,
    outlet: outlet.outlet,
    published: iso(article.published),
    language: article.language,
    direction: article.direction,
    body: article.version.body,
    quotes: article.quotes.map((q) => ({ id: q.id, start: q.start, end: q.end, exact: q.exact, claimId: q.claim.id })),
  };
}

export async function apiSubjects(query: z.output<typeof pageQuery>) {
  const rows = await db().subject.findMany({
    where: { claims: { some: PUBLIC_CLAIM }, ...after(query.cursor) },
    orderBy: { id: "asc" },
    take: query.limit + 1,
    select: { id: true, name: true, description: true, _count: { select: { claims: { where: PUBLIC_CLAIM } } } },
  });
  const { items, next } = paged(rows, query.limit);
  return { items: items.map(({ _count, ...s }) => ({ ...s, claims: _count.claims })), next };
}

export async function apiSubjectFigures(id: string, query: z.output<typeof pageQuery>, baseUrl: string) {
  if (!(await db().subject.count({ where: { id, claims: { some: PUBLIC_CLAIM } } }))) throw notFound("That subject");
  const rows = await db().claim.findMany({
    where: { ...PUBLIC_CLAIM, subjectId: id, quantity: { isNot: null }, ...after(query.cursor) },
    select: claimSelect,
    orderBy: { id: "asc" },
    take: query.limit + 1,
  });
  const { items, next } = paged(rows, query.limit);
  return { items: items.map((c) => claimSummary(c, baseUrl)), next };
}

export async function apiPeople(query: z.output<typeof pageQuery>) {
  const rows = await db().person.findMany({
    where: { claims: { some: PUBLIC_CLAIM }, ...after(query.cursor) },
    orderBy: { id: "asc" },
    take: query.limit + 1,
    select: {
      id: true,
      name: true,
      kind: true,
      description: true,
      _count: { select: { claims: { where: PUBLIC_CLAIM } } },
    },
  });
  const { items, next } = paged(rows, query.limit);
  return { items: items.map(({ _count, ...p }) => ({ ...p, claims: _count.claims })), next };
}

export async function apiOutlets(query: z.output<typeof pageQuery>) {
  const rows = await db().outlet.findMany({
    where: { articles: { some: PUBLIC_ARTICLE }, ...after(query.cursor) },
    orderBy: { id: "asc" },
    take: query.limit + 1,
    select: { id: true, name: true, homepage: true, _count: { select: { articles: { where: PUBLIC_ARTICLE } } } },
  });
  const { items, next } = paged(rows, query.limit);
  return { items: items.map(({ _count, ...o }) => ({ ...o, articles: _count.articles })), next };
}
