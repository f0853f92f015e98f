import { createHash } from "node:crypto";
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { createEmptyDatabase, type TestDatabase } from "../../test/database";
import { migrate, MIGRATIONS_DIR, MigrationError } from "./migrate";

const baseUrl = process.env.TEST_BASE_DATABASE_URL || undefined;

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

const tableExists = async (url: string, table: string) =>
  (await query(url, `SELECT 1 FROM information_schema.tables WHERE table_name = '${table}'`)).length === 1;

describe("the migration runner", () => {
  let database: TestDatabase;
  let dir: string;
  const temporary: string[] = [];

  beforeEach(async () => {
    database = await createEmptyDatabase(baseUrl);
    dir = await mkdtemp(path.join(tmpdir(), "claimtrail-migrations-"));
    temporary.push(dir);
    await cp(MIGRATIONS_DIR, dir, { recursive: true });
  });
  afterEach(() => database.drop());
  afterAll(() => Promise.all(temporary.map((d) => rm(d, { recursive: true, force: true }))));

  it("applies every committed migration once and records it the way Prisma does", async () => {
    const applied = await migrate(database.url, { dir });
    expect(applied).toContain("20261123000000_init");
    const rows = await query<{
      migration_name: string;
      checksum: string;
      finished_at: Date;
      applied_steps_count: number;
    }>(
      database.url,
      `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.map((r) => r.migration_name)).toEqual(applied);
    const sql = await readFile(path.join(MIGRATIONS_DIR, "20261123000000_init", "migration.sql"));
    expect(rows[0].checksum).toBe(createHash("sha256").update(sql).digest("hex"));
    expect(rows[0].finished_at).toBeInstanceOf(Date);
    expect(rows[0].applied_steps_count).toBe(1);
    expect(await migrate(database.url, { dir })).toEqual([]);
  });

  it("applies each migration exactly once when two servers start at the same moment", async () => {
    const results = await Promise.all([migrate(database.url, { dir }), migrate(database.url, { dir })]);
    const all = results.flat();
    expect(all.filter((name) => name === "20261123000000_init")).toHaveLength(1);
    const rows = await query(database.url, `SELECT migration_name FROM "_prisma_migrations"`);
    expect(rows).toHaveLength(all.length);
  });

  it("refuses, and changes nothing, when an applied migration file was edited afterwards", async () => {
    await migrate(database.url, { dir });
    const init = path.join(dir, "20261123000000_init", "migration.sql");
    await writeFile(init, (await readFile(init, "utf8")) + "\n-- edited later\n");
    await mkdir(path.join(dir, "29990101000000_later"));
    await writeFile(path.join(dir, "29990101000000_later", "migration.sql"), `CREATE TABLE "Later" ("id" TEXT);`);

    const attempt = migrate(database.url, { dir });
    await expect(attempt).rejects.toBeInstanceOf(MigrationError);
    await expect(attempt).rejects.toThrow(/20261123000000_init was edited after it was applied/);
    expect(await tableExists(database.url, "Later")).toBe(false);
  });

  it("rolls back a migration that fails part-way, leaving no trace of it", async () => {
    await migrate(database.url, { dir });
    await mkdir(path.join(dir, "29990101000000_broken"));
    await writeFile(
      path.join(dir, "29990101000000_broken", "migration.sql"),
      `CREATE TABLE "HalfDone" ("id" TEXT);\nALTER TABLE "NoSuchTable" ADD COLUMN "x" TEXT;`,
    );
    await expect(migrate(database.url, { dir })).rejects.toThrow(/29990101000000_broken failed and was rolled back/);
    expect(await tableExists(database.url, "HalfDone")).toBe(false);
    const rows = await query(
      database.url,
      `SELECT 1 FROM "_prisma_migrations" WHERE migration_name = '29990101000000_broken'`,
    );
    expect(rows).toHaveLength(0);
  });

  it("refuses a database that has a migration this checkout does not know", async () => {
    await migrate(database.url, { dir });
    await rm(path.join(dir, "20261123000000_init"), { recursive: true });
    await expect(migrate(database.url, { dir })).rejects.toThrow(/missing from prisma\/migrations/);
  });
});
