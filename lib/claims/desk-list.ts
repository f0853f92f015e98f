import "server-only";
import { z } from "zod";
import { assertCan, type Actor } from "../auth/actor";
import { db } from "../db/client";
import { ClaimStatus, Visibility, type Prisma } from "../db/generated/client";
import { awaitingDecisionBy } from "../reviews/awaiting";

/**
 * The desk's claims list (/desk/claims): every claim staff can work on, internal drafts and claims
 * with no quote included, newest first, a page at a time by keyset, so the thousandth page costs
 * what the first does (the (createdAt, id) index). Staff only, checked here.
 */
export const DESK_CLAIMS_PAGE_SIZE = 50;

type Params = Record<string, string | string[] | undefined>;

/** The filters as the GET form sends them. */
export type DeskClaimFilters = {
  q: string;
  status?: ClaimStatus;
  visibility?: Visibility;
  pending: boolean;
  noQuote: boolean;
  mine: boolean;
  review: boolean;
  after?: string;
};

const statusSchema = z.enum(ClaimStatus);
const visibilitySchema = z.enum(Visibility);

/** Reads the filters from the URL: anything unknown or malformed is ignored, never an error. */
export function parseDeskClaimFilters(params: Params): DeskClaimFilters {
  const one = (key: string) => {
    const value = params[key];
    return Array.isArray(value) ? value[0] : value;
  };
  // A checkbox sends its value only when ticked: any value counts as "on".
  const flag = (key: string) => Boolean(one(key));
  return {
    q: (one("q") ?? "").trim().slice(0, 200),
    status: statusSchema.safeParse(one("status")).data,
    visibility: visibilitySchema.safeParse(one("visibility")).data,
    pending: flag("pending"),
    noQuote: flag("noQuote"),
    mine: flag("mine"),
    review: flag("review"),
    after: one("after"),
  };
}

/** A list position: the last claim shown, as "<createdAt ISO>_<id>" (newest first). */
function parseCursor(cursor: string | undefined) {
  const match = cursor ? /^(\d{4}-\d{2}-\d{2}T[\d:.]+Z)_([A-Za-z0-9_-]+)$/.exec(cursor) : null;
  if (!match || Number.isNaN(Date.parse(match[1]))) return null;
  return { createdAt: new Date(match[1]), id: match[2] };
}

function whereOf(actor: Actor, f: DeskClaimFilters): Prisma.ClaimWhereInput[] {
  const words = f.q.split(/\s+/).filter(Boolean).slice(0, 6);
  const awaiting = f.review ? awaitingDecisionBy(actor) : undefined;
  return [
    ...words.map((w) => ({ statement: { contains: w, mode: "insensitive" as const } })),
    f.status ? { status: f.status } : {},
    f.visibility ? { visibility: f.visibility } : {},
    f.pending ? { reviews: { some: { state: "PENDING" as const } } } : {},
    f.noQuote ? { quotes: { none: {} } } : {},
    f.mine ? { createdById: actor.id } : {},
    // A role that decides nothing has nothing waiting for it: an empty list, not an error.
    f.review ? (awaiting ? { reviews: { some: awaiting } } : { id: { in: [] } }) : {},
  ];
}

export async function listDeskClaims(actor: Actor, filters: DeskClaimFilters) {
  assertCan(actor, "read:internal");
  const after = parseCursor(filters.after);
  const where = whereOf(actor, filters);
  const rows = await db().claim.findMany({
    where: {
      AND: [
        ...where,
        after
          ? {
              OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }],
            }
          : {},
      ],
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: DESK_CLAIMS_PAGE_SIZE + 1,
    select: {
      id: true,
      statement: true,
      status: true,
      visibility: true,
      createdAt: true,
      subject: { select: { name: true } },
      speaker: { select: { name: true } },
      createdBy: { select: { name: true } },
      _count: { select: { quotes: true } },
      reviews: { where: { state: "PENDING" }, select: { kind: true } },
    },
  });
  const page = rows.slice(0, DESK_CLAIMS_PAGE_SIZE);
  const last = page.at(-1);
  return {
    claims: page.map((c) => ({
      id: c.id,
      statement: c.statement,
      status: c.status,
      visibility: c.visibility,
      createdAt: c.createdAt,
      subject: c.subject.name,
      speaker: c.speaker?.name ?? null,
      createdBy: c.createdBy.name,
      quoteCount: c._count.quotes,
      pendingKind: c.reviews[0]?.kind ?? null,
    })),
    next: rows.length > DESK_CLAIMS_PAGE_SIZE && last ? `${last.createdAt.toISOString()}_${last.id}` : null,
    isFirstPage: !after,
  };
}

export type DeskClaimRow = Awaited<ReturnType<typeof listDeskClaims>>["claims"][number];
