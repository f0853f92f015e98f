import { z } from "zod";
import { ClaimStatus, DatePrecision, SpeakerKind } from "../enums";
import { claimSearchQuery } from "../search/schema";

/**
 * The read-only API's query parameters and answers, as zod schemas: the handlers validate with
 * them, and /api/v1/openapi.json is generated from them (z.toJSONSchema), so the two cannot drift.
 */
const status = z.enum(ClaimStatus);
const id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, "Use an id as the API gives it.");
const limit = z.coerce.number().int().min(1).max(100).default(20).describe("Items per page, 1 to 100.");
const cursor = z.string().max(64).optional().describe("The `next` value of the previous page.");

/** The same query as the /claims page (lib/search/schema.ts): one schema, one search. */
export const claimsQuery = claimSearchQuery;

export const pageQuery = z.object({ limit, cursor }).strict();
export const noQuery = z.object({}).strict();
export const idParam = id;

const date = z.object({ on: z.string(), precision: z.enum(DatePrecision), inferred: z.boolean() }).nullable();
const figure = z
  .object({
    value: z.number().nullable(),
    low: z.number().nullable(),
    high: z.number().nullable(),
    unit: z.string(),
    approximate: z.boolean(),
    asOf: date,
    scopePlace: z.string().nullable(),
    scopePopulation: z.string().nullable(),
    scopeMethod: z.string().nullable(),
  })
  .nullable();

export const claimSummary = z.object({
  id: z.string(),
  url: z.string(),
  statement: z.string(),
  status,
  stated: date,
  subject: z.object({ id: z.string(), name: z.string() }),
  speaker: z.object({ id: z.string(), name: z.string() }).nullable(),
  figure,
});

export const page = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), next: z.string().nullable() });
/** A search's page: `previous` leads back (null on the first page). */
export const searchPage = <T extends z.ZodType>(item: T) => page(item).extend({ previous: z.string().nullable() });

export const claimDetail = claimSummary.extend({
  publishedAt: z.string().nullable(),
  correctedAt: z.string().nullable(),
  quotes: z.array(
    z.object({
      id: z.string(),
      exact: z.string(),
      articleId: z.string(),
      headline: z.string(),
      outlet: z.string().nullable(),
    }),
  ),
  links: z.array(
    z.object({
      type: z.string(),
      direction: z.enum(["outgoing", "incoming"]),
      note: z.string().nullable(),
      claimId: z.string(),
    }),
  ),
  corrections: z.array(
    z.object({
      at: z.string(),
      reviewer: z.string().nullable(),
      summary: z.string().nullable(),
      changes: z.array(z.object({ field: z.string(), before: z.string().nullable(), after: z.string().nullable() })),
    }),
  ),
});

export const historyEntry = z.object({
  seq: z.number(),
  at: z.string(),
  actor: z.string().nullable(),
  kind: z.string(),
  summary: z.string(),
  detail: z.string().nullable(),
  changes: z.array(z.object({ field: z.string(), before: z.string().nullable(), after: z.string().nullable() })),
});

export const articleSummary = z.object({
  id: z.string(),
  url: z.string(),
  headline: z.string(),
  outlet: z.object({ id: z.string(), name: z.string() }).nullable(),
  published: date,
});
export const articleDetail = articleSummary.extend({
  language: z.string(),
  direction: z.enum(["LTR", "RTL"]),
  body: z.string(),
  quotes: z.array(
    z.object({ id: z.string(), start: z.number(), end: z.number(), exact: z.string(), claimId: z.string() }),
  ),
});
export const subject = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  claims: z.number(),
});
export const person = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(SpeakerKind),
  description: z.string().nullable(),
  claims: z.number(),
});
export const outlet = z.object({
  id: z.string(),
  name: z.string(),
  homepage: z.string().nullable(),
  articles: z.number(),
});

export const apiError = z.object({
  error: z.object({ code: z.string(), message: z.string(), param: z.string().optional() }),
});
