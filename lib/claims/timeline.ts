import "server-only";
import type { Prisma } from "../db/generated/client";
import { db } from "../db/client";
import { listSelect, PUBLIC_CLAIM, toSummary, type ClaimSummary } from "./queries";

/**
 * A public list of claims over time (a person's, a subject's), newest statement first, claims with
 * no known date last, paged by keyset on (statedOn, id): a page costs the same however deep it is.
 * The cursor is the id of the last claim of the previous page.
 */
export const TIMELINE_PAGE_SIZE = 30;

export const TIMELINE_ORDER: Prisma.ClaimOrderByWithRelationInput[] = [
  { statedOn: { sort: "desc", nulls: "last" } },
  { id: "desc" },
];

/** Claims after `cursor` in TIMELINE_ORDER. */
export function afterClaim(cursor: { id: string; statedOn: Date | null }): Prisma.ClaimWhereInput {
  return cursor.statedOn
    ? {
        OR: [
          { statedOn: { lt: cursor.statedOn } },
          { statedOn: cursor.statedOn, id: { lt: cursor.id } },
          { statedOn: null },
        ],
      }
    : { statedOn: null, id: { lt: cursor.id } };
}

export type TimelinePage = { items: ClaimSummary[]; next: string | null };

export function timelinePage(rows: Prisma.ClaimGetPayload<{ select: typeof listSelect }>[]): TimelinePage {
  const items = rows.slice(0, TIMELINE_PAGE_SIZE).map(toSummary);
  return { items, next: rows.length > TIMELINE_PAGE_SIZE ? items[items.length - 1].id : null };
}

/** The cursor claim, if it is a public claim of this list (anything else: the list's first page). */
export async function timelineCursor(where: Prisma.ClaimWhereInput, id: string | undefined) {
  if (!id) return null;
  return db().claim.findFirst({ where: { id, ...PUBLIC_CLAIM, ...where }, select: { id: true, statedOn: true } });
}
