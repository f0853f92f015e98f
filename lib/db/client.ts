import { PrismaPg } from "@prisma/adapter-pg";
import { env } from "../env";
import { PrismaClient } from "./generated/client";
import { pool } from "./pool";
import { statementName } from "./statement-names";

// The password hash never leaves the data layer: omitted on every query unless selected.
const options = { omit: { user: { passwordHash: true } } } as const;

export type Db = PrismaClient<never, typeof options.omit>;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

// One client per process (on the one pool, lib/db/pool.ts); kept on globalThis so Next's dev
// reloads do not open more.
const globalForDb = globalThis as unknown as { claimtrailDb?: Db };

export { pool };

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
