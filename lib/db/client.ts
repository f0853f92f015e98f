import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { env, requireDatabaseUrl } from "../env";
import { logger } from "../logger";
import { PrismaClient } from "./generated/client";
import { statementName } from "./statement-names";

// The password hash never leaves the data layer: omitted on every query unless selected.
const options = { omit: { user: { passwordHash: true } } } as const;

export type Db = PrismaClient<never, typeof options.omit>;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

// One pool and one client per process; kept on globalThis so Next's dev reloads do not open more.
const globalForDb = globalThis as unknown as { claimtrailPool?: pg.Pool; claimtrailDb?: Db };

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

/** Whether Prisma's statements are named (prepared once per connection): a real server's pool only. */
export const namedStatements = () => env().DATABASE_POOL_MAX > 1;

export function db(): Db {
  globalForDb.claimtrailDb ??= new PrismaClient({
    adapter: new PrismaPg(pool(), {
      disposeExternalPool: true,
      // Prepared once per connection, planned once: see lib/db/statement-names.ts. The adapter's type
      // says string, but it hands the name to pg as is, and undefined is pg's own unnamed default.
      // Not on the embedded database (a pool of one): all its connections share one session, so a
      // statement prepared by a connection that was replaced would collide with the next one's.
      ...(namedStatements() ? { statementNameGenerator: (query) => statementName(query.sql) as string } : {}),
    }),
    // With a small pool a transaction may queue behind others; give it time to start.
    transactionOptions: { maxWait: 10_000 },
    ...options,
  });
  return globalForDb.claimtrailDb;
}
