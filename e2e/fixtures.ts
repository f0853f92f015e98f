import { test as base, expect } from "@playwright/test";
import pg from "pg";
import { assertLocal } from "../test/database";
import { readSettings, testDatabaseUrl } from "./settings";

type Fixtures = {
  /** URL of the database the app under test reads (local hosts only). */
  databaseUrl: string;
  /** A connection pool on that database, for tests that set up or check data; closed after the test. */
  db: pg.Pool;
};

export const test = base.extend<Fixtures>({
  databaseUrl: [testDatabaseUrl(readSettings()), { option: true }],
  db: async ({ databaseUrl }, provide) => {
    assertLocal(databaseUrl);
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
    try {
      await provide(pool);
    } finally {
      await pool.end();
    }
  },
});

export { expect };

/** The id of the article with this exact headline. */
export async function articleIdByHeadline(db: pg.Pool, headline: string): Promise<string> {
  const { rows } = await db.query<{ id: string }>(`SELECT id FROM "Article" WHERE headline = $1`, [headline]);
  if (rows.length !== 1) throw new Error(`Expected one article headed “${headline}”, found ${rows.length}.`);
  return rows[0].id;
}

/** How many public claims there are, optionally with one status. */
export async function countPublicClaims(db: pg.Pool, status?: string): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "Claim" WHERE visibility = 'PUBLIC' AND ($1::text IS NULL OR status::text = $1)`,
    [status ?? null],
  );
  return rows[0].n;
}
