import pg from "pg";
import { env, requireDatabaseUrl } from "../env";
import { logger } from "../logger";

// One pool per process; kept on globalThis so Next's dev reloads do not open more. Apart from the
// Prisma client built on it (lib/db/client.ts), so that plain-SQL scripts such as
// `npm run history:verify` start without loading Prisma's generated client (0.7 s of CPU).
const globalForDb = globalThis as unknown as { claimtrailPool?: pg.Pool };

/**
 * The process's connection pool, shared by Prisma and the sign-in throttle, so that a pool of one
 * (the embedded database, see DATABASE_POOL_MAX in lib/env.ts) really means one connection.
 */
export function pool(): pg.Pool {
  if (!globalForDb.claimtrailPool) {
    const max = env().DATABASE_POOL_MAX;
    // A single connection stays open: named prepared statements live as long as its session. A pool
    // keeps an idle connection for five minutes, so its prepared statements (and its warm catalog
    // caches) survive a quiet spell.
    const created = new pg.Pool({
      connectionString: requireDatabaseUrl(),
      max,
      idleTimeoutMillis: max === 1 ? 0 : 300_000,
    });
    // The message alone: pg hangs the whole client (with its prepared statements) on the error.
    const reason = (error: Error) => ({ err: { type: error.name, message: error.message } });
    created.on("error", (error) => logger.warn(reason(error), "idle database connection lost; the pool reconnects"));
    // A connection that dies while checked out (killed mid-transaction) emits "error" on its
    // client; unheard, Node turns it into an uncaughtException. The query in flight still rejects
    // and the pool discards the client, so logging is all that is left to do.
    created.on("connect", (client) => {
      client.on("error", (error) => logger.warn(reason(error), "database connection lost while in use"));
    });
    globalForDb.claimtrailPool = created;
  }
  return globalForDb.claimtrailPool;
}
