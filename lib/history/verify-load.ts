import type { BatchClaim, BatchEvent } from "./verify-batch";

/**
 * Reads one batch of claims, their events and their stored content for `history:verify`, in plain
 * SQL (three statements), with dates read as the UTC instants Prisma gives the app. Shared by the
 * in-process check (on the app's pool) and the worker threads (each on its own connection).
 */
export type Query = (sql: string, params: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>;

const iso = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;
const day = (v: unknown) => (v === null ? null : new Date(`${String(v)}T00:00:00.000Z`));

export async function loadBatch(query: Query, ids: string[]) {
  const [claims, events, contents] = await Promise.all([
    query(
      `SELECT c.id, c.status::text, c.visibility::text, c.version, c.statement, c."subjectId", c."speakerId",
         c."statedOn"::text AS "statedOn", c."statedPrecision"::text AS "statedPrecision", c."statedInferred",
         q."claimId" AS "hasQuantity", q.value, q.low, q.high, q.unit, q.approximate, q."asOf"::text AS "asOf",
         q."asOfPrecision"::text AS "asOfPrecision", q."asOfInferred", q."scopePlace", q."scopePopulation",
         q."scopeMethod", q."measureId"
       FROM "Claim" c LEFT JOIN "ClaimQuantity" q ON q."claimId" = c.id WHERE c.id = ANY($1::text[])`,
      [ids],
    ),
    query(
      `SELECT "claimId", seq, kind::text, "actorId", to_char("createdAt", ${iso}) AS "createdAt", payload,
         "prevHash", hash, format, "contentHash", tag, "keyId"
       FROM "ClaimEvent" WHERE "claimId" = ANY($1::text[]) ORDER BY "claimId", seq`,
      [ids],
    ),
    query(`SELECT hash, payload FROM "ClaimEventContent" WHERE "claimId" = ANY($1::text[])`, [ids]),
  ]);
  return {
    claims: claims.rows.map((r): BatchClaim => ({
      id: r.id as string,
      status: r.status as string,
      visibility: r.visibility as string,
      version: r.version as number,
      statement: r.statement as string,
      subjectId: r.subjectId as string,
      speakerId: r.speakerId as string | null,
      statedOn: day(r.statedOn),
      statedPrecision: r.statedPrecision as BatchClaim["statedPrecision"],
      statedInferred: r.statedInferred as boolean,
      quantity:
        r.hasQuantity === null
          ? null
          : {
              value: r.value as number | null,
              low: r.low as number | null,
              high: r.high as number | null,
              unit: r.unit as string,
              approximate: r.approximate as boolean,
              asOf: day(r.asOf),
              asOfPrecision: r.asOfPrecision as BatchClaim["statedPrecision"],
              asOfInferred: r.asOfInferred as boolean,
              scopePlace: r.scopePlace as string | null,
              scopePopulation: r.scopePopulation as string | null,
              scopeMethod: r.scopeMethod as string | null,
              measureId: r.measureId as string | null,
            },
    })),
    // The rows already have the events' shape: only the date needs converting, in place (a copy
    // of every event was a tenth of the check's garbage).
    events: events.rows.map((r) => {
      r.createdAt = new Date(r.createdAt as string);
      return r as BatchEvent;
    }),
    contents: contents.rows as { hash: string; payload: unknown }[],
  };
}
