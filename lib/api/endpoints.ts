import { z } from "zod";
import * as s from "./schemas";

/**
 * Every endpoint of the read-only API, in one table: its path, what it returns, its query schema
 * and its answer's schema. The routes (lib/api/handler.ts), /api/v1/openapi.json and the
 * /developers page are all made from it.
 */
export type Endpoint = {
  path: string;
  summary: string;
  query: z.ZodObject;
  response: z.ZodType;
  /** Text search and exports run uncached work: they count against a per-address limit. */
  rateLimited?: (query: Record<string, unknown>) => boolean;
  /** Served as JSON-LD or a file rather than JSON (documented, not described by a schema). */
  mediaType?: string;
  /**
   * Answered from Next's cache like a page (its route is `force-static`, expired by
   * lib/cache/expire.ts at each decision). Such an endpoint takes no query: a cached answer runs no
   * handler, so proxy.ts refuses a query string before the cache (cachedEndpointRefusal).
   */
  cached?: true;
};

export const ENDPOINTS = {
  claims: {
    path: "/api/v1/claims",
    summary:
      "Public claims: search statements, public quotes, speakers and subjects; filter by status, subject, " +
      "speaker, outlet and date said; newest or most relevant first; cursor pages. The same search as /claims.",
    query: s.claimsQuery,
    response: s.searchPage(s.claimSummary),
    rateLimited: (q) => typeof q.q === "string",
  },
  claim: {
    path: "/api/v1/claims/{id}",
    summary: "One public claim with its quotes, links, figure and corrections (410 if withdrawn).",
    query: s.noQuery,
    cached: true,
    response: s.claimDetail,
  },
  claimHistory: {
    path: "/api/v1/claims/{id}/history",
    summary: "A public claim's history as the public reads it.",
    query: s.noQuery,
    cached: true,
    response: s.page(s.historyEntry),
  },
  articles: {
    path: "/api/v1/articles",
    summary: "Public articles (quoted by a published claim); cursor pages.",
    query: s.pageQuery,
    response: s.page(s.articleSummary),
  },
  article: {
    path: "/api/v1/articles/{id}",
    summary: "One public article: its text and the public claims quoted in it.",
    query: s.noQuery,
    cached: true,
    response: s.articleDetail,
  },
  subjects: {
    path: "/api/v1/subjects",
    summary: "Subjects with public claims, and how many.",
    query: s.pageQuery,
    response: s.page(s.subject),
  },
  subjectFigures: {
    path: "/api/v1/subjects/{id}/figures",
    summary: "The public claims with a figure on one subject.",
    query: s.pageQuery,
    response: s.page(s.claimSummary),
  },
  people: {
    path: "/api/v1/people",
    summary: "People and organizations who made public claims.",
    query: s.pageQuery,
    response: s.page(s.person),
  },
  outlets: {
    path: "/api/v1/outlets",
    summary: "Outlets of public articles.",
    query: s.pageQuery,
    response: s.page(s.outlet),
  },
} satisfies Record<string, Endpoint>;

export type EndpointName = keyof typeof ENDPOINTS;

/** Streamed exports, listed with the endpoints (their bodies are not JSON). */
export const EXPORTS = [
  {
    path: "/api/v1/claims/{id}/annotations",
    summary: "A claim's quotes as a W3C Web Annotation collection.",
    mediaType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
  },
  {
    path: "/api/v1/articles/{id}/annotations",
    summary: "An article's quoted claims as a W3C Web Annotation collection.",
    mediaType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
  },
  { path: "/api/v1/exports/claims.csv", summary: "All public claims as CSV.", mediaType: "text/csv" },
  { path: "/api/v1/exports/claims.jsonl", summary: "All public claims as JSON Lines.", mediaType: "application/jsonl" },
] as const;

const jsonSchema = (schema: z.ZodType) => z.toJSONSchema(schema, { io: "input", unrepresentable: "any" });

/** The OpenAPI 3.1 document, generated from the schemas above. */
export function openApiDocument(serverUrl: string) {
  const errorResponse = (description: string) => ({
    description,
    content: { "application/json": { schema: jsonSchema(s.apiError) } },
  });
  const paths: Record<string, unknown> = {};
  for (const endpoint of Object.values(ENDPOINTS) as Endpoint[]) {
    const query = jsonSchema(endpoint.query) as {
      properties?: Record<string, { description?: string }>;
      required?: string[];
    };
    const parameters = [
      ...(endpoint.path.includes("{id}")
        ? [{ name: "id", in: "path", required: true, schema: jsonSchema(s.idParam) }]
        : []),
      ...Object.entries(query.properties ?? {}).map(([name, schema]) => ({
        name,
        in: "query",
        required: query.required?.includes(name) ?? false,
        ...(schema.description ? { description: schema.description } : {}),
        schema,
      })),
    ];
    paths[endpoint.path] = {
      get: {
        summary: endpoint.summary,
        parameters,
        responses: {
          "200": { description: "OK", content: { "application/json": { schema: jsonSchema(endpoint.response) } } },
          "400": errorResponse("INVALID_PARAMETER: `param` names the parameter."),
          "404": errorResponse("NOT_FOUND"),
          ...(endpoint.path === "/api/v1/claims/{id}"
            ? { "410": errorResponse("GONE: the claim was withdrawn.") }
            : {}),
          ...(endpoint.rateLimited
            ? { "429": errorResponse("RATE_LIMITED: try again after Retry-After seconds.") }
            : {}),
        },
      },
    };
  }
  for (const e of EXPORTS) {
    paths[e.path] = {
      get: {
        summary: e.summary,
        ...(e.path.includes("{id}")
          ? { parameters: [{ name: "id", in: "path", required: true, schema: jsonSchema(s.idParam) }] }
          : {}),
        responses: {
          "200": { description: "Streamed", content: { [e.mediaType]: {} } },
          "404": errorResponse("NOT_FOUND"),
        },
      },
    };
  }
  return {
    openapi: "3.1.0",
    info: { title: "Claimtrail read-only API", version: "1" },
    servers: [{ url: serverUrl }],
    paths,
  };
}

const CACHED_PATHS = Object.values(ENDPOINTS as Record<string, Endpoint>)
  .filter((e) => e.cached)
  .map((e) => new RegExp(`^${e.path.replace(/\{id\}/g, "[^/]+")}$`));

/**
 * What proxy.ts answers itself for a cached endpoint, before Next's cache: a query string (which
 * such an endpoint takes none of, so its cached answer could not report it) is refused, and a CORS
 * preflight is answered (a statically generated route may export GET alone). Null otherwise.
 */
export function cachedEndpointAnswer(
  method: string,
  url: URL,
): { status: 204 } | { status: 400; param: string; message: string } | null {
  if (!CACHED_PATHS.some((path) => path.test(url.pathname))) return null;
  if (method.toUpperCase() === "OPTIONS") return { status: 204 };
  const [param] = [...url.searchParams.keys()];
  if (param === undefined) return null;
  return { status: 400, param, message: `Unknown parameter “${param}”.` };
}
