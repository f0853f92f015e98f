import "server-only";
import type { Prisma } from "../db/generated/client";
import { db } from "../db/client";
import { notFound } from "../errors";
import { describePublicHistory, type HistoryEntry } from "../history/describe";
import { PUBLIC_EVENT_KINDS } from "../history/events";
import { historyEventSelect, withPayloads } from "../history/queries";
import { PUBLIC_ROW } from "./tx-helpers";

/** The one definition of what the public may read: published claims (not drafts, not withdrawn). */
export const PUBLIC_CLAIM: Prisma.ClaimWhereInput = { visibility: "PUBLIC" };
/** A published claim's quotes as approved: not those added in a pending revision, nor redacted ones. */
export const PUBLIC_QUOTE = { ...PUBLIC_ROW, redactedAt: null } satisfies Prisma.QuoteWhereInput;

import type { ClaimStatus, DatePrecision, SpeakerKind } from "../enums";

export type { ClaimStatus, DatePrecision };
export type DateDto = { on: Date; precision: DatePrecision; inferred: boolean } | null;

/** The figure as every public reader gets it (pages, API). */
export const quantitySelect = {
  value: true,
  low: true,
  high: true,
  unit: true,
  approximate: true,
  asOf: true,
  asOfPrecision: true,
  asOfInferred: true,
  scopePlace: true,
  scopePopulation: true,
  scopeMethod: true,
  measureId: true,
  measure: { select: { name: true, unit: true } },
} satisfies Prisma.ClaimQuantitySelect;

export type QuantityDto = Prisma.ClaimQuantityGetPayload<{ select: typeof quantitySelect }>;

function dateOf(on: Date | null, precision: DatePrecision | null, inferred = false): DateDto {
  return on && precision ? { on, precision, inferred } : null;
}

/** A claim as lists show it (pages and feeds of subjects, people, outlets reuse it). */
export const listSelect = {
  id: true,
  statement: true,
  status: true,
  statedOn: true,
  statedPrecision: true,
  statedInferred: true,
  subject: { select: { slug: true, name: true } },
  speaker: { select: { slug: true, name: true, description: true, kind: true } },
  quantity: { select: quantitySelect },
  quotes: {
    where: PUBLIC_QUOTE,
    select: { articleVersion: { select: { article: { select: { outlet: { select: { name: true } } } } } } },
  },
} satisfies Prisma.ClaimSelect;

type ListRow = Prisma.ClaimGetPayload<{ select: typeof listSelect }>;

export type ClaimSummary = {
  id: string;
  statement: string;
  status: ClaimStatus;
  stated: DateDto;
  subject: { slug: string; name: string };
  speaker: { slug: string; name: string; description: string | null; kind: SpeakerKind } | null;
  quantity: QuantityDto | null;
  outlets: string[];
};

export function toSummary(row: ListRow): ClaimSummary {
  const outlets = row.quotes.map((q) => q.articleVersion.article.outlet?.name ?? "Unknown outlet");
  return {
    id: row.id,
    statement: row.statement,
    status: row.status,
    stated: dateOf(row.statedOn, row.statedPrecision, row.statedInferred),
    subject: row.subject,
    speaker: row.speaker,
    quantity: row.quantity,
    outlets: [...new Set(outlets)].sort(),
  };
}

export const CLAIMS_PAGE_SIZE = 20;

export async function listPublicClaims(filter: { status?: ClaimStatus; page?: number }) {
  const where: Prisma.ClaimWhereInput = { ...PUBLIC_CLAIM, ...(filter.status ? { status: filter.status } : {}) };
  const total = await db().claim.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / CLAIMS_PAGE_SIZE));
  const page = Math.min(Math.max(1, filter.page ?? 1), pageCount);
  const rows = await db().claim.findMany({
    where,
    select: listSelect,
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    skip: (page - 1) * CLAIMS_PAGE_SIZE,
    take: CLAIMS_PAGE_SIZE,
  });
  return { items: rows.map(toSummary), total, page, pageCount };
}

