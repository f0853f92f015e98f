import "server-only";
import { consume, type Limit } from "../auth/rate-limit";
import type { ClaimSearchQuery } from "./schema";

/**
 * Text search runs uncached work, so it counts against one per-address budget, shared by the
 * /claims page and GET /api/v1/claims?q= (a reader cannot double it by switching). Browsing
 * without words is not counted: those pages are cheap keyset reads.
 */
export const SEARCH_LIMIT: Limit = { points: 60, duration: 60, blockDuration: 60 };

/**
 * Takes one search from this address's budget (a write: the counter lives in PostgreSQL, so it
 * holds across servers). Answers the whole seconds to wait when over the limit, else 0.
 */
export async function takeSearch(address: string): Promise<number> {
  const wait = await consume(`search:${address}`, SEARCH_LIMIT);
  return wait > 0 ? Math.ceil(wait / 1000) : 0;
}

/** The /claims page: a query with words takes a search; plain browsing (no `q`) never does. */
export async function takePageSearch(query: ClaimSearchQuery, address: string): Promise<number> {
  return query.q === undefined ? 0 : takeSearch(address);
}
