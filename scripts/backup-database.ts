/**
 * The database `npm run db:export` and `npm run db:import` work on: DATABASE_URL if set, otherwise
 * the embedded database in CLAIMTRAIL_DATA_DIR, opened under the data-folder lock
 * (lib/db/data-lock.ts), so that the app cannot start on it meanwhile and, if the app is running,
 * the command refuses rather than open the folder a second time.
 */
import path from "node:path";
import { acquireDataLock } from "../lib/db/data-lock";
import { startEmbeddedDatabase } from "../lib/db/embedded";
import { env } from "../lib/env";

export async function withBackupDatabase<T>(run: (url: string, where: string) => Promise<T>): Promise<T> {
  const config = env();
  if (config.DATABASE_URL) return run(config.DATABASE_URL, "DATABASE_URL");
  const dataDir = path.resolve(config.CLAIMTRAIL_DATA_DIR);
  const lock = await acquireDataLock(dataDir, { owner: "backup" });
  if ("heldBy" in lock) {
    const who = lock.heldBy.owner === "app" ? "The Claimtrail app" : `The ${lock.heldBy.owner} command`;
    throw new Error(`${who} (pid ${lock.heldBy.pid}) is using ${config.CLAIMTRAIL_DATA_DIR}; stop it first.`);
  }
  try {
    const embedded = await startEmbeddedDatabase({ dataDir: path.join(dataDir, "pglite") });
    try {
      return await run(embedded.url, `the embedded database in ${path.join(config.CLAIMTRAIL_DATA_DIR, "pglite")}`);
    } finally {
      await embedded.stop();
    }
  } finally {
    await lock.release();
  }
}
