import "server-only";
import { listSelect, PUBLIC_CLAIM, PUBLIC_QUOTE, type ClaimStatus, type DateDto } from "../claims/queries";
import { afterClaim, TIMELINE_ORDER, TIMELINE_PAGE_SIZE, timelineCursor, timelinePage } from "../claims/timeline";
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { notFound } from "../errors";

/**
 * Measures charted on a subject page, and figures per measure (the most recent ones; the API
 * pages through all of them). Each figure is a chart mark, a table row and their share of the
 * page's RSC payload, about 2.7 KB in all, and rendering them is most of a cache miss: at 100,000
 * claims, 30 a measure made a hot subject's page 300 KB (miss 180 ms p95), 20 224 KB, 12 169 KB.
 */
export const MEASURES_SHOWN = 12;
export const FIGURES_PER_MEASURE = 12;

const figureClaimSelect = {
  id: true,
  statement: true,
  status: true,
  speaker: { select: { slug: true, name: true } },
  quotes: {
    where: PUBLIC_QUOTE,
    select: { articleVersion: { select: { article: { select: { outlet: { select: { name: true } } } } } } },
  },
} satisfies Prisma.ClaimSelect;

const figureSelect = {
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
  claim: { select: figureClaimSelect },
} satisfies Prisma.ClaimQuantitySelect;

type FigureRow = Prisma.ClaimQuantityGetPayload<{ select: typeof figureSelect }>;

/** One figure as the subject chart and table show it. */
export type Figure = {
  claim: { id: string; statement: string; status: ClaimStatus };
  speaker: { slug: string; name: string } | null;
  outlets: string[];
  value: number | null;
  low: number | null;
  high: number | null;
  unit: string;
  approximate: boolean;
  asOf: DateDto;
  scopePlace: string | null;
  scopePopulation: string | null;
  scopeMethod: string | null;
};

function toFigure(row: FigureRow): Figure {
  const { claim, asOf, asOfPrecision, asOfInferred, ...q } = row;
  const outlets = claim.quotes.map((x) => x.articleVersion.article.outlet?.name ?? "Unknown outlet");
  return {
    ...q,
    claim: { id: claim.id, statement: claim.statement, status: claim.status },
    speaker: claim.speaker,
    outlets: [...new Set(outlets)].sort(),
    asOf: asOf && asOfPrecision ? { on: asOf, precision: asOfPrecision, inferred: asOfInferred } : null,
  };
}

/** Oldest first, figures with no as-of date last (the chart leaves them out; the table lists them). */
function byAsOf(a: Figure, b: Figure): number {
  return (
    (a.asOf?.on.getTime() ?? Infinity) - (b.asOf?.on.getTime() ?? Infinity) || a.claim.id.localeCompare(b.claim.id)
  );
}

const PUBLIC_FIGURE = { claim: PUBLIC_CLAIM } satisfies Prisma.ClaimQuantityWhereInput;

/**
 * A subject's public page: for each measure, its published figures (the FIGURES_PER_MEASURE most
 * recent, oldest first, for the chart and its table), and the subject's published claims over
 * time, a keyset page of them (`before`, a claim id, for an earlier page). A subject with no
 * published claim is not found, like an unknown slug. Figures recorded before measures existed
 * are grouped by unit. Three statements run at once (four with `before`), however many claims or figures it has.
 */
export async function getPublicSubject(slug: string, before?: string) {
  const cursor = await timelineCursor({ subject: { slug } }, before);
  if (before && !cursor) throw notFound("That page");
  // Three statements at once, each on its own connection: one statement nesting all three was
  // 15–30 ms of planning alone for a hot subject, on top of running them one after another.
  const [subject, measures, unmeasured] = await Promise.all([
    db().subject.findUnique({
      where: { slug },
      select: {
        id: true,
        slug: true,
        name: true,
        description: true,
        _count: { select: { claims: { where: PUBLIC_CLAIM } } },
        claims: {
          where: { ...PUBLIC_CLAIM, ...(cursor ? afterClaim(cursor) : {}) },
          orderBy: TIMELINE_ORDER,
          take: TIMELINE_PAGE_SIZE + 1,
          select: listSelect,
        },
      },
    }),
    db().measure.findMany({
      where: { subject: { slug }, quantities: { some: PUBLIC_FIGURE } },
      orderBy: { name: "asc" },
      take: MEASURES_SHOWN,
      select: {
        id: true,
        slug: true,
        name: true,
        unit: true,
        _count: { select: { quantities: { where: PUBLIC_FIGURE } } },
        quantities: {
          where: PUBLIC_FIGURE,
          orderBy: [{ asOf: { sort: "desc", nulls: "last" } }, { id: "asc" }],
          take: FIGURES_PER_MEASURE,
          select: figureSelect,
        },
      },
    }),
    db().claimQuantity.findMany({
      where: { measureId: null, claim: { ...PUBLIC_CLAIM, subject: { slug } } },
      orderBy: [{ asOf: { sort: "desc", nulls: "last" } }, { id: "asc" }],
      take: FIGURES_PER_MEASURE,
      select: figureSelect,
    }),
  ]);
  if (!subject || subject._count.claims === 0) throw notFound("That subject");
  const { claims, _count, ...rest } = subject;
  const byUnit = new Map<string, Figure[]>();
  for (const row of unmeasured) byUnit.set(row.unit, [...(byUnit.get(row.unit) ?? []), toFigure(row)]);
  return {
    ...rest,
    claimCount: _count.claims,
    measures: [
      ...measures.map((m) => ({
        key: m.slug,
        name: m.name,
        unit: m.unit,
        figureCount: m._count.quantities,
        figures: m.quantities.map(toFigure).sort(byAsOf),
      })),
      ...[...byUnit].map(([unit, figures]) => ({
        key: `unit-${unit}`,
        name: `Figures in ${unit} (no measure named yet)`,
        unit,
        figureCount: figures.length,
        figures: figures.sort(byAsOf),
      })),
    ],
    claims: timelinePage(claims),
  };
}

export type PublicSubject = Awaited<ReturnType<typeof getPublicSubject>>;
export type SubjectMeasure = PublicSubject["measures"][number];

export const SUBJECTS_PAGE_SIZE = 50;

/**
 * Subjects with at least one published claim, by slug, SUBJECTS_PAGE_SIZE a page, keyset after
 * the slug `after`; each with its number of published claims. One statement.
 */
export async function listPublicSubjects(after?: string) {
  const rows = await db().subject.findMany({
    where: { claims: { some: PUBLIC_CLAIM }, ...(after ? { slug: { gt: after } } : {}) },
    orderBy: { slug: "asc" },
    take: SUBJECTS_PAGE_SIZE + 1,
    select: {
      slug: true,
      name: true,
      description: true,
      _count: { select: { claims: { where: PUBLIC_CLAIM } } },
    },
  });
  const items = rows.slice(0, SUBJECTS_PAGE_SIZE).map(({ _count, ...s }) => ({ ...s, claimCount: _count.claims }));
  return { items, next: rows.length > SUBJECTS_PAGE_SIZE ? items[items.length - 1].slug : null };
}
