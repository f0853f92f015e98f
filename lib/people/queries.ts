import "server-only";
import { listSelect, PUBLIC_CLAIM } from "../claims/queries";
import { afterClaim, TIMELINE_ORDER, TIMELINE_PAGE_SIZE, timelineCursor, timelinePage } from "../claims/timeline";
import { db } from "../db/client";
import { notFound } from "../errors";

/**
 * A speaker's public page: who they are and what they claimed, newest first (a page of
 * TIMELINE_PAGE_SIZE; `before` is the keyset cursor of an earlier page). A person with no
 * published claim is not found, exactly like an unknown slug: drafts never show. Two statements
 * at most (the cursor, then the person with the page of claims).
 */
export async function getPublicPerson(slug: string, before?: string) {
  const cursor = await timelineCursor({ speaker: { slug } }, before);
  if (before && !cursor) throw notFound("That page");
  const person = await db().person.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      kind: true,
      description: true,
      _count: { select: { claims: { where: PUBLIC_CLAIM } } },
      claims: {
        where: { ...PUBLIC_CLAIM, ...(cursor ? afterClaim(cursor) : {}) },
        orderBy: TIMELINE_ORDER,
        take: TIMELINE_PAGE_SIZE + 1,
        select: listSelect,
      },
    },
  });
  if (!person || person._count.claims === 0) throw notFound("That person");
  const { claims, _count, ...rest } = person;
  return { ...rest, claimCount: _count.claims, claims: timelinePage(claims) };
}

export type PublicPerson = Awaited<ReturnType<typeof getPublicPerson>>;
