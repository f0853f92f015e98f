import "server-only";
import { unstable_cache } from "next/cache";
import { publicOutlets } from "../search/facets";

/** The tag of the search form's outlets; expirePublicPages (./expire.ts) marks it with each decision. */
export const SEARCH_OUTLETS_TAG = "search-outlets";

/**
 * Query results that many pages share, kept in Next's data cache (shared through Redis when
 * REDIS_URL is set) for the pages that read them; lib/ functions stay uncached for tests and tools.
 *
 * The search form's outlets are the same for every search: cached, they no longer cost each search
 * 20–30 ms at 100,000 claims. A decision marks them stale (stale-while-revalidate), so an outlet
 * that gains or loses its last public quote shows in the select from the request after the next.
 */
export const cachedPublicOutlets = unstable_cache(publicOutlets, [SEARCH_OUTLETS_TAG], {
  tags: [SEARCH_OUTLETS_TAG],
  revalidate: 3600,
});
