import "server-only";
import { z } from "zod";
import { appUrl } from "../env";
import { AppError } from "../errors";
import { clientAddress } from "../http/client-address";
import { logger } from "../logger";
import { takeSearch } from "../search/mutations";
import { CORS } from "./cors";
import { ENDPOINTS, type EndpointName } from "./endpoints";
import * as q from "./queries";
import { idParam } from "./schemas";

/**
 * The one wrapper for the API's routes: CORS open for GET, query and path checked with the
 * endpoint's zod schema, one error shape `{ "error": { code, message, param? } }` (400
 * INVALID_PARAMETER naming the parameter, 404, 410, 429), per-address limits on uncached work, and
 * nothing of an unexpected error leaks.
 */
const error = (status: number, code: string, message: string, param?: string, headers: Record<string, string> = {}) =>
  Response.json(
    { error: { code, message, ...(param ? { param } : {}) } },
    { status, headers: { ...CORS, ...headers } },
  );

/** Routes without a dynamic segment get no params at all. */
type Context = { params?: Promise<Record<string, string> | undefined> };

const RUN: Record<EndpointName, (query: never, id: string, base: string) => Promise<unknown>> = {
  claims: (query, _id, base) => q.apiClaims(query, base),
  claim: (_query, id, base) => q.apiClaim(id, base),
  claimHistory: (_query, id, base) => q.apiClaimHistory(id, base),
  articles: (query, _id, base) => q.apiArticles(query, base),
  article: (_query, id, base) => q.apiArticle(id, base),
  subjects: (query) => q.apiSubjects(query),
  subjectFigures: (query, id, base) => q.apiSubjectFigures(id, query, base),
  people: (query) => q.apiPeople(query),
  outlets: (query) => q.apiOutlets(query),
};

function invalid(issue: z.core.$ZodIssue | undefined) {
  const param =
    issue?.code === "unrecognized_keys"
      ? issue.keys[0]
      : typeof issue?.path[0] === "string"
        ? issue.path[0]
        : undefined;
  const message =
    issue?.code === "unrecognized_keys"
      ? `Unknown parameter “${param}”.`
      : `${param ?? "A parameter"}: ${issue?.message}`;
  return error(400, "INVALID_PARAMETER", message, param);
}

export function apiGet(name: EndpointName) {
  const endpoint = ENDPOINTS[name];
  return async (request: Request, context: Context): Promise<Response> => {
    const url = new URL(request.url);
    const raw = Object.fromEntries(url.searchParams.entries());
    const parsed = endpoint.query.safeParse(raw);
    if (!parsed.success) return invalid(parsed.error.issues[0]);
    const params = (await context?.params) ?? {};
    let id = "";
    if ("id" in params) {
      const checked = idParam.safeParse(params.id);
      if (!checked.success) return error(400, "INVALID_PARAMETER", `id: ${checked.error.issues[0].message}`, "id");
      id = checked.data;
    }
    try {
      const limited = "rateLimited" in endpoint && endpoint.rateLimited(parsed.data);
      if (limited) {
        const wait = await takeSearch(clientAddress(request.headers));
        if (wait > 0) {
          const seconds = String(wait);
          return error(429, "RATE_LIMITED", "Too many searches; try again shortly.", undefined, {
            "Retry-After": seconds,
          });
        }
      }
      const body = await RUN[name](parsed.data as never, id, appUrl());
      // A cached endpoint's Cache-Control is Next's own (its ISR lifetime); the rest may sit in a CDN briefly.
      const caching: Record<string, string> =
        "cached" in endpoint ? {} : { "Cache-Control": limited ? "no-store" : "public, max-age=60, s-maxage=300" };
      return Response.json(body, { headers: { ...CORS, ...caching } });
    } catch (e) {
      if (e instanceof AppError && (e.code === "NOT_FOUND" || e.code === "GONE" || e.code === "RATE_LIMITED")) {
        return error(e.status, e.code, e.message);
      }
      logger.error({ err: e, path: url.pathname }, "API request failed");
      // Next caches whatever a cached endpoint returns, whatever its status; a failure thrown is not
      // cached (Next answers a bare 500), so the next request tries again.
      if ("cached" in endpoint) throw new Error("API request failed");
      return error(500, "INTERNAL", "Something went wrong.");
    }
  };
}

export function apiOptions() {
  return new Response(null, { status: 204, headers: CORS });
}
