import "server-only";
import { db } from "../db/client";
import type { ClaimSearchQuery } from "./schema";

/**
 * Outlets of public quotes, for the search form's select: a few hundred at most, so a select;
 * found through btree joins that stop at the first public quote, since a GIN probe of
 * ClaimSearch.outletIds per outlet builds each outlet's whole bitmap (128 ms at 100,000 claims).
 * The same for every search: the page reads it through Next's data cache (lib/cache/data.ts).
 */
export function publicOutlets() {
  return db().$queryRaw<{ id: string; name: string }[]>`
    SELECT o.id, o.name FROM "Outlet" o
     WHERE EXISTS (
       SELECT 1 FROM "Article" a
         JOIN "ArticleVersion" v ON v."articleId" = a.id
         JOIN "Quote" q ON q."articleVersionId" = v.id
         JOIN "ClaimSearch" s ON s."claimId" = q."claimId"
        WHERE a."outletId" = o.id AND q."pendingChange" IN ('NONE', 'REMOVE') AND q."redactedAt" IS NULL)
     ORDER BY o.name`;
}

/**
 * What the search form offers and names: the outlets of public quotes (`outlets`, above unless the
 * caller passes a cached copy), and the names of the subject and speaker a query filters on, when
 * they have public claims (subjects and people run into the thousands: they are set from a
 * result's links, never listed whole; one statement, only when a filter is set).
 */
export async function searchFacets(
  query: ClaimSearchQuery,
  outletsOf: () => Promise<{ id: string; name: string }[]> = publicOutlets,
) {
  const [outlets, rows] = await Promise.all([
    outletsOf(),
    query.subject || query.speaker
      ? db().$queryRaw<{ kind: "subject" | "speaker"; name: string }[]>`
          SELECT 'subject' AS kind, sj.name FROM "Subject" sj
           WHERE sj.id = ${query.subject ?? null}::text
             AND EXISTS (SELECT 1 FROM "Claim" c WHERE c."subjectId" = sj.id AND c.visibility = 'PUBLIC')
          UNION ALL
          SELECT 'speaker', p.name FROM "Person" p
           WHERE p.id = ${query.speaker ?? null}::text
             AND EXISTS (SELECT 1 FROM "Claim" c WHERE c."speakerId" = p.id AND c.visibility = 'PUBLIC')`
      : Promise.resolve([]),
  ]);
  return {
    outlets,
    names: {
      subject: rows.find((r) => r.kind === "subject")?.name ?? null,
      speaker: rows.find((r) => r.kind === "speaker")?.name ?? null,
      outlet: outlets.find((o) => o.id === query.outlet)?.name ?? null,
    },
  };
}
