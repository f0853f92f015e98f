/**
 * `npm run dev` / `npm start`: runs Next.js against DATABASE_URL, or, when it is not set, against
 * an embedded PostgreSQL kept in the data folder, migrated and seeded with the sample newsroom
 * on its first start. Migrations always apply before the app serves.
 */
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { MissingSecretError, resolveAuthSecret } from "../lib/auth/secret";
import { startEmbeddedDatabase } from "../lib/db/embedded";
import { migrate } from "../lib/db/migrate";
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
try {
  authSecret = resolveAuthSecret({
    given: config.NEXTAUTH_SECRET,
    production: mode === "start",
    externalDatabase: Boolean(config.DATABASE_URL),
    dataDir: path.resolve(config.CLAIMTRAIL_DATA_DIR),
  });
} catch (error) {
  if (!(error instanceof MissingSecretError)) throw error;
  console.error(`[claimtrail] ${error.message}`);
  process.exit(1);
}

let databaseUrl = config.DATABASE_URL;
let stopEmbedded: (() => Promise<void>) | undefined;
if (!databaseUrl) {
  const dataDir = path.resolve(config.CLAIMTRAIL_DATA_DIR, "pglite");
  const embedded = await startEmbeddedDatabase({ dataDir, port: config.EMBEDDED_DB_PORT });
  databaseUrl = embedded.url;
  stopEmbedded = embedded.stop;
  process.env.DATABASE_URL = databaseUrl;
  process.env.DATABASE_POOL_MAX = "1"; // see lib/env.ts
  log(`No DATABASE_URL set: using the embedded database in ${dataDir}`);
}

await migrate(databaseUrl, { log });

if (stopEmbedded) {
  if (!(await isSeeded())) {
    log("First start: loading the sample data…");
    try {
      await seedSampleData(log);
    } catch (error) {
      console.error(error);
      log(`The sample data did not load completely. Stop, delete ${config.CLAIMTRAIL_DATA_DIR} and start again.`);
      await stopEmbedded();
      process.exit(1);
    }
  }
  log("Demo sign-ins (password for all: " + DEMO_PASSWORD + "):");
  for (const user of DEMO_USERS) log(`  ${user.role.toLowerCase().padEnd(8)} ${user.email}`);
}

const require = createRequire(import.meta.url);
const nextBin = require.resolve("next/dist/bin/next");
// NODE_OPTIONS may carry tsx's loader and the react-server condition; Next must not inherit them.
const { NODE_OPTIONS: _nodeOptions, ...inherited } = process.env;
const childEnv = {
  ...inherited,
  DATABASE_URL: databaseUrl,
  NEXTAUTH_SECRET: authSecret,
  NEXTAUTH_URL: config.NEXTAUTH_URL ?? `http://localhost:${config.PORT}`,
  NEXT_TELEMETRY_DISABLED: "1",
};
// `start` runs Next behind our HTTP front, which stamps the client's address from the socket
// (docs/decisions/0005-client-address.md); `dev` runs plain `next dev`.
const args =
  mode === "start"
    ? ["--import", "tsx", path.join(path.dirname(fileURLToPath(import.meta.url)), "http-server.ts")]
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
  process.exit(code);
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    child.kill(signal);
  });
}
child.on("exit", (code, signal) => void shutdown(code ?? (signal ? 0 : 1)));
