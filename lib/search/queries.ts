import "server-only";
import { listSelect, PUBLIC_CLAIM, toSummary, type ClaimSummary } from "../claims/queries";
import { db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { decodeCursor, encodeCursor, type SearchCursor } from "./cursor";
import { MARK_END, MARK_START, markTerms, segmentsFromMarked, splitTerms, type Segment } from "./highlight";
import { MAX_TERMS, type ClaimSearchQuery } from "./schema";

/**
 * The public claim search and list (the /claims page and GET /api/v1/claims), over the
 * "ClaimSearch" index (prisma/migrations/20261203010000_claim_search): published claims only.
 * - Each word or "phrase" must match the document (in every language's stemming, or as a prefix)
 *   or, for a partial name, the speaker and subject names by trigram.
 * - Newest: keyset over (publishedAt, claimId). Relevance ranks only the newest
 *   RELEVANCE_CANDIDATES matches published before the first page (`asOf`), then keysets over
 *   (rank, publishedAt, claimId): a common word costs a bounded amount, and claims published
 *   between pages never shift them.
 * - The first page counts matches up to COUNT_CAP, never an exact count of everything.
 */
export const RELEVANCE_CANDIDATES = 1000;
export const COUNT_CAP = 1000;

type Term = { text: string; phrase: boolean; tsquery: string; pattern: string | null };
export type SearchCount = { value: number; more: boolean };

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The query's words as tsqueries (one round trip), dropping those with nothing searchable. */
async function prepareTerms(q: string | undefined): Promise<{ terms: Term[]; unsearchable: boolean }> {
  const split = q ? splitTerms(q, MAX_TERMS) : [];
  if (split.length === 0) return { terms: [], unsearchable: Boolean(q) };
  const usable = (t: { text: string; phrase: boolean }) => !t.phrase && [...t.text].length >= 3;
  const rows = await db().$queryRaw<{ n: number; q: string | null }[]>`
    SELECT t.n::int AS n, search_term_query(t.term, t.prefix)::text AS q
      FROM unnest(${split.map((t) => t.text)}::text[], ${split.map(usable)}::boolean[]) WITH ORDINALITY AS t(term, prefix, n)`;
  const terms = rows
    .sort((a, b) => a.n - b.n)
    .flatMap((row) => {
      const term = split[row.n - 1];
      const tsquery = row.q;
      if (!tsquery) return usable(term) ? [{ ...term, tsquery: "", pattern: `%${likeEscape(term.text)}%` }] : [];
      return [{ ...term, tsquery, pattern: usable(term) ? `%${likeEscape(term.text)}%` : null }];
    });
  return { terms, unsearchable: terms.length === 0 };
}

function conditions(query: ClaimSearchQuery, terms: Term[]): Prisma.Sql {
  const parts: Prisma.Sql[] = terms.map((t) => {
    const words = t.tsquery ? Prisma.sql`s.document @@ ${t.tsquery}::tsquery` : null;
    const names = t.pattern ? Prisma.sql`s.names ILIKE ${t.pattern}` : null;
    return words && names ? Prisma.sql`(${words} OR ${names})` : (words ?? names)!;
  });
  if (query.status) parts.push(Prisma.sql`s.status = ${query.status}::"ClaimStatus"`);
  if (query.subject) parts.push(Prisma.sql`s."subjectId" = ${query.subject}`);
  if (query.speaker) parts.push(Prisma.sql`s."speakerId" = ${query.speaker}`);
  if (query.outlet) parts.push(Prisma.sql`s."outletIds" @> ARRAY[${query.outlet}]::text[]`);
  if (query.from) parts.push(Prisma.sql`s."statedOn" >= ${query.from}::date`);
  if (query.to) parts.push(Prisma.sql`s."statedOn" <= ${query.to}::date`);
  return parts.length ? Prisma.join(parts, " AND ") : Prisma.sql`TRUE`;
}

const joinTerms = (terms: Term[], operator: "&" | "|") =>
  terms
    .filter((t) => t.tsquery)
    .map((t) => `(${t.tsquery})`)
    .join(` ${operator} `);
const allTerms = (terms: Term[]) => joinTerms(terms, "&");

const AT = Prisma.sql`to_char(s."publishedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
type Row = { id: string; at: string; rank?: string };

/** The statement of one page of ids, and whether its rows come in reverse (a "previous" page). */
type PageSql = { sql: Prisma.Sql; reversed: boolean };

function newest(where: Prisma.Sql, cursor: SearchCursor | null, take: number): PageSql {
  const select = Prisma.sql`SELECT s."claimId" AS id, ${AT} AS at FROM "ClaimSearch" s`;
  const key = Prisma.sql`(s."publishedAt", s."claimId")`;
  const value = cursor ? Prisma.sql`(${cursor.at}::timestamp(3), ${cursor.id})` : null;
  if (!value) {
    return {
      sql: Prisma.sql`${select} WHERE ${where} ORDER BY s."publishedAt" DESC, s."claimId" DESC LIMIT ${take}`,
      reversed: false,
    };
  }
  if (cursor!.dir === "next") {
    return {
      sql: Prisma.sql`${select} WHERE ${where} AND ${key} < ${value}
        ORDER BY s."publishedAt" DESC, s."claimId" DESC LIMIT ${take}`,
      reversed: false,
    };
  }
  return {
    sql: Prisma.sql`${select} WHERE ${where} AND ${key} > ${value}
      ORDER BY s."publishedAt" ASC, s."claimId" ASC LIMIT ${take}`,
    reversed: true,
  };
}

function relevance(
  where: Prisma.Sql,
  all: string,
  asOf: string,
  cursor: Extract<SearchCursor, { sort: "relevance" }> | null,
  take: number,
): PageSql {
  const rank = all ? Prisma.sql`ts_rank(s.document, ${all}::tsquery)` : Prisma.sql`0::real`;
  const candidates = Prisma.sql`
    SELECT s."claimId" AS id, s."publishedAt", ${AT} AS at, ${rank} AS rank FROM (
      SELECT s."claimId", s."publishedAt", s.document FROM "ClaimSearch" s
       WHERE ${where} AND s."publishedAt" <= ${asOf}::timestamp(3)
       ORDER BY s."publishedAt" DESC, s."claimId" DESC LIMIT ${RELEVANCE_CANDIDATES}
    ) s`;
  const select = Prisma.sql`SELECT c.id, c.at, c.rank::text AS rank FROM (${candidates}) c`;
  const key = Prisma.sql`(c.rank, c."publishedAt", c.id)`;
  if (!cursor) {
    return {
      sql: Prisma.sql`${select} ORDER BY c.rank DESC, c."publishedAt" DESC, c.id DESC LIMIT ${take}`,
      reversed: false,
    };
  }
  const value = Prisma.sql`(${cursor.rank}::real, ${cursor.at}::timestamp(3), ${cursor.id})`;
  if (cursor.dir === "next") {
    return {
      sql: Prisma.sql`${select} WHERE ${key} < ${value} ORDER BY c.rank DESC, c."publishedAt" DESC, c.id DESC LIMIT ${take}`,
      reversed: false,
    };
  }
  return {
    sql: Prisma.sql`${select} WHERE ${key} > ${value} ORDER BY c.rank ASC, c."publishedAt" ASC, c.id ASC LIMIT ${take}`,
    reversed: true,
  };
}

/**
 * The statement that finds one page of a search (what searchClaimIds runs; the benchmark
 * EXPLAINs it), with what the page needs to make its cursors.
 */
export async function planSearch(query: ClaimSearchQuery) {
  const sort = query.sort ?? (query.q ? "relevance" : "newest");
  const cursor = query.cursor ? decodeCursor(query.cursor) : null;
  const { terms, unsearchable } = await prepareTerms(query.q);
  const where = conditions(query, terms);
  const asOf = cursor?.sort === "relevance" ? cursor.asOf : new Date().toISOString();
  const take = query.limit + 1;
  const page =
    sort === "relevance"
      ? relevance(where, allTerms(terms), asOf, cursor?.sort === "relevance" ? cursor : null, take)
      : newest(where, cursor?.sort === "newest" ? cursor : null, take);
  return { ...page, sort, cursor, terms, unsearchable, where, asOf } as const;
}

export type SearchPage = {
  ids: string[];
  next: string | null;
  previous: string | null;
  count: SearchCount | null;
  sort: "relevance" | "newest";
  terms: Term[];
  /** Words were given, but none of them holds anything searchable (only punctuation, say). */
  unsearchable: boolean;
};

/** One page of matching public claim ids, newest or most relevant first, with its cursors. */
export async function searchClaimIds(query: ClaimSearchQuery, options: { count?: boolean } = {}): Promise<SearchPage> {
  const plan = await planSearch(query);
  const { sort, cursor, terms, asOf } = plan;
  if (plan.unsearchable) {
    return { ids: [], next: null, previous: null, count: { value: 0, more: false }, sort, terms, unsearchable: true };
  }
  const { fetched, count } = terms.length
    ? await searchWithWords(plan.sql, plan.where)
    : {
        fetched: await db().$queryRaw<Row[]>(plan.sql),
        count: options.count && !cursor ? await countMatches(db(), plan.where) : null,
      };
  const found = plan.reversed ? fetched.reverse() : fetched;

  // Fetched one more than a page, on the far side of the direction of travel.
  const backwards = cursor?.dir === "previous";
  const more = found.length > query.limit;
  const rows = more ? (backwards ? found.slice(1) : found.slice(0, query.limit)) : found;
  const boundary = (row: Row, dir: "next" | "previous") =>
    encodeCursor(
      sort === "relevance"
        ? { sort, dir, rank: row.rank ?? "0", at: row.at, id: row.id, asOf }
        : { sort, dir, at: row.at, id: row.id },
    );
  const hasNext = backwards ? true : more;
  const hasPrevious = backwards ? more : Boolean(cursor);
  return {
    ids: rows.map((r) => r.id),
    next: hasNext && rows.length ? boundary(rows[rows.length - 1], "next") : null,
    previous: hasPrevious && rows.length ? boundary(rows[0], "previous") : null,
    count,
    sort,
    terms,
    unsearchable: false,
  };
}

type Queryable = Pick<ReturnType<typeof db>, "$queryRaw">;

async function countMatches(client: Queryable, where: Prisma.Sql): Promise<SearchCount> {
  const [row] = await client.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM (SELECT 1 FROM "ClaimSearch" s WHERE ${where} LIMIT ${COUNT_CAP + 1}) x`;
  return { value: Math.min(row.n, COUNT_CAP), more: row.n > COUNT_CAP };
}

