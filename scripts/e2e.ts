/**
 * `npm run test:e2e [-- <playwright test args>]`: the end-to-end run, from nothing.
 *
 * 1. Finds a Chromium (scripts/find-browser.ts).
 * 2. Prepares a fresh database with the sample data: with DATABASE_URL (a local server only), the
 *    database `claimtrail_e2e` on that server, dropped, created, migrated and seeded; without it,
 *    a new embedded database in .data/e2e that the server seeds on its first start.
 * 3. Builds the app (`next build`; E2E_SKIP_BUILD=1 skips it), then runs `playwright test`, which
 *    starts `npm start` against that database (playwright.config.ts).
 *
 * Exits with Playwright's exit code, or 1 when the server under test logged an uncaught exception
 * or unhandled rejection (lines Playwright shows prefixed with [WebServer]).
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { rm } from "node:fs/promises";
import { createRequire } from "node:module";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { readSettings } from "../e2e/settings";
import { assertLocal } from "../test/database";
import { findChromium } from "./find-browser";
import { unhandledExceptionLines } from "./server-output";

// One history signing key for the run: the seed (db:reset) and the server under test sign with it,
// so the history they write together verifies.
process.env.HISTORY_SIGNING_KEY ||= randomBytes(32).toString("base64url");

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const started = Date.now();
const log = (line: string) => console.log(`[e2e] ${line}`);
const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

let current: ReturnType<typeof spawn> | undefined;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (current && current.exitCode === null) current.kill(signal);
    else process.exit(130);
  });
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env, stdio: "inherit" });
    current = child;
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      current = undefined;
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

/** Runs Playwright with its output passed through, collecting the server's unhandled exceptions. */
function runWatchingServer(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; unhandled: string[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, env, stdio: ["inherit", "pipe", "pipe"] });
    current = child;
    const unhandled: string[] = [];
    const watch = (stream: NodeJS.ReadableStream, out: NodeJS.WriteStream) => {
      let pending = "";
      stream.on("data", (chunk: Buffer) => {
        out.write(chunk);
        const text = pending + chunk.toString("utf8");
        const end = text.lastIndexOf("\n") + 1;
        pending = text.slice(end);
        unhandled.push(...unhandledExceptionLines(text.slice(0, end)));
      });
    };
    watch(child.stdout!, process.stdout);
    watch(child.stderr!, process.stderr);
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      current = undefined;
      resolve({ code: code ?? (signal ? 1 : 0), unhandled });
    });
  });
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen({ port, host: "127.0.0.1" }, () => server.close(() => resolve(true)));
  });
}

async function requireFreePort(port: number, what: string, variable: string) {
  if (!(await portIsFree(port))) {
    throw new Error(`Port ${port} (${what}) is in use. Stop whatever listens there, or set ${variable}.`);
  }
}

/** Drops and creates the e2e database `name` on the server of `baseUrl`; returns its URL. */
async function recreateDatabase(baseUrl: string, name: string): Promise<string> {
  assertLocal(baseUrl);
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`E2E_DATABASE_NAME must be a plain lower-case name: ${name}`);
  const target = new URL(baseUrl);
  target.pathname = `/${name}`;
  // Connect to the maintenance database if DATABASE_URL itself names the one we are replacing.
  const admin = new URL(baseUrl);
  if (decodeURIComponent(admin.pathname.slice(1)) === name) admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  return target.toString();
}

function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = "***";
  return parsed.toString();
}

async function main(): Promise<number> {
  const defaults = readSettings();
  const chromium = await findChromium();
  log(`Browser: ${chromium}`);

  await requireFreePort(defaults.port, "the app under test", "E2E_BASE_URL");

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    E2E_CHROMIUM: chromium,
    E2E_BASE_URL: defaults.baseURL,
    NEXT_TELEMETRY_DISABLED: "1",
  };

  const serverUrl = process.env.DATABASE_URL?.trim();
  if (serverUrl) {
    const since = Date.now();
    const databaseUrl = await recreateDatabase(serverUrl, defaults.databaseName);
    log(`Database: PostgreSQL server, fresh database ${redact(databaseUrl)}`);
    const code = await run("npm", ["run", "db:reset"], { ...process.env, DATABASE_URL: databaseUrl });
    if (code !== 0) {
      log(`Seeding the e2e database failed (exit ${code}).`);
      return code;
    }
    log(`Database migrated and seeded in ${seconds(since)}.`);
    env.E2E_DATABASE_URL = databaseUrl;
    delete env.E2E_DATA_DIR;
    delete env.E2E_EMBEDDED_DB_PORT;
  } else {
    const dataDir = path.resolve(root, defaults.dataDir);
    const relative = path.relative(root, dataDir);
    if (!relative || relative.startsWith("..")) throw new Error(`E2E_DATA_DIR must be inside ${root}: ${dataDir}`);
    await requireFreePort(defaults.embeddedDbPort, "the embedded database", "E2E_EMBEDDED_DB_PORT");
    await rm(dataDir, { recursive: true, force: true });
    log(
      `Database: embedded PGlite in ${relative} (fresh; seeded by the server on first start), ` +
        `port ${defaults.embeddedDbPort}`,
    );
    delete env.DATABASE_URL;
    delete env.E2E_DATABASE_URL;
    env.E2E_DATA_DIR = relative;
    env.E2E_EMBEDDED_DB_PORT = String(defaults.embeddedDbPort);
  }

  if (process.env.E2E_SKIP_BUILD === "1") {
    log("Build: skipped (E2E_SKIP_BUILD=1); testing the existing .next build.");
  } else {
    const since = Date.now();
    log("Build: next build…");
    const { DATABASE_URL: _unused, ...buildEnv } = process.env;
    const code = await run("npm", ["run", "build"], { ...buildEnv, NEXT_TELEMETRY_DISABLED: "1" });
    if (code !== 0) {
      log(`next build failed (exit ${code}).`);
      return code;
    }
    log(`Build finished in ${seconds(since)}.`);
  }

  const cli = createRequire(import.meta.url).resolve("@playwright/test/cli");
  const args = process.argv.slice(2);
  log(`Running playwright test ${args.join(" ")}`.trimEnd());
  const since = Date.now();
  const { code, unhandled } = await runWatchingServer([cli, "test", ...args], env);
  log(`Playwright exited with ${code} after ${seconds(since)} (whole run ${seconds(started)}).`);
  // Bad input may be refused, never crash through: an exception no code handled fails the run.
  if (unhandled.length > 0) {
    log(`The server reported ${unhandled.length} unhandled exception(s), which fails the run:`);
    for (const line of unhandled) log(`  ${line.trim()}`);
    return code || 1;
  }
  return code;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`[e2e] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
