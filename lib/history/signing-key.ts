import path from "node:path";
import { resolveHistorySecret } from "../auth/secret";
import { env } from "../env";
import { deriveHistoryKey, type HistoryKey } from "./keys";

/**
 * The process's history keys: the current one (HISTORY_SIGNING_KEY, or a secret generated into
 * the data folder where that is allowed, as for the session secret) and any earlier ones.
 */
const globalForKeys = globalThis as unknown as { claimtrailHistoryKeys?: { current: HistoryKey; all: HistoryKey[] } };

export function historyKeys(): { current: HistoryKey; all: HistoryKey[] } {
  if (!globalForKeys.claimtrailHistoryKeys) {
    const config = env();
    const secret = resolveHistorySecret({
      given: config.HISTORY_SIGNING_KEY,
      production: config.NODE_ENV === "production",
      externalDatabase: Boolean(config.DATABASE_URL),
      dataDir: path.resolve(config.CLAIMTRAIL_DATA_DIR),
    });
    const current = deriveHistoryKey(secret);
    const previous = (config.HISTORY_PREVIOUS_KEYS ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean)
      .map(deriveHistoryKey);
    globalForKeys.claimtrailHistoryKeys = { current, all: [current, ...previous] };
  }
  return globalForKeys.claimtrailHistoryKeys;
}

/** The public checkpoint keys, as published at /.well-known/claimtrail-history-keys. */
export function publishedKeys() {
  return historyKeys().all.map((key, i) => ({
    keyId: key.id,
    algorithm: "Ed25519",
    publicKey: Buffer.from(key.publicKey).toString("base64"),
    current: i === 0,
  }));
}