/**
 * With words, the planner's guess of how many claims match several terms (each an OR of stems and
 * a trigram) can be off by far either way, and a wrong guess either walks the whole date index
 * (1.5 s seen at 100,000 claims) or builds a GIN bitmap of most of the table (tens of ms). So:
 * - a guess of DENSE_ESTIMATE matches or more (a common word: single-term estimates come from the
 *   word's own statistics and hold) keeps the planner's plans, which walk the date index;
 * - otherwise the GIN indexes count the matches up to COUNT_CAP (never a sequential scan), and up
 *   to that many are read by bitmap and sorted; more go back to the date walk.
 * Same rows either way; only the plan differs.
 */
const DENSE_ESTIMATE = 10 * COUNT_CAP;

async function searchWithWords(sql: Prisma.Sql, where: Prisma.Sql, explain = false) {
  return db().$transaction(async (tx) => {
    const [estimate] = await tx.$queryRaw<{ "QUERY PLAN": [{ Plan: { "Plan Rows": number } }] }[]>`
      EXPLAIN (FORMAT JSON) SELECT 1 FROM "ClaimSearch" s WHERE ${where}`;
    const dense = estimate["QUERY PLAN"][0].Plan["Plan Rows"] >= DENSE_ESTIMATE;
    if (!dense) await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
    const count = await countMatches(tx, where);
    if (!dense && !count.more) await tx.$executeRaw`SET LOCAL enable_indexscan = off`;
    if (!dense && count.more) await tx.$executeRaw`SET LOCAL enable_seqscan = on`;
    if (explain) {
      const plan = await tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
        `EXPLAIN (ANALYZE, BUFFERS) ${sql.text}`,
        ...sql.values,
      );
      const note = `-- ${dense ? "dense (planner's own plan)" : count.more ? "sparse estimate, over the cap: date walk" : "sparse: bitmap"}`;
      return { fetched: [] as Row[], count, plan: [note, ...plan.map((r) => r["QUERY PLAN"])] };
    }
    return { fetched: await tx.$queryRaw<Row[]>(sql), count, plan: [] as string[] };
  });
}