export async function getPublicClaim(id: string) {
  const claim = await db().claim.findFirst({
    where: { id, ...PUBLIC_CLAIM },
    select: {
      ...listSelect,
      statusChangedAt: true,
      createdAt: true,
      publishedAt: true,
      correctedAt: true,
      quotes: {
        where: PUBLIC_QUOTE,
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          exact: true,
          articleVersion: {
            select: {
              number: true,
              article: {
                select: {
                  id: true,
                  headline: true,
                  // The newest version: a quote still on an older one awaits re-anchoring.
                  versions: { orderBy: { number: "desc" }, take: 1, select: { number: true, createdAt: true } },
                  publishedOn: true,
                  publishedPrecision: true,
                  publishedInferred: true,
                  url: true,
                  outlet: { select: { slug: true, name: true, homepage: true } },
                },
              },
            },
          },
        },
      },
      evidence: {
        where: PUBLIC_ROW,
        orderBy: { createdAt: "asc" },
        select: { id: true, kind: true, url: true, title: true, archivedUrl: true, archivedAt: true, note: true },
      },
      linksFrom: {
        where: { toClaim: PUBLIC_CLAIM, ...PUBLIC_ROW },
        select: { type: true, note: true, toClaim: { select: listSelect } },
      },
      linksTo: {
        where: { fromClaim: PUBLIC_CLAIM, ...PUBLIC_ROW },
        select: { type: true, note: true, fromClaim: { select: listSelect } },
      },
    },
  });
  if (!claim) throw notFound("That claim");

  // The other figures of the same measure (never "8 operations" beside "50 hiding places"), the
  // most recent first and at most FIGURES_SHOWN of them, however many the subject has.
  const measureId = claim.quantity?.measureId ?? null;
  const [sameMeasure, history] = await Promise.all([
    measureId
      ? db()
          .claimQuantity.findMany({
            // From the figures' side, in the order of their index: the LIMIT stops the scan.
            where: { measureId, claim: PUBLIC_CLAIM },
            select: { claim: { select: listSelect } },
            orderBy: [{ asOf: { sort: "desc", nulls: "last" } }, { id: "asc" }],
            take: FIGURES_SHOWN + 1,
          })
          .then((rows) => rows.map((row) => row.claim))
      : Promise.resolve([]),
    publicHistory(id),
  ]);
  const figureRows = sameMeasure.slice(0, FIGURES_SHOWN);
  if (!figureRows.some((f) => f.id === claim.id) && claim.quantity) figureRows.push(claim);

  return {
    ...toSummary(claim),
    statusChangedAt: claim.statusChangedAt,
    publishedAt: claim.publishedAt,
    correctedAt: claim.correctedAt,
    quotes: claim.quotes.map((q) => ({
      id: q.id,
      exact: q.exact,
      article: {
        id: q.articleVersion.article.id,
        headline: q.articleVersion.article.headline,
        url: q.articleVersion.article.url,
        outlet: q.articleVersion.article.outlet?.name ?? null,
        outletSlug: q.articleVersion.article.outlet?.slug ?? null,
        outletHomepage: q.articleVersion.article.outlet?.homepage ?? null,
        published: dateOf(
          q.articleVersion.article.publishedOn,
          q.articleVersion.article.publishedPrecision,
          q.articleVersion.article.publishedInferred,
        ),
      },
      // The article's text was corrected after this quote was approved, and it is not yet re-confirmed.
      articleCorrectedAt:
        (q.articleVersion.article.versions[0]?.number ?? 0) > q.articleVersion.number
          ? q.articleVersion.article.versions[0].createdAt
          : null,
    })),
    evidence: claim.evidence,
    // "outgoing": this claim <type> the other ("updates"); "incoming": the other <type> this one.
    links: [
      ...claim.linksFrom.map((l) => ({
        type: l.type,
        note: l.note,
        direction: "outgoing" as const,
        other: toSummary(l.toClaim),
      })),
      ...claim.linksTo.map((l) => ({
        type: l.type,
        note: l.note,
        direction: "incoming" as const,
        other: toSummary(l.fromClaim),
      })),
    ],
    figures: figureRows.map(toSummary).sort((a, b) => figureTime(a) - figureTime(b)),
    /** More figures of this measure exist than are shown. */
    moreFigures: sameMeasure.length > FIGURES_SHOWN,
    history: history.entries,
    /** Earlier public history exists than is shown (the whole is at /claims/<id>/history.json). */
    earlierHistory: history.earlier,
  };
}

/**
 * Figures of one measure shown on a claim page, and public history entries (the whole history is
 * in history.json). 50 entries made a long history's page 70–90 KB, three times a typical claim's,
 * and its cache miss 165 ms p95 at 100,000 claims.
 */
export const FIGURES_SHOWN = 24;
export const HISTORY_SHOWN = 20;

function figureTime(c: ClaimSummary): number {
  return (c.quantity?.asOf ?? c.stated?.on ?? new Date(0)).getTime();
}

