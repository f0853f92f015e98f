import { z } from "zod";
import { CLAIM_STATUSES } from "../enums";
import { decodeCursor } from "./cursor";

/**
 * The one schema of a claim search's query string, shared by the /claims page and
 * GET /api/v1/claims (and the OpenAPI document made from it). The URL holds the whole query.
 * An empty value (`?q=`, what a GET form sends for a field left blank) means "not set"; anything
 * else that does not parse is an error naming its parameter.
 */
export { CLAIM_STATUSES };
export const SEARCH_SORTS = ["relevance", "newest"] as const;
export const SEARCH_PAGE_SIZE = 20;
export const MAX_TERMS = 8;

const empty = (v: unknown) => (v === "" ? undefined : v);
const upper = (v: unknown) => (typeof v === "string" ? v.trim().toUpperCase() : v);
const lower = (v: unknown) => (typeof v === "string" ? v.trim().toLowerCase() : v);
const id = (what: string) =>
  z.preprocess(
    empty,
    z
      .string()
      .max(64)
      .regex(/^[A-Za-z0-9_-]+$/, "Use an id as the API gives it.")
      .optional()
      .describe(what),
  );
const day = (what: string) =>
  z.preprocess(
    empty,
    z.iso
      .date("Use a date written YYYY-MM-DD.")
      .regex(/^[1-9]\d{3}-/, "Use a year from 1000.")
      .optional()
      .describe(what),
  );

export const claimSearchQuery = z
  .object({
    q: z.preprocess(
      // Control characters (a pasted tab or newline, a NUL) are spaces between words.
      (v) => (typeof v === "string" ? v.replace(/[\u0000-\u001f\u007f]/g, " ").trim() || undefined : v),
      z
        .string()
        .max(200, "Search for at most 200 characters.")
        .optional()
        .describe(
          'Words to find in statements, public quotes, speakers and subjects; "quoted words" as a phrase. ' +
            "Rate-limited.",
        ),
    ),
    status: z.preprocess(
      (v) => empty(upper(v)),
      z
        .enum(CLAIM_STATUSES, "Use unverified, corroborated or conflicting.")
        .optional()
        .describe("A status (any letter case)."),
    ),
    subject: id("A subject id."),
    speaker: id("A person or organization id."),
    outlet: id("An outlet id: claims quoted in its articles."),
    from: day("Said on or after this day (YYYY-MM-DD)."),
    to: day("Said on or before this day (YYYY-MM-DD)."),
    sort: z.preprocess(
      (v) => empty(lower(v)),
      z
        .enum(SEARCH_SORTS, "Use relevance or newest.")
        .optional()
        .describe("relevance (the default with q) or newest (the default without q: most recently published)."),
    ),
    limit: z.preprocess(
      empty,
      z.coerce
        .number("Use a whole number from 1 to 100.")
        .int("Use a whole number from 1 to 100.")
        .min(1, "Use a whole number from 1 to 100.")
        .max(100, "Use a whole number from 1 to 100.")
        .default(SEARCH_PAGE_SIZE)
        .describe("Items per page, 1 to 100."),
    ),
    cursor: z.preprocess(
      empty,
      z.string().max(300).optional().describe("The `next` (or `previous`) value of a page of the same query."),
    ),
  })
  .strict()
  .superRefine((query, ctx) => {
    if (query.from && query.to && query.from > query.to) {
      ctx.addIssue({ code: "custom", path: ["to"], message: "The end date is before the start date." });
    }
    if (query.sort === "relevance" && !query.q) {
      ctx.addIssue({ code: "custom", path: ["sort"], message: "Sorting by relevance needs words to search for." });
    }
    if (query.cursor) {
      const cursor = decodeCursor(query.cursor);
      const sort = query.sort ?? (query.q ? "relevance" : "newest");
      if (!cursor || cursor.sort !== sort) {
        ctx.addIssue({ code: "custom", path: ["cursor"], message: "This page link is not valid for this search." });
      }
    }
  });

export type ClaimSearchQuery = z.output<typeof claimSearchQuery>;
export type SearchProblem = { param: string; message: string };

/** The parameter an issue is about, and a sentence for a reader. */
export function describeIssue(issue: z.core.$ZodIssue): SearchProblem {
  if (issue.code === "unrecognized_keys") {
    return { param: issue.keys[0], message: `Unknown parameter “${issue.keys[0]}”.` };
  }
  const param = typeof issue.path[0] === "string" ? issue.path[0] : "query";
  return { param, message: issue.message };
}

/**
 * Parses a URL's query for the page: every problem is reported (a parameter given twice too), and
 * the search runs on the parameters that are fine, so a reader sees what was left out and why.
 */
export function parseSearchParams(params: Record<string, string | string[] | undefined>): {
  query: ClaimSearchQuery;
  problems: SearchProblem[];
} {
  const problems: SearchProblem[] = [];
  const raw: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      problems.push({ param: key, message: `“${key}” is given more than once; give it once.` });
      continue;
    }
    raw[key] = value;
  }
  for (let attempt = 0; attempt <= Object.keys(params).length; attempt++) {
    const parsed = claimSearchQuery.safeParse(raw);
    if (parsed.success) return { query: parsed.data, problems };
    for (const issue of parsed.error.issues) {
      const problem = describeIssue(issue);
      const keys = issue.code === "unrecognized_keys" ? issue.keys : [problem.param];
      for (const key of keys) {
        const message = issue.code === "unrecognized_keys" ? `Unknown parameter “${key}”.` : problem.message;
        if (!problems.some((p) => p.param === key)) problems.push({ param: key, message });
        delete raw[key];
      }
    }
  }
  return { query: claimSearchQuery.parse({}), problems };
}

/** The URL of a search (the page's links): empty and default values are left out. */
export function searchHref(query: Partial<Record<keyof ClaimSearchQuery, string | number | undefined>>): string {
  const params = new URLSearchParams();
  for (const key of ["q", "status", "subject", "speaker", "outlet", "from", "to", "sort", "cursor"] as const) {
    const value = query[key];
    if (value !== undefined && value !== "") params.set(key, String(value));
  }
  if (query.limit !== undefined && Number(query.limit) !== SEARCH_PAGE_SIZE) params.set("limit", String(query.limit));
  const text = params.toString();
  return text ? `/claims?${text}` : "/claims";
}
