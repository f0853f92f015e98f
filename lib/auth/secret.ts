import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * Where the session-signing secret comes from. In production against a configured database it
 * must be given (several app servers must share it, and it must not live on one disk); elsewhere
 * (embedded database, development) it is generated once and kept in the data folder, so tokens
 * survive a restart and the first command still just works.
 */
export class MissingSecretError extends Error {}

type SecretOptions = {
  given: string | undefined;
  production: boolean;
  externalDatabase: boolean;
  dataDir: string;
};

export function resolveAuthSecret(options: SecretOptions): string {
  return resolveSecret(options, "NEXTAUTH_SECRET", "nextauth-secret");
}

/** The history signing secret (lib/history/keys.ts): the same rule, its own file. */
export function resolveHistorySecret(options: SecretOptions): string {
  return resolveSecret(options, "HISTORY_SIGNING_KEY", "history-signing-key");
}

function resolveSecret(options: SecretOptions, variable: string, fileName: string): string {
  if (options.given) return options.given;
  if (options.production && options.externalDatabase) {
    throw new MissingSecretError(
      `${variable} is required to run in production against DATABASE_URL. ` +
        "Generate one with `openssl rand -base64 32` and give the same value to every app server.",
    );
  }
  const file = path.join(options.dataDir, fileName);
  try {
    return readFileSync(file, "utf8").trim();
  } catch {
    mkdirSync(options.dataDir, { recursive: true });
    const secret = randomBytes(32).toString("base64url");
    try {
      writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
    } catch (error) {
      // Another process made it first (parallel test workers): use theirs.
      if ((error as NodeJS.ErrnoException).code === "EEXIST") return readFileSync(file, "utf8").trim();
      throw error;
    }
    return secret;
  }
}
