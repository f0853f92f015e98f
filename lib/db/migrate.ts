import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

/**
 * Applies prisma/migrations/<name>/migration.sql the way `prisma migrate deploy` does, without
 * Prisma's native schema engine (which cannot be downloaded on offline machines): same folder
 * layout, same `_prisma_migrations` table and sha256 checksums, so `prisma migrate` can take over
 * the same database on a machine that has the engine. See docs/decisions/0001-own-migration-runner.md.
 */

export const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");

// Arbitrary constant shared by every app server: only one of them migrates at a time.
const MIGRATION_LOCK_ID = 72_707_369;

const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export class MigrationError extends Error {}

export type MigrationFile = { name: string; sql: string; checksum: string };

type AppliedRow = { migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null };

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<MigrationFile[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    }),
  );
}

/** Decides what to apply; throws, before anything is applied, if history and files disagree. */
export function planMigrations(files: MigrationFile[], applied: AppliedRow[]): MigrationFile[] {
  const live = applied.filter((row) => row.rolled_back_at === null);
  const byName = new Map(live.map((row) => [row.migration_name, row]));
  for (const row of live) {
    const file = files.find((f) => f.name === row.migration_name);
    if (!file) {
      throw new MigrationError(
        `Migration ${row.migration_name} is applied to the database but missing from prisma/migrations.`,
      );
    }
    if (row.finished_at === null) {
      throw new MigrationError(
        `Migration ${row.migration_name} started but did not finish; fix the database by hand and mark it rolled back.`,
      );
    }
    if (row.checksum !== file.checksum) {
      throw new MigrationError(
        `Migration ${row.migration_name} was edited after it was applied (checksum mismatch). ` +
          "Restore the original file and put the change in a new migration.",
      );
    }
  }
  return files.filter((f) => !byName.has(f.name));
}

export type MigrateOptions = { dir?: string; log?: (line: string) => void };

/** Applies pending migrations, each in its own transaction, under a PostgreSQL advisory lock. */
export async function migrate(connectionString: string, options: MigrateOptions = {}): Promise<string[]> {
  const files = await readMigrations(options.dir);
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_ID]);
    try {
      await client.query(CREATE_MIGRATIONS_TABLE);
      const { rows } = await client.query<AppliedRow>(
        `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"`,
      );
      const applied: string[] = [];
      for (const file of planMigrations(files, rows)) {
        if (!(await applyMigration(client, file))) continue;
        applied.push(file.name);
        options.log?.(`Applied migration ${file.name}`);
      }
      return applied;
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_ID]);
    }
  } finally {
    await client.end();
  }
}

async function applyMigration(client: pg.Client, file: MigrationFile): Promise<boolean> {
  await client.query("BEGIN");
  try {
    // Checked again under a table lock: the advisory lock is per session, and an embedded
    // database serves every connection from one session, so it alone does not exclude them.
    await client.query(`LOCK TABLE "_prisma_migrations" IN SHARE ROW EXCLUSIVE MODE`);
    const done = await client.query(
      `SELECT 1 FROM "_prisma_migrations" WHERE migration_name = $1 AND rolled_back_at IS NULL`,
      [file.name],
    );
    if (done.rowCount) {
      await client.query("ROLLBACK");
      return false;
    }
    await client.query(file.sql);
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
       VALUES ($1, $2, $3, now(), now(), 1)`,
      [randomUUID(), file.checksum, file.name],
    );
    await client.query("COMMIT");
    return true;
  } catch (error) {
    await client.query("ROLLBACK");
    throw new MigrationError(`Migration ${file.name} failed and was rolled back: ${(error as Error).message}`);
  }
}

/**
 * For `npm start`: the owner role migrates; the app's own role (see `npm run db:roles`), which may
 * not create or alter tables, never tries. It checks instead, and refuses to serve while migrations
 * are pending, saying how to apply them.
 */
export async function migrateAtStart(connectionString: string, options: MigrateOptions = {}): Promise<string[]> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  let mayMigrate: boolean;
  let applied: AppliedRow[] = [];
  try {
    const { rows } = await client.query<{ may: boolean; tracked: boolean }>(
      `SELECT has_schema_privilege(current_user, 'public', 'CREATE') AS may,
              to_regclass('public."_prisma_migrations"') IS NOT NULL AS tracked`,
    );
    mayMigrate = rows[0].may;
    if (!mayMigrate && rows[0].tracked) {
      applied = (
        await client.query<AppliedRow>(
          `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"`,
        )
      ).rows;
    }
  } finally {
    await client.end();
  }
  if (mayMigrate) return migrate(connectionString, options);
  const pending = planMigrations(await readMigrations(options.dir), applied);
  if (pending.length > 0) {
    throw new MigrationError(
      `${pending.length} migration(s) are pending (${pending.map((m) => m.name).join(", ")}), and this database ` +
        "role may not apply them. Run `npm run db:migrate` as the database owner, then start again.",
    );
  }
  options.log?.("The database is up to date (this role does not migrate).");
  return [];
}
