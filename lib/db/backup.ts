import { createHash } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import readline from "node:readline";
import pg from "pg";
import { readMigrations } from "./migrate";

/**
 * A portable backup (`npm run db:export` / `npm run db:import`): a folder with one JSON Lines file
 * per table (each line PostgreSQL's own `row_to_json` of one row, so nothing is reinterpreted on the
 * way: bytes as hex, times as written, numbers as digits) and `manifest.json` with each file's row
 * count and SHA-256, and the migrations the schema was at. It holds data, not schema: the import
 * migrates an empty database to the same migrations, then loads the rows in foreign-key order in
 * one transaction, so a failed import leaves the database empty. The history keys are not in it
 * (the database never holds them): keep HISTORY_SIGNING_KEY with the backup's owner.
 */
export const BACKUP_FORMAT = "claimtrail-backup-v1";
const MANIFEST = "manifest.json";
/**
 * Written by the migration runner and by sign-in throttling: not data worth carrying over. The
 * search index is derived: its triggers rebuild it as the claims and quotes load.
 */
const SKIPPED = new Set(["_prisma_migrations", "rate_limits", "ClaimSearch"]);
const BATCH = 500;

export type BackupTable = { name: string; file: string; rows: number; sha256: string };
export type BackupManifest = {
  format: typeof BACKUP_FORMAT;
  createdAt: string;
  migrations: string[];
  tables: BackupTable[];
};

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Base tables of the current schema, parents before children (by foreign keys). */
async function tablesInLoadOrder(client: pg.ClientBase): Promise<string[]> {
  const { rows: tables } = await client.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const { rows: edges } = await client.query<{ child: string; parent: string }>(
    `SELECT c.relname AS child, p.relname AS parent FROM pg_constraint k
       JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE k.contype = 'f' AND n.nspname = current_schema() AND c.oid <> p.oid`,
  );
  const names = tables.map((t) => t.name).filter((name) => !SKIPPED.has(name));
  const ordered: string[] = [];
  const visit = (name: string, path: string[]) => {
    if (ordered.includes(name)) return;
    if (path.includes(name)) throw new Error(`Foreign keys form a cycle through ${name}; cannot order the load.`);
    for (const edge of edges) if (edge.child === name) visit(edge.parent, [...path, name]);
    ordered.push(name);
  };
  for (const name of names) visit(name, []);
  return ordered.filter((name) => names.includes(name));
}

/** A table's stored columns (generated ones are left out: PostgreSQL computes them again). */
async function storedColumns(client: pg.ClientBase, table: string): Promise<string> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT a.attname AS name FROM pg_attribute a
      WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      ORDER BY a.attnum`,
    [quote(table)],
  );
  return rows.map((r) => quote(r.name)).join(", ");
}

async function appliedMigrations(client: pg.ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name`,
  );
  return rows.map((r) => r.name);
}

