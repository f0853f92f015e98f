import "server-only";
import { hkdfSync } from "node:crypto";
import path from "node:path";
import { resolveAuthSecret } from "../auth/secret";
import { env } from "../env";
import { checkStamp, issueStamp, type StampCheck } from "./form-stamp";

/**
 * The form-stamp key, derived from the session secret (NEXTAUTH_SECRET, which every app server
 * shares, or the one generated into the data folder where that is allowed), so any server checks
 * a stamp another issued. Its own HKDF label: a stamp is worth nothing as a session token.
 */
const globalForKey = globalThis as unknown as { claimtrailStampKey?: Uint8Array };

function stampKey(): Uint8Array {
  if (!globalForKey.claimtrailStampKey) {
    const config = env();
    const secret = resolveAuthSecret({
      given: config.NEXTAUTH_SECRET,
      production: config.NODE_ENV === "production",
      externalDatabase: Boolean(config.DATABASE_URL),
      dataDir: path.resolve(config.CLAIMTRAIL_DATA_DIR),
    });
    globalForKey.claimtrailStampKey = new Uint8Array(
      hkdfSync("sha256", Buffer.from(secret, "utf8"), "claimtrail-corrections", "form-stamp-v1", 32),
    );
  }
  return globalForKey.claimtrailStampKey;
}

export function newFormStamp(now = Date.now()): string {
  return issueStamp(stampKey(), now);
}

export function checkFormStamp(stamp: string | null | undefined, now = Date.now()): StampCheck {
  return checkStamp(stampKey(), stamp, now);
}
