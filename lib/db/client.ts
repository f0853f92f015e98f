import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";
import { requireDatabaseUrl } from "../env";

// The password hash never leaves the data layer: omitted on every query unless selected.
const options = { omit: { user: { passwordHash: true } } } as const;

export type Db = PrismaClient<never, typeof options.omit>;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export function createDb(url: string): Db {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url }), ...options });
}

// One client per process; kept on globalThis so Next's dev reloads do not open new pools.
const globalForDb = globalThis as unknown as { claimtrailDb?: Db };

export function db(): Db {
  globalForDb.claimtrailDb ??= createDb(requireDatabaseUrl());
  return globalForDb.claimtrailDb;
}