/** Writes every table of `connectionString` into `dir` from one consistent snapshot. */
export async function exportDatabase(
  connectionString: string,
  dir: string,
  log: (line: string) => void = () => {},
): Promise<BackupManifest> {
  await mkdir(dir, { recursive: true });
  if ((await readdir(dir)).length > 0) throw new Error(`${dir} is not empty; export into a new folder.`);
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    // One snapshot for every table, so counts and references agree even while the app writes.
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      createdAt: new Date().toISOString(),
      migrations: await appliedMigrations(client),
      tables: [],
    };
    for (const name of await tablesInLoadOrder(client)) {
      const file = `${name}.jsonl`;
      const out = createWriteStream(path.join(dir, file));
      const hash = createHash("sha256");
      let rows = 0;
      // Ordered by the whole row's text, so the same data always gives the same file and hash.
      await client.query(
        `DECLARE backup_rows NO SCROLL CURSOR FOR
           SELECT row_to_json(t)::text AS line
             FROM (SELECT ${await storedColumns(client, name)} FROM ${quote(name)}) t ORDER BY 1`,
      );
      for (;;) {
        const { rows: batch } = await client.query<{ line: string }>(`FETCH ${BATCH} FROM backup_rows`);
        if (batch.length === 0) break;
        const chunk = batch.map((r) => `${r.line}\n`).join("");
        hash.update(chunk);
        rows += batch.length;
        if (!out.write(chunk)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
      }
      await client.query("CLOSE backup_rows");
      await new Promise<void>((resolve, reject) =>
        out.end((error?: Error | null) => (error ? reject(error) : resolve())),
      );
      manifest.tables.push({ name, file, rows, sha256: hash.digest("hex") });
      log(`${name}: ${rows} row(s)`);
    }
    await client.query("COMMIT");
    await writeFile(path.join(dir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    return manifest;
  } finally {
    await client.end();
  }
}

export async function readManifest(dir: string): Promise<BackupManifest> {
  const text = await readFile(path.join(dir, MANIFEST), "utf8").catch(() => {
    throw new Error(`${path.join(dir, MANIFEST)} not found: is ${dir} a Claimtrail backup?`);
  });
  const manifest = JSON.parse(text) as BackupManifest;
  if (manifest.format !== BACKUP_FORMAT) throw new Error(`Unknown backup format ${String(manifest.format)}.`);
  return manifest;
}

/** Checks every file against the manifest's count and hash before anything is loaded. */
export async function checkBackup(dir: string, manifest: BackupManifest): Promise<void> {
  for (const table of manifest.tables) {
    if (path.basename(table.file) !== table.file) throw new Error(`Bad file name in the manifest: ${table.file}`);
    const hash = createHash("sha256");
    let rows = 0;
    for await (const line of readLines(path.join(dir, table.file))) {
      hash.update(`${line}\n`);
      rows++;
    }
    const sha256 = hash.digest("hex");
    if (rows !== table.rows || sha256 !== table.sha256) {
      throw new Error(
        `${table.file} does not match the manifest (${rows} rows, sha256 ${sha256}; expected ${table.rows}, ${table.sha256}).`,
      );
    }
  }
}

function readLines(file: string): AsyncIterable<string> {
  return readline.createInterface({ input: createReadStream(file, "utf8"), crlfDelay: Infinity });
}

/**
 * Loads a backup into `connectionString`, which must be empty or freshly migrated with no rows.
 * Migrates it first to the backup's migrations (refusing if this code has different ones).
 */
export async function importDatabase(
  connectionString: string,
  dir: string,
  migrate: (url: string) => Promise<unknown>,
  log: (line: string) => void = () => {},
): Promise<BackupManifest> {
  const manifest = await readManifest(dir);
  await checkBackup(dir, manifest);
  const known = (await readMigrations()).map((m) => m.name);
  const missing = manifest.migrations.filter((name) => !known.includes(name));
  if (missing.length > 0) {
    throw new Error(
      `The backup was taken at migrations this code does not have (${missing.join(", ")}); update first.`,
    );
  }
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const { rows: existing } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM information_schema.tables
        WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`,
    );
    if (existing[0].n > 0) {
      const order = await tablesInLoadOrder(client);
      for (const name of order) {
        const { rows } = await client.query(`SELECT 1 FROM ${quote(name)} LIMIT 1`);
        if (rows.length > 0)
          throw new Error(`The target database is not empty (${name} has rows); import into an empty one.`);
      }
    }
    await migrate(connectionString);
    const applied = await appliedMigrations(client);
    const newer = applied.filter((name) => !manifest.migrations.includes(name));
    if (newer.length > 0) log(`Migrations since the backup (applied, data carried over): ${newer.join(", ")}`);
    const tables = new Set(await tablesInLoadOrder(client));
    for (const table of manifest.tables) {
      if (!tables.has(table.name)) throw new Error(`The backup has a table ${table.name} this schema does not.`);
    }
    await client.query("BEGIN");
    for (const table of manifest.tables) {
      const columns = await storedColumns(client, table.name);
      let batch: string[] = [];
      const flush = async () => {
        if (batch.length === 0) return;
        await client.query(
          `INSERT INTO ${quote(table.name)} (${columns})
             SELECT ${columns} FROM json_populate_recordset(null::${quote(table.name)}, $1::json)`,
          [`[${batch.join(",")}]`],
        );
        batch = [];
      };
      for await (const line of readLines(path.join(dir, table.file))) {
        batch.push(line);
        if (batch.length >= BATCH) await flush();
      }
      await flush();
      log(`${table.name}: ${table.rows} row(s)`);
    }
    // The same counts in the database as in the manifest, before the load commits.
    for (const table of manifest.tables) {
      const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${quote(table.name)}`);
      if (rows[0].n !== table.rows) throw new Error(`${table.name}: ${rows[0].n} rows loaded, ${table.rows} expected.`);
    }
    await client.query("COMMIT");
    return manifest;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
