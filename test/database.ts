import { randomBytes } from "node:crypto";
import pg from "pg";
import { startEmbeddedDatabase } from "../lib/db/embedded";
import { migrate } from "../lib/db/migrate";

/**
 * A fresh, migrated database for one test file: a new database on the server DATABASE_URL
 * points at, or, when it is not set, an in-memory embedded PostgreSQL of its own.
 */
export type TestDatabase = { url: string; drop: () => Promise<void> };

export async function createEmptyDatabase(baseUrl: string | undefined): Promise<TestDatabase> {
  if (!baseUrl) {
    const embedded = await startEmbeddedDatabase();
    return { url: embedded.url, drop: embedded.stop };
  }
  assertLocal(baseUrl);
  const name = `claimtrail_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: baseUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}

export async function createTestDatabase(baseUrl: string | undefined): Promise<TestDatabase> {
  const database = await createEmptyDatabase(baseUrl);
  await migrate(database.url);
  return database;
}

/** Tests create and drop databases: never let them near a remote server. */
export function assertLocal(url: string) {
  const host = new URL(url).hostname;
  if (!["localhost", "127.0.0.1", "::1", "[::1]"].includes(host)) {
    throw new Error(`Refusing to run tests against the non-local database host ${host}.`);
  }
}
