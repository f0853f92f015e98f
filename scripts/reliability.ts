/**
 * `npm run test:reliability`: the reliability suite (issue 14), each test printing its figure.
 *
 * 1. Data layer (vitest project "reliability", test/reliability/): 50 reviewers racing one
 *    proposal, an edit racing an approval, the model-based test, connections killed during 500
 *    approvals, backup and restore. Needs DATABASE_URL (a local PostgreSQL server): the races need
 *    real concurrent connections, which the embedded database (one session) does not have.
 * 2. HTTP and browser (Playwright, e2e/reliability/, through scripts/e2e.ts on a production build
 *    and its own database): origin checks, access checks, fuzzing, XSS. E2E_SKIP_BUILD=1 reuses
 *    the last build, as for `npm run test:e2e`.
 *
 * Prints each phase's time; exits non-zero if either phase failed.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const started = Date.now();
const seconds = (since: number) => `${Math.round((Date.now() - since) / 1000)} s`;
const log = (line: string) => console.log(`[reliability] ${line}`);

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env, stdio: "inherit" });
    child.on("error", reject);
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

if (!process.env.DATABASE_URL) {
  console.error(
    "[reliability] DATABASE_URL is not set. The suite needs a local PostgreSQL server, e.g.\n" +
      "  DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npm run test:reliability",
  );
  process.exit(2);
}

const env: NodeJS.ProcessEnv = {
  ...process.env,
  // One key for the run: the data written and the commands verifying it sign alike.
  HISTORY_SIGNING_KEY: process.env.HISTORY_SIGNING_KEY || randomBytes(32).toString("base64url"),
  // Enough connections for the races to be real races, as several app workers would make them.
  DATABASE_POOL_MAX: process.env.DATABASE_POOL_MAX || "20",
  // Its own server and database, so it never meets `npm run test:e2e`'s (CI's port 3210).
  E2E_BASE_URL: process.env.E2E_BASE_URL || "http://127.0.0.1:3230",
  E2E_DATABASE_NAME: process.env.E2E_DATABASE_NAME || "claimtrail_reliability",
  E2E_DATA_DIR: process.env.E2E_DATA_DIR || ".data/e2e-reliability",
  E2E_EMBEDDED_DB_PORT: process.env.E2E_EMBEDDED_DB_PORT || "54339",
};

const phases: [string, string, string[]][] = [
  ["data layer (vitest project reliability)", "npx", ["vitest", "run", "--project", "reliability"]],
  [
    "HTTP and browser (Playwright, e2e/reliability)",
    "npx",
    ["tsx", "scripts/e2e.ts", "--config", "playwright.reliability.config.ts"],
  ],
];
let failed = 0;
for (const [name, command, args] of phases) {
  const since = Date.now();
  log(`== ${name}`);
  const code = await run(command, args, env);
  log(`== ${name}: ${code === 0 ? "passed" : `FAILED (exit ${code})`} in ${seconds(since)}`);
  if (code !== 0) failed++;
}
log(`Whole suite: ${failed === 0 ? "passed" : `${failed} phase(s) failed`} in ${seconds(started)}.`);
process.exit(failed === 0 ? 0 : 1);
