import type { BatchClaim, BatchEvent } from "./verify-batch";

/**
 * Reads one batch for `history:verify`: the claims whose ids fall in a range, with every event
 * whose claim id falls in it and each event's stored content, in plain SQL (two statements), with
 * dates read as the UTC instants Prisma gives the app. Shared by the in-process check (on the
 * app's pool) and the worker threads (each on its own connections).
 *
 * A range of ids, not a list: PostgreSQL then reads each table in index order (a range scan and a
 * hash join) instead of probing the index once per claim and sorting, which cost 2.5 times the
 * CPU on the same cores as the hashing; and events whose claim row is gone fall into some range,
 * so the check sees them without a separate walk over the whole table.
 */
export type Query = (sql: string, params: unknown[]) => Promise<{ rows: unknown[][] }>;

/** Claim ids after `after` up to and including `upTo`; null: unbounded on that side. */
export type BatchRange = { after: string | null; upTo: string | null };

/** to_char's format for a timestamp(3) column as the UTC instant Prisma reads it as. */
export const ISO_INSTANT = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;
const day = (v: unknown) => (v === null ? null : new Date(`${String(v)}T00:00:00.000Z`));

/** `column` in the range, as SQL with $1 (after) and $2 (upTo), and the parameters to pass. */
function inRange(column: string, { after, upTo }: BatchRange) {
  const lower = after === null ? "$1::text IS NULL" : `${column} > $1`;
  const upper = upTo === null ? "$2::text IS NULL" : `${column} <= $2`;
  return `${lower} AND ${upper}`;
}

export async function loadBatch(query: Query, range: BatchRange) {
  const params = [range.after, range.upTo];
  const [claims, events] = await Promise.all([
    query(
      `SELECT c.id, c.status::text, c.visibility::text, c.version, c.statement, c."subjectId", c."speakerId",
         c."statedOn"::text, c."statedPrecision"::text, c."statedInferred",
         q."claimId", q.value, q.low, q.high, q.unit, q.approximate, q."asOf"::text,
         q."asOfPrecision"::text, q."asOfInferred", q."scopePlace", q."scopePopulation", q."scopeMethod", q."measureId"
       FROM "Claim" c LEFT JOIN "ClaimQuantity" q ON q."claimId" = c.id AND ${inRange(`q."claimId"`, range)}
       WHERE ${inRange("c.id", range)}`,
      params,
    ),
    // The content is matched by its hash among the rows of the same claim (the range condition
    // on both sides lets the planner hash-join two range scans rather than probe once per event).
    // As text: SQL NULL is a missing row, the text "null" a stored JSON null.
    query(
      `SELECT e."claimId", e.seq, e.kind::text, e."actorId", to_char(e."createdAt", ${ISO_INSTANT}), e.payload,
         e."prevHash", e.hash, e.format, e."contentHash", e.tag, e."keyId", c.payload::text
       FROM "ClaimEvent" e LEFT JOIN "ClaimEventContent" c
         ON c.hash = e."contentHash" AND c."claimId" = e."claimId" AND ${inRange(`c."claimId"`, range)}
       WHERE ${inRange(`e."claimId"`, range)}`,
      params,
    ),
  ]);
  return {
    claims: claims.rows.map((r): BatchClaim => ({
      id: r[0] as string,
      status: r[1] as string,
      visibility: r[2] as string,
      version: r[3] as number,
      statement: r[4] as string,
      subjectId: r[5] as string,
      speakerId: r[6] as string | null,
      statedOn: day(r[7]),
      statedPrecision: r[8] as BatchClaim["statedPrecision"],
      statedInferred: r[9] as boolean,
      quantity:
        r[10] === null
          ? null
          : {
              value: r[11] as number | null,
              low: r[12] as number | null,
              high: r[13] as number | null,
              unit: r[14] as string,
              approximate: r[15] as boolean,
              asOf: day(r[16]),
              asOfPrecision: r[17] as BatchClaim["statedPrecision"],
              asOfInferred: r[18] as boolean,
              scopePlace: r[19] as string | null,
              scopePopulation: r[20] as string | null,
              scopeMethod: r[21] as string | null,
              measureId: r[22] as string | null,
            },
    })),
    events: events.rows.map((r): BatchEvent => ({
      claimId: r[0] as string,
      seq: r[1] as number,
      kind: r[2] as string,
      actorId: r[3] as string | null,
      // to_char's text is Date.toISOString()'s for any year up to 9999; a later one, which the
      // app cannot write, fails its hash instead of throwing.
      createdAt: r[4] as string,
      payload: r[5],
      prevHash: r[6] as string | null,
      hash: r[7] as string,
      format: r[8] as number,
      contentHash: r[9] as string | null,
      tag: r[10] as string | null,
      keyId: r[11] as string | null,
      stored: r[12] !== null,
      content: r[12] === null ? undefined : JSON.parse(r[12] as string),
    })),
  };
}
