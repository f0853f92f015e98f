import { execFile } from "node:child_process";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createEmptyDatabase, type TestDatabase } from "../../test/database";
import { BENCH_HISTORY_KEY } from "./settings";

/**
 * bench:data fills the search index at the end, with its triggers off during the load, through the
 * triggers' own function (claim_search_refresh). The index must hold exactly what the triggers
 * give: the same seed loaded with `--search-triggers` (the triggers on, as the app runs) and
 * without must leave identical ClaimSearch rows and indexes, the triggers on again, and a history
 * that `history:verify` accepts.
 */
const run = promisify(execFile);
const base = process.env.TEST_BASE_DATABASE_URL;
const databases: TestDatabase[] = [];
afterAll(async () => {
  for (const database of databases) await database.drop();
});

const tsx = (script: string, url: string, ...args: string[]) =>
  run("npx", ["tsx", "--conditions=react-server", script, ...args], {
    env: { ...process.env, DATABASE_URL: url, HISTORY_SIGNING_KEY: BENCH_HISTORY_KEY },
    maxBuffer: 16 * 1024 * 1024,
  });

async function snapshot(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const rows = await client.query(
      `SELECT "claimId", "publishedAt"::text, status::text, "subjectId", "speakerId", "statedOn"::text,
              "outletIds"::text, names, document::text
         FROM "ClaimSearch" ORDER BY "claimId"`,
    );
    const indexes = await client.query(
      `SELECT indexdef FROM pg_indexes WHERE tablename = 'ClaimSearch' ORDER BY indexname`,
    );
    const triggers = await client.query(
      `SELECT t.tgname, t.tgenabled FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid
        WHERE p.proname LIKE 'claim_search_%_changed' ORDER BY 1`,
    );
    const publicClaims = await client.query(`SELECT count(*)::int AS n FROM "Claim" WHERE visibility = 'PUBLIC'`);
    return {
      rows: rows.rows,
      indexes: indexes.rows.map((r) => r.indexdef as string),
      triggers: triggers.rows.map((r) => `${r.tgname}:${r.tgenabled}`),
      publicClaims: publicClaims.rows[0].n as number,
    };
  } finally {
    await client.end();
  }
}

describe("bench:data's search index", () => {
  it.skipIf(!base)(
    "is what the triggers give, with the triggers on afterwards and a valid history",
    async () => {
      const [withTriggers, bulk] = [await createEmptyDatabase(base), await createEmptyDatabase(base)];
      databases.push(withTriggers, bulk);
      await tsx("scripts/bench/data.ts", withTriggers.url, "--claims", "400", "--search-triggers");
      const { stdout } = await tsx("scripts/bench/data.ts", bulk.url, "--claims", "400");
      expect(stdout).toMatch(/Search triggers off during the load \(8\)/);

      const expected = await snapshot(withTriggers.url);
      const actual = await snapshot(bulk.url);
      expect(expected.rows.length).toBe(expected.publicClaims);
      expect(expected.rows.length).toBeGreaterThan(300);
      expect(actual.rows).toEqual(expected.rows);
      expect(actual.indexes).toEqual(expected.indexes);
      expect(actual.triggers).toHaveLength(8);
      expect(actual.triggers.every((t) => t.endsWith(":O"))).toBe(true);

      // history:verify exits 1 (execFile rejects) if anything is broken.
      const verify = await tsx("scripts/verify-history.ts", bulk.url);
      console.info(`[bench:data] history:verify: ${verify.stdout.trim().split("\n").at(-1)}`);
    },
    600_000,
  );
});
