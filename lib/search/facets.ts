import "server-only";
import { db } from "../db/client";
import type { ClaimSearchQuery } from "./schema";

/**
 * What the search form offers and names: outlets of public quotes (a few hundred at most, so a
 * select; found through btree joins that stop at the first public quote, since a GIN probe of
 * ClaimSearch.outletIds per outlet builds each outlet's whole bitmap: 128 ms at 100,000 claims), and the names of the subject, speaker and outlet a query filters on (subjects and
 * people run into the thousands: they are set from a result's links, never listed whole).
 */
export async function searchFacets(query: ClaimSearchQuery) {
  const [outlets, subject, speaker] = await Promise.all([
    db().$queryRaw<{ id: string; name: string }[]>`
      SELECT o.id, o.name FROM "Outlet" o
       WHERE EXISTS (
         SELECT 1 FROM "Article" a
           JOIN "ArticleVersion" v ON v."articleId" = a.id
           JOIN "Quote" q ON q."articleVersionId" = v.id
           JOIN "ClaimSearch" s ON s."claimId" = q."claimId"
          WHERE a."outletId" = o.id AND q."pendingChange" IN ('NONE', 'REMOVE') AND q."redactedAt" IS NULL)
       ORDER BY o.name`,
    query.subject
      ? db().subject.findFirst({
          where: { id: query.subject, claims: { some: { visibility: "PUBLIC" } } },
          select: { name: true },
        })
      : null,
    query.speaker
      ? db().person.findFirst({
          where: { id: query.speaker, claims: { some: { visibility: "PUBLIC" } } },
          select: { name: true },
        })
      : null,
  ]);
  return {
    outlets,
    names: {
      subject: subject?.name ?? null,
      speaker: speaker?.name ?? null,
      outlet: outlets.find((o) => o.id === query.outlet)?.name ?? null,
    },
  };
}
