import "server-only";
import { listSelect, PUBLIC_CLAIM, toSummary, type ClaimSummary } from "../claims/queries";
import { db } from "../db/client";
import { decodeCursor, encodeCursor } from "./cursor";
import { MARK_END, MARK_START, markTerms, segmentsFromMarked, splitTerms, type Segment } from "./highlight";
import { MAX_TERMS, type ClaimSearchQuery } from "./schema";

/**
 * The public claim search and list (the /claims page and GET /api/v1/claims), over the
 * "ClaimSearch" index (prisma/migrations/20261203010000_claim_search): published claims only.
 * - Each word or "phrase" must match the document (in every language's stemming). Only when the
 *   exact words find fewer than a page does the search widen: each word may then also match as a
 *   prefix or, for a partial name, inside the speaker and subject names by trigram. A prefix and a
 *   trigram cost several times an exact word at 1M claims, and a reader who finds a page of exact
 *   matches rarely wants partial ones mixed in. The cursor keeps the way the first page matched.
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

/**
 * With words, a guess of this many matches or more keeps the planner's own plan (a date walk);
 * below it the GIN indexes count and read the matches (claim_search_page explains why).
 */
const DENSE_ESTIMATE = 10 * COUNT_CAP;

type Row = { id: string; at: string; rank: string | null };
type Match = "exact" | "wide";
type Answer = {
  terms: { text: string; tsquery: string; pattern: string | null }[];
  unsearchable: boolean;
  /** How the words matched (null without words). */
  match?: Match | null;
  count: number | null;
  more: boolean;
  rows: Row[];
  plan: string[] | null;
};

/**
 * One page of a search in ONE statement: claim_search_page
 * (prisma/migrations/20261203071700_claim_search_page, 20261204180000_claim_search_exact_first)
 * turns the words into tsqueries, chooses the way they match and the plan, counts up to COUNT_CAP
 * and reads the page (about eight round trips before).
 */
async function runSearch(query: ClaimSearchQuery, options: { count?: boolean; explain?: boolean }) {
  const sort = query.sort ?? (query.q ? "relevance" : "newest");
  const cursor = query.cursor ? decodeCursor(query.cursor) : null;
  const split = query.q ? splitTerms(query.q, MAX_TERMS) : [];
  const asOf = cursor?.sort === "relevance" ? cursor.asOf : new Date().toISOString();
  const pageCursor = cursor?.sort === sort ? cursor : null;
  const request = {
    // A phrase, or a word under three letters, is matched as words only (no prefix, no trigram).
    terms: split.map((t) => ({ text: t.text, prefix: !t.phrase && [...t.text].length >= 3 })),
    status: query.status,
    subject: query.subject,
    speaker: query.speaker,
    outlet: query.outlet,
    from: query.from,
    to: query.to,
    sort,
    cursor: pageCursor,
    // A later page matches as the first did; a cursor from before there were two ways, the wide way.
    match: pageCursor ? (pageCursor.match ?? "wide") : null,
    widen: query.limit,
    asOf,
    take: query.limit + 1,
    count: Boolean(options.count && !cursor),
    cap: COUNT_CAP,
    candidates: RELEVANCE_CANDIDATES,
    dense: DENSE_ESTIMATE,
    explain: Boolean(options.explain),
  };
  if (query.q && split.length === 0) {
    const page: Answer = { terms: [], unsearchable: true, count: 0, more: false, rows: [], plan: null };
    return { page, sort, cursor, asOf, terms: [] as Term[], unsearchable: true };
  }
  const [{ page }] = await db().$queryRaw<{ page: Answer }[]>`
    SELECT claim_search_page(${JSON.stringify(request)}::jsonb) AS page`;
  const terms: Term[] = page.terms.map((t) => ({
    ...t,
    phrase: split.find((s) => s.text === t.text)?.phrase ?? false,
  }));
  return { page, sort, cursor, asOf, terms, unsearchable: page.unsearchable };
}

const joinTerms = (terms: Term[], operator: "&" | "|") =>
  terms
    .filter((t) => t.tsquery)
    .map((t) => `(${t.tsquery})`)
    .join(` ${operator} `);

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
  const { page, sort, cursor, asOf, terms, unsearchable } = await runSearch(query, options);
  if (unsearchable) {
    return { ids: [], next: null, previous: null, count: { value: 0, more: false }, sort, terms, unsearchable: true };
  }
  const count = page.count === null ? null : { value: page.count, more: page.more };
  const pageCursor = cursor?.sort === sort ? cursor : null;
  const backwards = pageCursor?.dir === "previous";
  // A "previous" page comes in reverse, fetched one more than a page on the far side.
  const found = backwards ? [...page.rows].reverse() : page.rows;
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

/** EXPLAIN ANALYZE of a search's page statement, run inside claim_search_page as it runs it (the benchmark). */
export async function explainSearch(query: ClaimSearchQuery): Promise<string[]> {
  const { page } = await runSearch(query, { explain: true });
  return page.plan ?? ["-- no statement: nothing to search for"];
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
