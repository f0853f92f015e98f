/**
 * `npm run db:import -- <folder>`: restores a backup written by `npm run db:export` into an empty
 * database (DATABASE_URL, or the embedded one when it is not set, with the app stopped): checks
 * every file against the manifest, migrates, loads every table in one transaction. Then run
 * `npm run history:verify` (with the same HISTORY_SIGNING_KEY as the exported database).
 */
import { importDatabase } from "../lib/db/backup";
import { migrate } from "../lib/db/migrate";
import { withBackupDatabase } from "./backup-database";

const dir = process.argv[2];
if (!dir || dir.startsWith("-")) {
  console.error("Usage: npm run db:import -- <backup folder>");
  process.exit(2);
}
try {
  const manifest = await withBackupDatabase((url, where) => {
    console.log(`Importing ${dir} into ${where}`);
    return importDatabase(
      url,
      dir,
      (target) => migrate(target),
      (line) => console.log(`  ${line}`),
    );
  });
  const rows = manifest.tables.reduce((sum, t) => sum + t.rows, 0);
  console.log(`Imported ${rows} rows of ${manifest.tables.length} tables, taken ${manifest.createdAt}.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
