/**
 * What the end-to-end run uses, shared by scripts/e2e.ts (which chooses), playwright.config.ts
 * and the fixtures (which read it back from the environment).
 *
 * - E2E_BASE_URL: where the app under test listens (its port becomes the server's PORT).
 * - E2E_DATABASE_URL: a PostgreSQL database prepared for the run; when unset, the server starts
 *   an embedded database in E2E_DATA_DIR on the fixed port E2E_EMBEDDED_DB_PORT.
 * - E2E_CHROMIUM: the Chromium executable; unset means Playwright's own.
 * - E2E_DATABASE_NAME: the database scripts/e2e.ts recreates on a DATABASE_URL server (default
 *   claimtrail_e2e), so that runs sharing one server need not drop each other's.
 */
export const E2E_DEFAULTS = {
  baseURL: "http://127.0.0.1:3210",
  dataDir: ".data/e2e",
  embeddedDbPort: 54329,
  databaseName: "claimtrail_e2e",
} as const;

export type E2ESettings = {
  baseURL: string;
  port: number;
  chromium: string | undefined;
  /** Set when the run uses a PostgreSQL server; undefined for the embedded database. */
  databaseUrl: string | undefined;
  dataDir: string;
  embeddedDbPort: number;
  /** The database recreated on a PostgreSQL server for the run. */
  databaseName: string;
};

export function readSettings(env: NodeJS.ProcessEnv = process.env): E2ESettings {
  const baseURL = env.E2E_BASE_URL?.trim() || E2E_DEFAULTS.baseURL;
  const url = new URL(baseURL);
  const port = Number(url.port || (url.protocol === "https:" ? 443 : 80));
  return {
    baseURL,
    port,
    chromium: env.E2E_CHROMIUM?.trim() || undefined,
    databaseUrl: env.E2E_DATABASE_URL?.trim() || undefined,
    dataDir: env.E2E_DATA_DIR?.trim() || E2E_DEFAULTS.dataDir,
    embeddedDbPort: Number(env.E2E_EMBEDDED_DB_PORT?.trim() || E2E_DEFAULTS.embeddedDbPort),
    databaseName: env.E2E_DATABASE_NAME?.trim() || E2E_DEFAULTS.databaseName,
  };
}

/** The database the app under test reads, as a URL the tests can connect to. */
export function testDatabaseUrl(settings: E2ESettings): string {
  return settings.databaseUrl ?? `postgresql://postgres@127.0.0.1:${settings.embeddedDbPort}/postgres`;
}
