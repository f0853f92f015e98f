// Next's cache shared through Redis, for several app servers (used only when REDIS_URL is set;
// see next.config.ts and docs/decisions/0015-caching.md). Pages and their tag expiries live in
// Redis, so a decision expired on one server is expired on every server. If Redis cannot be
// reached at start, this server keeps a local in-memory cache and says so.
import { CacheHandler } from "@fortedigital/nextjs-cache-handler";
import createLruHandler from "@fortedigital/nextjs-cache-handler/local-lru";
import createRedisHandler from "@fortedigital/nextjs-cache-handler/redis-strings";
import { PHASE_PRODUCTION_BUILD } from "next/constants.js";
import { createClient } from "redis";

// Next loads this file itself, outside the TypeScript build, so it reads its two settings here
// rather than through lib/env.ts (which validates REDIS_URL at start).
/* eslint-disable no-restricted-properties */
CacheHandler.onCreation(() => {
  globalThis.claimtrailCacheConfig ??= (async () => {
    if (process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD || !process.env.REDIS_URL) {
      return { handlers: [createLruHandler()] };
    }
    const client = createClient({ url: process.env.REDIS_URL, pingInterval: 10_000 });
    client.on("error", (error) => console.warn(`[claimtrail] Redis cache: ${error.message}`));
    try {
      await client.connect();
    } catch (error) {
      console.warn(`[claimtrail] Redis at REDIS_URL unreachable (${error.message}); using a local cache.`);
      return { handlers: [createLruHandler()] };
    }
    return { handlers: [createRedisHandler({ client, keyPrefix: "claimtrail:", timeoutMs: 1000 })] };
  })();
  return globalThis.claimtrailCacheConfig;
});

/**
 * The handler takes a cached page's tags from its headers, but a cached route handler's only from
 * what Next passes beside it, which is none: Next puts a route's tags (its implicit path tag among
 * them) in the entry's `x-next-cache-tags` header. Without this, revalidatePath never expires a
 * cached route handler on a Redis cache (the API's per-record answers, decision 0017), and the
 * other servers keep serving the old answer.
 */
class ClaimtrailCacheHandler extends CacheHandler {
  async set(cacheKey, value, ctx) {
    if (value?.kind === "APP_ROUTE") {
      const header = value.headers?.["x-next-cache-tags"];
      const fromHeader = Array.isArray(header) ? header : typeof header === "string" ? header.split(",") : [];
      ctx = { ...ctx, tags: [...new Set([...(ctx?.tags ?? []), ...fromHeader])] };
    }
    return super.set(cacheKey, value, ctx);
  }
}

export default ClaimtrailCacheHandler;
