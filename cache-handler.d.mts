import { CacheHandler } from "@fortedigital/nextjs-cache-handler";

/** The cache handler next.config.ts names (cache-handler.mjs). */
export default class ClaimtrailCacheHandler extends CacheHandler {}
