import { createHash, createPrivateKey, createPublicKey, hkdfSync, sign, verify, type KeyObject } from "node:crypto";

/**
 * The history keys, derived from one secret that lives outside the database
 * (HISTORY_SIGNING_KEY): an HMAC key that tags every event, and an Ed25519 key pair that signs
 * checkpoints. The key id is the first 16 hex digits of SHA-256 of the Ed25519 public key; older
 * secrets stay listed (HISTORY_PREVIOUS_KEYS) so that rotation keeps old tags and checkpoints
 * verifiable.
 */
export type HistoryKey = { id: string; tagKey: Uint8Array; privateKey: KeyObject; publicKey: Uint8Array };

// PKCS#8 wrapper of a raw Ed25519 seed (RFC 8410).
const ED25519_PKCS8_PREFIX = Buffer.from("302e020100300506032b657004220420", "hex");

export function deriveHistoryKey(secret: string): HistoryKey {
  const ikm = Buffer.from(secret, "utf8");
  const tagKey = new Uint8Array(hkdfSync("sha256", ikm, "claimtrail-history", "event-tag-v1", 32));
  const seed = Buffer.from(hkdfSync("sha256", ikm, "claimtrail-history", "checkpoint-ed25519-v1", 32));
  const privateKey = createPrivateKey({
    key: Buffer.concat([ED25519_PKCS8_PREFIX, seed]),
    format: "der",
    type: "pkcs8",
  });
  const spki = createPublicKey(privateKey).export({ format: "der", type: "spki" });
  const publicKey = new Uint8Array(spki.subarray(spki.length - 32));
  const id = createHash("sha256").update(publicKey).digest("hex").slice(0, 16);
  return { id, tagKey, privateKey, publicKey };
}

export function signCheckpoint(key: HistoryKey, bytes: string): string {
  return sign(null, Buffer.from(bytes, "utf8"), key.privateKey).toString("base64");
}

/** Checks a checkpoint signature with a published public key (raw 32 bytes, base64). */
export function checkpointSignatureValid(publicKeyBase64: string, bytes: string, signature: string): boolean {
  const raw = Buffer.from(publicKeyBase64, "base64");
  const spki = Buffer.concat([Buffer.from("302a300506032b6570032100", "hex"), raw]);
  const key = createPublicKey({ key: spki, format: "der", type: "spki" });
  return verify(null, Buffer.from(bytes, "utf8"), key, Buffer.from(signature, "base64"));
}
