/**
 * End-to-end tests against a production build. Run them with `npm run test:e2e`
 * (scripts/e2e.ts), which finds a Chromium, prepares a fresh database, builds the app and passes
 * its choices here through E2E_* variables (see e2e/settings.ts).
 */
import { randomBytes } from "node:crypto";
import { defineConfig, devices } from "@playwright/test";
import { readSettings } from "./e2e/settings";

const settings = readSettings();
const CI = Boolean(process.env.CI);

// The web server inherits this process's environment. In embedded mode it must not see a
// DATABASE_URL, or it would serve that database instead of the one the tests read.
if (!settings.databaseUrl) delete process.env.DATABASE_URL;

const databaseEnv: Record<string, string> = settings.databaseUrl
  ? { DATABASE_URL: settings.databaseUrl }
  : { CLAIMTRAIL_DATA_DIR: settings.dataDir, EMBEDDED_DB_PORT: String(settings.embeddedDbPort) };

// In production against DATABASE_URL the server requires a session secret; a throwaway one will do.
const authEnv = {
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET || randomBytes(32).toString("base64url"),
  HISTORY_SIGNING_KEY: process.env.HISTORY_SIGNING_KEY || randomBytes(32).toString("base64url"),
  NEXTAUTH_URL: settings.baseURL,
};

/** The browser every project uses (the reliability configuration too). */
export const chromium = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath: settings.chromium,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-dev-shm-usage",
    ],
  },
};

/**
 * Specs that change staff accounts or claims in ways others count, or that check that nothing
 * changed: they run in the "serial-writes" project, one test at a time (its own worker limit),
 * beside the other specs. A spec says so with `test.use({ exclusiveWrites: true })`, and a fixture
 * fails it if it is not listed here (e2e/fixtures.ts).
 */
export const SERIAL_WRITE_SPECS = [
  "admin-users",
  "article-metadata",
  "corrections",
  "desk-annotate",
  "desk-forms",
  "desk-nav",
  "fuzz",
  "import",
  "publication",
  "reanchoring",
  "reimport",
  "resilience",
  "review-workflow",
  "subjects",
  "suggestions",
  "write-protection",
].map((name) => `**/${name}.spec.ts`);

export default defineConfig({
  testDir: "e2e",
  // The reliability suite's specs run in `npm run test:reliability` (playwright.reliability.config.ts).
  testIgnore: ["reliability/**"],
  fullyParallel: false,
  forbidOnly: CI,
  retries: CI ? 1 : 0,
  workers: CI ? 2 : undefined,
  reporter: [["list"], ["html", { open: "never" }]],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: settings.baseURL,
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
  },
  projects: [
    { name: "setup", testMatch: "**/*.setup.ts" },
    {
      name: "chromium",
      use: chromium,
      testIgnore: ["reliability/**", ...SERIAL_WRITE_SPECS],
      dependencies: ["setup"],
    },
    { name: "serial-writes", use: chromium, testMatch: SERIAL_WRITE_SPECS, workers: 1, dependencies: ["setup"] },
  ],
  webServer: {
    command: "npm start",
    url: settings.baseURL,
    env: { ...databaseEnv, ...authEnv, PORT: String(settings.port), NEXT_TELEMETRY_DISABLED: "1" },
    reuseExistingServer: false,
    // The first start seeds the sample data; on a loaded 2-core machine that alone can pass 3 minutes.
    timeout: Number(process.env.E2E_SERVER_TIMEOUT_MS) || 180_000,
    // SIGTERM lets the launcher close the embedded database cleanly.
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    stdout: "pipe",
    stderr: "pipe",
  },
});
