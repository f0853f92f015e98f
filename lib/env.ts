import { z } from "zod";

/**
 * The one place that reads process.env (an ESLint rule keeps it so). Parsed on each call (it is
 * cheap and rare: the database client is made once), because the embedded-database launcher sets
 * DATABASE_URL after start-up.
 */
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: "DATABASE_URL must be a postgres:// URL" }).optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Where the embedded database and generated secrets live. */
  CLAIMTRAIL_DATA_DIR: z.string().default(".data"),
  /**
   * Connections in the app's pool. The embedded database serves every connection from one session
   * and does not keep one connection's extended-protocol messages together, so its launcher sets 1.
   */
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  /**
   * `npm start`'s V8 old-space cap in MB (node --max-old-space-size): the server's resident memory
   * stays near it plus ~100 MB (docs/decisions/0020-server-memory.md). Raise it if the log shows
   * "heap out of memory".
   */
  SERVER_HEAP_MB: z.coerce.number().int().min(128).max(16_384).default(384),
  /** Port for the embedded database's socket; 0 picks a free one. Tests fix it to reach the data. */
  EMBEDDED_DB_PORT: z.coerce.number().int().min(0).max(65535).default(0),
  /** Signs session tokens. Required in production on a configured database; generated otherwise. */
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters").optional(),
  /**
   * Tags every history event and signs checkpoints (lib/history/keys.ts). Required in production on
   * a configured database; generated into the data folder otherwise. Never stored in the database.
   */
  HISTORY_SIGNING_KEY: z.string().min(32, "HISTORY_SIGNING_KEY must be at least 32 characters").optional(),
  /** Earlier signing secrets, comma-separated, so tags and checkpoints made with them still verify. */
  HISTORY_PREVIOUS_KEYS: z.string().optional(),
  /** The app's public address; set links (set-password) are built from it. */
  NEXTAUTH_URL: z.url().optional(),
  /** Reverse proxies in front of the app that append to X-Forwarded-For (for per-address limits). */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /**
   * Lets `npm run import` on this machine import through the running app (scripts/serve.ts makes
   * one per start and leaves it, readable by its owner only, in the data folder).
   */
  CLAIMTRAIL_IMPORT_TOKEN: z.string().min(32).optional(),
  ALLOW_SEED: z.enum(["true", "false"]).default("false"),
  /** Several app servers share their page cache through this Redis (cache-handler.mjs). */
  REDIS_URL: z.preprocess(
    (v) => (v === "" ? undefined : v), // REDIS_URL= (empty) means none
    z.url({ protocol: /^rediss?$/, error: "REDIS_URL must be a redis:// URL" }).optional(),
  ),
  /** The organization that publishes the fact-checks (schema.org ClaimReview `author`). */
  PUBLISHER_NAME: z.string().min(1).default("Claimtrail"),
  /** Its home page; defaults to the app's own address. */
  PUBLISHER_URL: z.url().optional(),
  /** Set by Next.js: "nodejs" or "edge" in instrumentation and proxy code. */
  NEXT_RUNTIME: z.string().optional(),
  /** Log SQL statements. */
  DEBUG_SQL: z.enum(["true", "false"]).default("false"),
});

export type Env = z.infer<typeof schema>;

export function env(): Env {
  const result = schema.safeParse(process.env);
  if (!result.success) throw new Error(`Invalid environment:\n${z.prettifyError(result.error)}`);
  return result.data;
}

export function requireDatabaseUrl(): string {
  const url = env().DATABASE_URL;
  if (!url) {
    throw new Error(
      "DATABASE_URL is not set. Start the app with `npm run dev` or `npm start`, which start an embedded database when it is missing.",
    );
  }
  return url;
}

/** The app's own base URL, for links handed to people (set-password links). */
export function appUrl(): string {
  const config = env();
  return (config.NEXTAUTH_URL ?? `http://localhost:${config.PORT}`).replace(/\/$/, "");
}

/** Who publishes the fact-checks, for ClaimReview and feeds. */
export function publisher(): { name: string; url: string } {
  const config = env();
  return { name: config.PUBLISHER_NAME, url: config.PUBLISHER_URL ?? appUrl() };
}
