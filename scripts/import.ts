/**
 * `npm run import -- [--as EMAIL] <files or folders>`: bulk import of .txt, .md and .html files.
 *
 * Each file is staged as an import waiting for an editor's confirmation at /desk/import (the same
 * step as an upload), in its own transaction: Ctrl-C stops after the current file, and a second
 * run reports what is already in as duplicates. A progress bar on a terminal, one line per file
 * otherwise; a summary at the end; exit 1 if any file failed, 130 if interrupted.
 *
 * Where it writes: DATABASE_URL if set. Otherwise the embedded database in CLAIMTRAIL_DATA_DIR:
 * through the running app if it holds the data folder (with the token it left in its lock file),
 * else by opening the folder itself under the same lock, so the app cannot start meanwhile.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import type { Actor } from "../lib/auth/actor";
import {
  collectFiles,
  describeOutcome,
  readImportFile,
  runBulkImport,
  summarize,
  type BulkEntry,
  type BulkOutcome,
} from "../lib/articles/import/bulk";
import type { DuplicateOf } from "../lib/articles/import/duplicates";
import { decodeImportBytes } from "../lib/articles/import/extract";
import { importActorFor } from "../lib/articles/import/import-actor";
import { stageImport } from "../lib/articles/import/mutations";
import { acquireDataLock, type DataLockInfo } from "../lib/db/data-lock";
import { env } from "../lib/env";
import { AppError } from "../lib/errors";

const usage = "Usage: npm run import -- [--as EMAIL] <files or folders>";

function progressPrinter(total: number) {
  const tty = Boolean(process.stdout.isTTY);
  return (done: number, entry: BulkEntry) => {
    const name = path.basename(entry.file);
    if (!tty) {
      console.log(`[${done}/${total}] ${entry.file}: ${describeOutcome(entry.outcome)}`);
      return;
    }
    const width = 24;
    const filled = Math.round((done / total) * width);
    const bar = `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total}`;
    // Failures stay on screen; the bar line is redrawn in place.
    if (entry.outcome.status === "failed")
      process.stdout.write(`\r\x1b[2K${entry.file}: ${describeOutcome(entry.outcome)}\n`);
    process.stdout.write(`\r\x1b[2K${bar} ${name}`.slice(0, (process.stdout.columns || 80) - 1));
    if (done === total) process.stdout.write("\n");
  };
}

const failure = (error: unknown): BulkOutcome => ({
  status: "failed",
  reason: error instanceof Error ? error.message : String(error),
});

async function directImporter(email: string | null) {
  const actor: Actor = await importActorFor(email);
  console.log(`Importing as ${actor.name} (${actor.role.toLowerCase()}).`);
  return async (file: string): Promise<BulkOutcome> => {
    try {
      const name = path.basename(file);
      const result = await stageImport(actor, {
        fileName: name,
        text: decodeImportBytes(await readImportFile(file), name),
      });
      return result.status === "staged"
        ? { status: "staged", importId: result.importId, headline: result.headline }
        : { status: "duplicate", of: result.of };
    } catch (error) {
      return failure(error);
    }
  };
}

function appImporter(app: DataLockInfo, email: string | null) {
  console.log(`The app is running (pid ${app.pid}); importing through it at ${app.url}.`);
  return async (file: string): Promise<BulkOutcome> => {
    try {
      const bytes = await readImportFile(file);
      const response = await fetch(`${app.url}/api/desk/import`, {
        method: "POST",
        headers: {
          authorization: `Bearer ${app.token}`,
          "x-file-name": encodeURIComponent(path.basename(file)),
          "content-type": "application/octet-stream",
          ...(email ? { "x-claimtrail-as": email } : {}),
        },
        body: new Blob([bytes]),
      });
      const answer = (await response.json().catch(() => null)) as {
        status?: string;
        importId?: string;
        headline?: string | null;
        of?: DuplicateOf;
        error?: { message?: string };
      } | null;
      if (response.ok && answer?.status === "staged" && answer.importId) {
        return { status: "staged", importId: answer.importId, headline: answer.headline ?? null };
      }
      if (response.ok && answer?.status === "duplicate" && answer.of) return { status: "duplicate", of: answer.of };
      const message = answer?.error?.message;
      return { status: "failed", reason: message ?? `the app answered HTTP ${response.status}` };
    } catch (error) {
      return failure(error);
    }
  };
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { as: { type: "string" }, help: { type: "boolean", short: "h" } },
  });
  if (values.help || positionals.length === 0) {
    console.log(usage);
    return values.help ? 0 : 2;
  }
  const { files, missing } = await collectFiles(positionals);
  for (const m of missing) console.error(`Not found: ${m}`);
  if (files.length === 0) {
    console.error("No .txt, .md or .html files to import.");
    return missing.length ? 1 : 2;
  }
  const email = values.as ?? null;
  const config = env();

  let importOne: (file: string) => Promise<BulkOutcome>;
  let cleanup = async () => {};
  if (config.DATABASE_URL) {
    importOne = await directImporter(email);
    cleanup = async () => (await import("../lib/db/client")).db().$disconnect();
  } else {
    const dataRoot = path.resolve(config.CLAIMTRAIL_DATA_DIR);
    const lock = await acquireDataLock(dataRoot, { owner: "import" });
    if ("heldBy" in lock) {
      if (lock.heldBy.owner !== "app" || !lock.heldBy.url || !lock.heldBy.token) {
        console.error(`Another import (pid ${lock.heldBy.pid}) is using ${config.CLAIMTRAIL_DATA_DIR}; wait for it.`);
        return 1;
      }
      importOne = appImporter(lock.heldBy, email);
    } else {
      const { startEmbeddedDatabase } = await import("../lib/db/embedded");
      const { migrate } = await import("../lib/db/migrate");
      const embedded = await startEmbeddedDatabase({ dataDir: path.join(dataRoot, "pglite") });
      // Read by lib/db/client on first use: one connection, as the app uses it (lib/env.ts).
      Object.assign(process.env, { DATABASE_URL: embedded.url, DATABASE_POOL_MAX: "1" });
      console.log(
        `Opened the embedded database in ${config.CLAIMTRAIL_DATA_DIR} (the app cannot start until this ends).`,
      );
      cleanup = async () => {
        await (await import("../lib/db/client")).db().$disconnect();
        await embedded.stop();
        await lock.release();
      };
      try {
        await migrate(embedded.url);
        importOne = await directImporter(email);
      } catch (error) {
        await cleanup();
        throw error;
      }
    }
  }

  const controller = new AbortController();
  process.once("SIGINT", () => {
    console.log("\nStopping after the current file (Ctrl-C again to stop at once)…");
    controller.abort();
    process.once("SIGINT", () => process.exit(130));
  });
  try {
    const summary = await runBulkImport(files, importOne, {
      signal: controller.signal,
      onProgress: progressPrinter(files.length),
    });
    if (process.stdout.isTTY && summary.interrupted) process.stdout.write("\n");
    for (const line of summarize(summary)) console.log(line);
    if (summary.interrupted) return 130;
    return summary.entries.some((e) => e.outcome.status === "failed") || missing.length ? 1 : 0;
  } finally {
    await cleanup();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof AppError ? error.message : error);
    process.exit(1);
  },
);
