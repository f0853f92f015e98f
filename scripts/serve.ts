/**
 * `npm run dev` / `npm start`: runs Next.js against DATABASE_URL, or, when it is not set, against
 * an embedded PostgreSQL kept in the data folder, migrated and seeded with the sample newsroom
 * on its first start. Migrations always apply before the app serves.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { MissingSecretError, resolveAuthSecret, resolveHistorySecret } from "../lib/auth/secret";
import { acquireDataLock, type DataLock } from "../lib/db/data-lock";
import { startEmbeddedDatabase } from "../lib/db/embedded";
import { migrateAtStart, MigrationError } from "../lib/db/migrate";
import { env } from "../lib/env";
import { DEMO_PASSWORD, DEMO_USERS, isSeeded, seedSampleData } from "../prisma/seed";

const mode = process.argv[2];
if (mode !== "dev" && mode !== "start") {
  console.error("Usage: tsx scripts/serve.ts dev|start");
  process.exit(2);
}

const config = env();
const log = (line: string) => console.log(`[claimtrail] ${line}`);

let authSecret: string;
let historySecret: string;
try {
  const secretOptions = {
    production: mode === "start",
    externalDatabase: Boolean(config.DATABASE_URL),
    dataDir: path.resolve(config.CLAIMTRAIL_DATA_DIR),
  };
  authSecret = resolveAuthSecret({ ...secretOptions, given: config.NEXTAUTH_SECRET });
  historySecret = resolveHistorySecret({ ...secretOptions, given: config.HISTORY_SIGNING_KEY });
  process.env.HISTORY_SIGNING_KEY = historySecret; // the seed below signs with it too
} catch (error) {
  if (!(error instanceof MissingSecretError)) throw error;
  console.error(`[claimtrail] ${error.message}`);
  process.exit(1);
}

let databaseUrl = config.DATABASE_URL;
let stopEmbedded: (() => Promise<void>) | undefined;
// With the embedded database, `npm run import` imports through this app, with this token.
const importToken = randomBytes(32).toString("base64url");
let dataLock: DataLock | undefined;
if (!databaseUrl) {
  const lock = await acquireDataLock(path.resolve(config.CLAIMTRAIL_DATA_DIR), {
    owner: "app",
    url: `http://127.0.0.1:${config.PORT}`,
    token: importToken,
  });
  if ("heldBy" in lock) {
    const who = lock.heldBy.owner === "import" ? "The import command" : "Another Claimtrail server";
    console.error(`[claimtrail] ${who} (pid ${lock.heldBy.pid}) is using ${config.CLAIMTRAIL_DATA_DIR}; wait for it.`);
    process.exit(1);
  }
  dataLock = lock;
  const dataDir = path.resolve(config.CLAIMTRAIL_DATA_DIR, "pglite");
  const embedded = await startEmbeddedDatabase({ dataDir, port: config.EMBEDDED_DB_PORT });
  databaseUrl = embedded.url;
  stopEmbedded = embedded.stop;
  process.env.DATABASE_URL = databaseUrl;
  process.env.DATABASE_POOL_MAX = "1"; // see lib/env.ts
  log(`No DATABASE_URL set: using the embedded database in ${dataDir}`);
}

try {
  await migrateAtStart(databaseUrl, { log });
} catch (error) {
  if (!(error instanceof MigrationError)) throw error;
  console.error(`[claimtrail] ${error.message}`);
  await stopEmbedded?.();
  process.exit(1);
}

if (stopEmbedded) {
  if (!(await isSeeded())) {
    log("First start: loading the sample data…");
    try {
      await seedSampleData(log);
    } catch (error) {
      console.error(error);
      log(`The sample data did not load completely. Stop, delete ${config.CLAIMTRAIL_DATA_DIR} and start again.`);
      await stopEmbedded();
      await dataLock?.release();
      process.exit(1);
    }
  }
  log("Demo sign-ins (password for all: " + DEMO_PASSWORD + "):");
  for (const user of DEMO_USERS) log(`  ${user.role.toLowerCase().padEnd(8)} ${user.email}`);
}

const require = createRequire(import.meta.url);
const nextBin = require.resolve("next/dist/bin/next");
const scriptsDir = path.dirname(fileURLToPath(import.meta.url));
// NODE_OPTIONS may carry tsx's loader and the react-server condition; Next must not inherit them.
const { NODE_OPTIONS: _nodeOptions, ...inherited } = process.env;
const childEnv = {
  ...inherited,
  DATABASE_URL: databaseUrl,
  NEXTAUTH_SECRET: authSecret,
  HISTORY_SIGNING_KEY: historySecret,
  NEXTAUTH_URL: config.NEXTAUTH_URL ?? `http://localhost:${config.PORT}`,
  NEXT_TELEMETRY_DISABLED: "1",
  ...(dataLock ? { CLAIMTRAIL_IMPORT_TOKEN: importToken } : {}),
};
// `start` runs Next behind our HTTP front, which stamps the client's address from the socket
// (docs/decisions/0007-client-address-and-sign-in-limits.md); `dev` runs plain `next dev`.
// The heap cap: without one, V8 sizes the heap from the machine's memory (about 4 GB here) and
// lets garbage pile up under load; capped, it collects sooner (docs/decisions/0020-server-memory.md).
const args =
  mode === "start"
    ? [
        `--max-old-space-size=${config.SERVER_HEAP_MB}`,
        // Not under tsx: its loader thread sat in every dynamic import(), one per request in Next,
        // about a tenth of a cached page's CPU time (docs/decisions/0020-server-memory.md).
        path.join(scriptsDir, "bundled.mjs"),
        "--packages=external",
        path.join(scriptsDir, "http-server.ts"),
        "--",
      ]
    : [nextBin, mode, "-p", String(config.PORT)];
const child = spawn(process.execPath, args, {
  stdio: "inherit",
  env: mode === "start" ? { ...childEnv, NODE_ENV: "production", PORT: String(config.PORT) } : childEnv,
});
log(`Claimtrail on http://localhost:${config.PORT}`);

let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  await stopEmbedded?.();
  await dataLock?.release();
  process.exit(code);
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    child.kill(signal);
  });
}
child.on("exit", (code, signal) => void shutdown(code ?? (signal ? 0 : 1)));