/** EXPLAIN ANALYZE of a search's page statement, run as searchClaimIds runs it (the benchmark). */
export async function explainSearch(query: ClaimSearchQuery): Promise<string[]> {
  const plan = await planSearch(query);
  if (plan.terms.length) return (await searchWithWords(plan.sql, plan.where, true)).plan;
  const rows = await db().$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
    `EXPLAIN (ANALYZE, BUFFERS) ${plan.sql.text}`,
    ...plan.sql.values,
  );
  return rows.map((r) => r["QUERY PLAN"]);
}

export type SearchResult = ClaimSummary & {
  speakerId: string | null;
  subjectId: string;
  highlight: {
    statement: Segment[];
    speaker: Segment[];
    subject: Segment[];
    quote: { text: Segment[]; outlet: string | null } | null;
  };
};

const HEADLINE_ALL = `StartSel=${MARK_START}, StopSel=${MARK_END}, HighlightAll=true`;
const HEADLINE_EXCERPT = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;

/** The page's search: claims as list rows, each with its matching words marked. */
export async function searchClaims(query: ClaimSearchQuery) {
  const page = await searchClaimIds(query, { count: true });
  if (page.ids.length === 0) return { ...page, items: [] as SearchResult[] };
  const [rows, marks] = await Promise.all([
    db().claim.findMany({
      where: { id: { in: page.ids }, ...PUBLIC_CLAIM },
      select: { ...listSelect, speakerId: true, subjectId: true },
    }),
    highlights(page.ids, joinTerms(page.terms, "|")),
  ]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const words = page.terms.flatMap((t) => (t.phrase ? [t.text] : t.text.split(/\s+/)));
  const items = page.ids.flatMap((id): SearchResult[] => {
    const row = byId.get(id);
    if (!row) return [];
    const mark = marks.get(id);
    return [
      {
        ...toSummary(row),
        speakerId: row.speakerId,
        subjectId: row.subjectId,
        highlight: {
          statement: mark?.statement ? segmentsFromMarked(mark.statement) : [{ text: row.statement, mark: false }],
          speaker: markTerms(row.speaker?.name ?? "", words),
          subject: markTerms(row.subject.name, words),
          quote: mark?.quote ? { text: segmentsFromMarked(mark.quote), outlet: mark.outlet } : null,
        },
      },
    ];
  });
  return { ...page, items };
}

/**
 * ts_headline of each statement and of its first public quote holding any of the words, each in its
 * own language (`any`: the terms' tsqueries joined with OR).
 */
async function highlights(ids: string[], any: string) {
  if (!any) return new Map<string, { statement: string; quote: string | null; outlet: string | null }>();
  const rows = await db().$queryRaw<{ id: string; statement: string; quote: string | null; outlet: string | null }[]>`
    SELECT c.id,
           ts_headline(search_statement_config(c.statement, fq.config), c.statement, ${any}::tsquery, ${HEADLINE_ALL}) AS statement,
           hq.text AS quote, hq.outlet
      FROM "Claim" c
      LEFT JOIN LATERAL (
        SELECT search_config(a.language) AS config
          FROM "Quote" qu JOIN "ArticleVersion" v ON v.id = qu."articleVersionId" JOIN "Article" a ON a.id = v."articleId"
         WHERE qu."claimId" = c.id AND qu."pendingChange" IN ('NONE', 'REMOVE') AND qu."redactedAt" IS NULL
         ORDER BY qu."createdAt", qu.id LIMIT 1
      ) fq ON true
      LEFT JOIN LATERAL (
        SELECT ts_headline(search_config(a.language), qu.exact, ${any}::tsquery, ${HEADLINE_EXCERPT}) AS text, o.name AS outlet
          FROM "Quote" qu JOIN "ArticleVersion" v ON v.id = qu."articleVersionId" JOIN "Article" a ON a.id = v."articleId"
          LEFT JOIN "Outlet" o ON o.id = a."outletId"
         WHERE qu."claimId" = c.id AND qu."pendingChange" IN ('NONE', 'REMOVE') AND qu."redactedAt" IS NULL
           AND (to_tsvector(search_config(a.language), qu.exact) || to_tsvector('simple', qu.exact)) @@ ${any}::tsquery
         ORDER BY qu."createdAt", qu.id LIMIT 1
      ) hq ON true
     WHERE c.id = ANY (${ids}::text[]) AND c.visibility = 'PUBLIC'`;
  return new Map(rows.map((r) => [r.id, r]));
}
