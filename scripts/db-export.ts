/**
 * `npm run db:export -- <folder>`: writes a portable backup of the database (lib/db/backup.ts):
 * one JSON Lines file per table and manifest.json with counts and SHA-256 hashes, from one
 * consistent snapshot. DATABASE_URL, or the embedded database when it is not set (the app must be
 * stopped). The history signing key is not in the database, so not in the backup: keep it too.
 */
import { exportDatabase } from "../lib/db/backup";
import { withBackupDatabase } from "./backup-database";

const dir = process.argv[2];
if (!dir || dir.startsWith("-")) {
  console.error("Usage: npm run db:export -- <new folder>");
  process.exit(2);
}
try {
  const manifest = await withBackupDatabase((url, where) => {
    console.log(`Exporting ${where} into ${dir}`);
    return exportDatabase(url, dir, (line) => console.log(`  ${line}`));
  });
  const rows = manifest.tables.reduce((sum, t) => sum + t.rows, 0);
  console.log(`Exported ${rows} rows of ${manifest.tables.length} tables; manifest: ${dir}/manifest.json`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
