import "server-only";
import type { Prisma } from "../db/generated/client";
import { db } from "../db/client";
import { notFound } from "../errors";
import { describePublicHistory, type HistoryEntry } from "../history/describe";

/** The one definition of what the public may read. */
export const PUBLIC_CLAIM: Prisma.ClaimWhereInput = { visibility: "PUBLIC" };

export type ClaimStatus = "UNVERIFIED" | "CORROBORATED" | "CONFLICTING";
export type DatePrecision = "DAY" | "MONTH" | "YEAR";
export type DateDto = { on: Date; precision: DatePrecision; inferred: boolean } | null;

const quantitySelect = {
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
} satisfies Prisma.ClaimQuantitySelect;

export type QuantityDto = Prisma.ClaimQuantityGetPayload<{ select: typeof quantitySelect }>;

function dateOf(on: Date | null, precision: DatePrecision | null, inferred = false): DateDto {
  return on && precision ? { on, precision, inferred } : null;
}

const listSelect = {
  id: true,
  statement: true,
  status: true,
  statedOn: true,
  statedPrecision: true,
  statedInferred: true,
  subject: { select: { slug: true, name: true } },
  speaker: { select: { name: true, description: true } },
  quantity: { select: quantitySelect },
  quotes: { select: { articleVersion: { select: { article: { select: { outlet: { select: { name: true } } } } } } } },
} satisfies Prisma.ClaimSelect;

type ListRow = Prisma.ClaimGetPayload<{ select: typeof listSelect }>;

export type ClaimSummary = {
  id: string;
  statement: string;
  status: ClaimStatus;
  stated: DateDto;
  subject: { slug: string; name: string };
  speaker: { name: string; description: string | null } | null;
  quantity: QuantityDto | null;
  outlets: string[];
};

function toSummary(row: ListRow): ClaimSummary {
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
      quotes: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          exact: true,
          articleVersion: {
            select: {
              article: {
                select: {
                  id: true,
                  headline: true,
                  publishedOn: true,
                  publishedPrecision: true,
                  publishedInferred: true,
                  outlet: { select: { name: true } },
                },
              },
            },
          },
        },
      },
      evidence: {
        orderBy: { createdAt: "asc" },
        select: { id: true, kind: true, url: true, title: true, archivedUrl: true, archivedAt: true, note: true },
      },
      linksFrom: {
        where: { toClaim: PUBLIC_CLAIM },
        select: { type: true, note: true, toClaim: { select: listSelect } },
      },
      linksTo: {
        where: { fromClaim: PUBLIC_CLAIM },
        select: { type: true, note: true, fromClaim: { select: listSelect } },
      },
    },
  });
  if (!claim) throw notFound("That claim");

  const sameSubject = await db().claim.findMany({
    where: { ...PUBLIC_CLAIM, subject: { slug: claim.subject.slug }, quantity: { isNot: null } },
    select: listSelect,
  });

  return {
    ...toSummary(claim),
    statusChangedAt: claim.statusChangedAt,
    quotes: claim.quotes.map((q) => ({
      id: q.id,
      exact: q.exact,
      article: {
        id: q.articleVersion.article.id,
        headline: q.articleVersion.article.headline,
        outlet: q.articleVersion.article.outlet?.name ?? null,
        published: dateOf(
          q.articleVersion.article.publishedOn,
          q.articleVersion.article.publishedPrecision,
          q.articleVersion.article.publishedInferred,
        ),
      },
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
    figures: sameSubject.map(toSummary).sort((a, b) => figureTime(a) - figureTime(b)),
    history: await publicHistory(id),
  };
}

function figureTime(c: ClaimSummary): number {
  return (c.quantity?.asOf ?? c.stated?.on ?? new Date(0)).getTime();
}

export type PublicClaim = Awaited<ReturnType<typeof getPublicClaim>>;

async function publicHistory(claimId: string): Promise<HistoryEntry[]> {
  const events = await db().claimEvent.findMany({
    where: { claimId },
    orderBy: { seq: "asc" },
    select: { seq: true, kind: true, payload: true, createdAt: true, actor: { select: { name: true } } },
  });
  const linked = events.flatMap((e) => {
    const payload = e.payload as { otherClaimId?: unknown };
    return typeof payload?.otherClaimId === "string" ? [payload.otherClaimId] : [];
  });
  const publicClaims = await db().claim.findMany({
    where: { id: { in: linked }, ...PUBLIC_CLAIM },
    select: { id: true, statement: true },
  });
  return describePublicHistory(events, new Map(publicClaims.map((c) => [c.id, c.statement])));
}

export async function listRecentDecisions(limit = 8) {
  const reviews = await db().review.findMany({
    where: { state: "APPROVED", claim: PUBLIC_CLAIM },
    orderBy: { decidedAt: "desc" },
    take: limit,
    select: {
      id: true,
      fromStatus: true,
      toStatus: true,
      decidedAt: true,
      reviewer: { select: { name: true } },
      claim: { select: { id: true, statement: true } },
    },
  });
  return reviews.map((r) => ({
    id: r.id,
    from: r.fromStatus,
    to: r.toStatus,
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