export type PublicClaim = Awaited<ReturnType<typeof getPublicClaim>>;

/**
 * A withdrawn claim, for its 410 page: what it said, when and why it was withdrawn, by whom, and
 * its public history. Anything else (a draft, a published claim) is not found here.
 */
export async function getWithdrawnClaim(id: string) {
  const claim = await db().claim.findFirst({
    where: { id, visibility: "WITHDRAWN" },
    select: {
      id: true,
      statement: true,
      status: true,
      withdrawnAt: true,
      withdrawalReason: true,
      reviews: {
        where: { kind: "WITHDRAWAL", state: "APPROVED" },
        orderBy: { decidedAt: "desc" },
        take: 1,
        select: { reviewer: { select: { name: true } }, publicSummary: true },
      },
    },
  });
  if (!claim) throw notFound("That claim");
  const { reviews, ...rest } = claim;
  return {
    ...rest,
    withdrawnBy: reviews[0]?.reviewer?.name ?? null,
    history: (await publicHistory(id)).entries,
  };
}

export type WithdrawnClaim = Awaited<ReturnType<typeof getWithdrawnClaim>>;

/** Whether a claim id is withdrawn: the proxy answers its URL with the 410 page. */
export async function isWithdrawnClaim(id: string): Promise<boolean> {
  return (await db().claim.count({ where: { id, visibility: "WITHDRAWN" } })) > 0;
}

/**
 * The public history, newest HISTORY_SHOWN entries (oldest first): only the kinds the public reads
 * are loaded, so a claim with 2,000 staff comments costs what a claim with none does.
 */
async function publicHistory(
  claimId: string,
  limit = HISTORY_SHOWN,
): Promise<{ entries: HistoryEntry[]; earlier: boolean }> {
  const rows = await db().claimEvent.findMany({
    where: { claimId, kind: { in: [...PUBLIC_EVENT_KINDS] } },
    orderBy: { seq: "desc" },
    take: limit + 1,
    select: historyEventSelect,
  });
  const events = await withPayloads(db(), rows.slice(0, limit).reverse());
  const linked = linkedClaimIds(events);
  const publicClaims =
    linked.length === 0
      ? []
      : await db().claim.findMany({
          where: { id: { in: linked }, ...PUBLIC_CLAIM },
          select: { id: true, statement: true },
        });
  return {
    entries: describePublicHistory(events, new Map(publicClaims.map((c) => [c.id, c.statement]))),
    earlier: rows.length > limit,
  };
}

/** The other claims an event history mentions (links, and links added or removed by corrections). */
export function linkedClaimIds(events: { payload: unknown }[]): string[] {
  return events.flatMap((e) => {
    const payload = e.payload as { otherClaimId?: unknown; items?: { otherClaimId?: unknown }[] } | null;
    const ids = [
      payload?.otherClaimId,
      ...(Array.isArray(payload?.items) ? payload.items.map((i) => i?.otherClaimId) : []),
    ];
    return ids.filter((id): id is string => typeof id === "string");
  });
}

export async function listRecentDecisions(limit = 8) {
  const reviews = await db().review.findMany({
    where: { state: "APPROVED", resultStatus: { not: null }, claim: PUBLIC_CLAIM },
    orderBy: { decidedAt: "desc" },
    take: limit,
    select: {
      id: true,
      fromStatus: true,
      resultStatus: true,
      decidedAt: true,
      reviewer: { select: { name: true } },
      claim: { select: { id: true, statement: true } },
    },
  });
  return reviews.map((r) => ({
    id: r.id,
    from: r.fromStatus,
    to: r.resultStatus!,
    decidedAt: r.decidedAt,
    reviewer: r.reviewer?.name ?? null,
    claim: r.claim,
  }));
}

export async function listTopSubjects(limit = 8) {
  const counts = await db().claim.groupBy({
    by: ["subjectId"],
    where: PUBLIC_CLAIM,
    _count: { _all: true },
    orderBy: { _count: { subjectId: "desc" } },
    take: limit,
  });
  const subjects = await db().subject.findMany({
    where: { id: { in: counts.map((c) => c.subjectId) } },
    select: { id: true, slug: true, name: true, description: true },
  });
  const byId = new Map(subjects.map((s) => [s.id, s]));
  return counts
    .map((c) => ({ ...byId.get(c.subjectId)!, claimCount: c._count._all }))
    .sort((a, b) => b.claimCount - a.claimCount || a.name.localeCompare(b.name));
}
