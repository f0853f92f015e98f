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

export function resolveAuthSecret(options: {
  given: string | undefined;
  production: boolean;
  externalDatabase: boolean;
  dataDir: string;
}): string {
  if (options.given) return options.given;
  if (options.production && options.externalDatabase) {
    throw new MissingSecretError(
      "NEXTAUTH_SECRET is required to run in production against DATABASE_URL. " +
        "Generate one with `openssl rand -base64 32` and give the same value to every app server.",
    );
  }
  const file = path.join(options.dataDir, "nextauth-secret");
  try {
    return readFileSync(file, "utf8").trim();
  } catch {
    mkdirSync(options.dataDir, { recursive: true });
    const secret = randomBytes(32).toString("base64url");
    writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
    return secret;
  }
}
