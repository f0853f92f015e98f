// Next's page and data cache, on every server (next.config.ts; docs/decisions/0015-caching.md):
// in this process's memory, or, with REDIS_URL, in Redis, shared by several app servers, so that a
// decision expired on one server is expired on every server. If Redis cannot be reached at start,
// this server keeps a cache in its memory and says so.
import { CacheHandler } from "@fortedigital/nextjs-cache-handler";
import createLruHandler from "@fortedigital/nextjs-cache-handler/local-lru";
import createRedisHandler from "@fortedigital/nextjs-cache-handler/redis-strings";
import { PHASE_PRODUCTION_BUILD } from "next/constants.js";
import { createClient } from "redis";

/**
 * The in-memory cache's size, as the handler counts it: an entry's JSON length, in which a page's
 * HTML counts once and its RSC payload (a Buffer, written as a list of numbers) about 3.5 times.
 * About 16 MB of pages, the hot ones (docs/decisions/0020-server-memory.md).
 */
const MEMORY_CACHE_SIZE = 48 * 1024 * 1024;

// Next loads this file itself, outside the TypeScript build, so it reads its two settings here
// rather than through lib/env.ts (which validates REDIS_URL at start).
/* eslint-disable no-restricted-properties */
CacheHandler.onCreation(() => {
  globalThis.claimtrailCacheConfig ??= (async () => {
    const inMemory = { handlers: [createLruHandler({ maxItemSizeBytes: MEMORY_CACHE_SIZE })] };
    if (process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD || !process.env.REDIS_URL) return inMemory;
    const client = createClient({ url: process.env.REDIS_URL, pingInterval: 10_000 });
    client.on("error", (error) => console.warn(`[claimtrail] Redis cache: ${error.message}`));
    try {
      await client.connect();
    } catch (error) {
      console.warn(`[claimtrail] Redis at REDIS_URL unreachable (${error.message}); using a local cache.`);
      return inMemory;
    }
    return { handlers: [createRedisHandler({ client, keyPrefix: "claimtrail:", timeoutMs: 1000 })] };
  })();
  return globalThis.claimtrailCacheConfig;
});

/**
 * When this server went looking for each entry it is now rendering (a miss or a stale entry), so
 * that the entry is stored as of then rather than as of when the render ended. A decision that
 * commits while a page is being rendered from the data before it expires the page's tag at a time
 * later than that: stored as of its end, the old render would outlive the expiry and be served
 * until the page's next revalidation, an hour on; stored as of its start, it is expired at once.
 */
const renderStarts = new Map();
const RENDER_START_KEPT_MS = 60_000; // a render that never stored its entry (it failed) is forgotten

function noteRenderStart(cacheKey, at) {
  const pending = renderStarts.get(cacheKey);
  if (pending === undefined || at - pending > RENDER_START_KEPT_MS) renderStarts.set(cacheKey, at);
  if (renderStarts.size > 10_000) {
    for (const [key, startedAt] of renderStarts) if (at - startedAt > RENDER_START_KEPT_MS) renderStarts.delete(key);
  }
}

function takeRenderStart(cacheKey) {
  const startedAt = renderStarts.get(cacheKey);
  renderStarts.delete(cacheKey);
  return startedAt;
}

/** Whether Next will render this entry again: there is none, or its revalidation time has passed. */
const rendersAgain = (entry, now) => !entry || (entry.lifespan != null && entry.lifespan.staleAt * 1000 <= now);

export default class ClaimtrailCacheHandler extends CacheHandler {
  async get(cacheKey, ctx) {
    // A millisecond early: an expiry in the same millisecond as the look-up must still win.
    const askedAt = Date.now() - 1;
    const entry = await super.get(cacheKey, ctx);
    if (rendersAgain(entry, askedAt)) noteRenderStart(cacheKey, askedAt);
    return entry;
  }

  async set(cacheKey, value, ctx) {
    // The handler takes a cached page's tags from its headers, but a cached route handler's only
    // from what Next passes beside it, which is none: Next puts a route's tags (its implicit path
    // tag among them) in the entry's `x-next-cache-tags` header. Without this, revalidatePath never
    // expires a cached route handler (the API's per-record answers, decision 0017).
    if (value?.kind === "APP_ROUTE") {
      const header = value.headers?.["x-next-cache-tags"];
      const fromHeader = Array.isArray(header) ? header : typeof header === "string" ? header.split(",") : [];
      ctx = { ...ctx, tags: [...new Set([...(ctx?.tags ?? []), ...fromHeader])] };
    }
    const startedAt = takeRenderStart(cacheKey);
    if (startedAt !== undefined && ctx?.internal_lastModified === undefined) {
      ctx = { ...ctx, internal_lastModified: startedAt };
    }
    return super.set(cacheKey, value, ctx);
  }
}
