import { createHmac, hash, timingSafeEqual } from "node:crypto";
import { canonicalJson } from "./canonical-json";

/**
 * The bytes of Claimtrail's history, as docs/history-format.md defines them (with test vectors
 * in format.test.ts). Pure: the reader's verifier and the benchmark generator use the same code.
 */
// One-shot hashing: history:verify hashes two strings per event, and a Hash object each costs more.
const sha256hex = (text: string | Uint8Array) => hash("sha256", text, "hex");

/** Format 2: the content hash covers the claim, the position and the payload. */
export function contentHash(claimId: string, seq: number, payload: unknown): string {
  // canonicalJson({ claimId, payload, seq }), its keys already in order (format.test.ts checks it):
  // history:verify hashes every event's content, and the wrapper object was a tenth of the cost.
  const body =
    payload === undefined
      ? canonicalJson({ claimId, seq })
      : `{"claimId":${canonicalJson(claimId)},"payload":${canonicalJson(payload)},"seq":${canonicalJson(seq)}}`;
  return sha256hex(`claimtrail-content-v1\n${body}`);
}

export type EventHeader = {
  claimId: string;
  seq: number;
  kind: string;
  actorId: string | null;
  /**
   * A Date, or the instant already in its ISO 8601 form (history:verify reads it so from SQL: a
   * Date per event, parsed and printed again, was a microsecond of each): canonical JSON writes
   * both the same.
   */
  createdAt: Date | string;
  prevHash: string | null;
};

/** Format 2: the event hash covers the header, the content hash and the previous event's hash. */
export function eventHashV2(event: EventHeader & { contentHash: string }): string {
  return sha256hex(`claimtrail-event-v2\n${event.prevHash ?? ""}\n${headerJson(event)}`);
}

/**
 * canonicalJson of the header, written out with its keys already in order (format.test.ts checks
 * it against canonicalJson): history:verify hashes one per event, and sorting them each time
 * was a fifth of its time.
 */
const HEADER_KEYS = ["actorId", "claimId", "contentHash", "createdAt", "kind", "seq"] as const;

function headerJson(event: EventHeader & { contentHash: string }): string {
  let out = "{";
  for (const key of HEADER_KEYS) {
    const value = event[key];
    if (value === undefined) continue;
    if (out.length > 1) out += ",";
    out += `"${key}":${canonicalJson(value)}`;
  }
  return `${out}}`;
}

/** Format 1 (events written before signing existed): the hash covers the payload itself. */
export function eventHashV1(event: EventHeader & { payload: unknown }): string {
  const body = canonicalJson({
    actorId: event.actorId,
    claimId: event.claimId,
    createdAt: event.createdAt,
    kind: event.kind,
    payload: event.payload,
    seq: event.seq,
  });
  return sha256hex(`${event.prevHash ?? ""}\n${body}`);
}

/** The event tag: HMAC-SHA256 over the event hash, with a key that lives outside the database. */
export function eventTag(tagKey: Uint8Array, eventHash: string): string {
  return tagBytes(tagKey, eventHash).toString("hex");
}

const tagBytes = (tagKey: Uint8Array, eventHash: string) =>
  createHmac("sha256", tagKey).update(`claimtrail-event-tag-v1\n${eventHash}`).digest();

export function tagMatches(tagKey: Uint8Array, eventHash: string, tag: string): boolean {
  const expected = tagBytes(tagKey, eventHash);
  const given = Buffer.from(tag, "hex");
  return given.length === expected.length && timingSafeEqual(given, expected);
}

const TAG_PREFIX = "claimtrail-event-tag-v1\n";
const HASH_HEX = 64;

/**
 * tagMatches for one key, for history:verify, which checks a tag per event: the HMAC (RFC 2104)
 * spelled out as two one-shot SHA-256 calls over buffers made once, since a createHmac object,
 * its key set-up and the Buffer.from per event cost three times as much (format.test.ts checks it
 * against eventTag). A hash that is not 64 ASCII characters (a tampered row) takes createHmac.
 * The tags are compared in constant time all the same.
 */
export function tagChecker(tagKey: Uint8Array): (eventHash: string, tag: string) => boolean {
  if (tagKey.length > 64) return (eventHash, tag) => tagMatches(tagKey, eventHash, tag);
  const start = 64 + TAG_PREFIX.length;
  // Room for any 64 UTF-16 units in UTF-8 (3 bytes each at most), so that the byte count written
  // tells whether the hash was all ASCII; the HMAC's inner block is the view over its first 64.
  const scratch = Buffer.alloc(start + 3 * HASH_HEX);
  const inner = scratch.subarray(0, start + HASH_HEX);
  const outer = Buffer.alloc(64 + 32);
  for (let i = 0; i < 64; i++) {
    scratch[i] = (tagKey[i] ?? 0) ^ 0x36;
    outer[i] = (tagKey[i] ?? 0) ^ 0x5c;
  }
  scratch.write(TAG_PREFIX, 64, "latin1");
  return (eventHash, tag) => {
    let expected: string;
    if (eventHash.length === HASH_HEX && scratch.write(eventHash, start, "utf8") === HASH_HEX) {
      // "binary" (latin1): one character per byte, so the inner digest goes into the buffer as is.
      outer.write(hash("sha256", inner, "binary"), 64, "binary");
      expected = hash("sha256", outer, "hex");
    } else {
      expected = eventTag(tagKey, eventHash);
    }
    return sameText(expected, tag.toLowerCase());
  };
}

/** Constant-time equality of two strings of the same length (their lengths are public). */
function sameText(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

/** A checkpoint leaf: SHA-256 of the claim id (drafts stay unnamed), last seq (uint32 BE), head hash. */
export const LEAF_BYTES = 68;

/** What a claim id is prefixed with before it is hashed into a leaf (also in SQL: lib/history/mutations.ts). */
export const CLAIM_ID_DOMAIN = "claimtrail-claim-v1\n";

export function claimIdHash(claimId: string): Uint8Array {
  return new Uint8Array(hash("sha256", CLAIM_ID_DOMAIN + claimId, "buffer"));
}

export function leafBytes(claimId: string, lastSeq: number, headHash: string): Uint8Array {
  const leaf = new Uint8Array(LEAF_BYTES);
  leaf.set(claimIdHash(claimId), 0);
  new DataView(leaf.buffer).setUint32(32, lastSeq, false);
  leaf.set(Buffer.from(headHash, "hex"), 36);
  return leaf;
}

export type Leaf = { claim: string; seq: number; head: string };

export function parseLeaf(leaf: Uint8Array): Leaf {
  return {
    claim: Buffer.from(leaf.subarray(0, 32)).toString("hex"),
    seq: new DataView(leaf.buffer, leaf.byteOffset, leaf.byteLength).getUint32(32, false),
    head: Buffer.from(leaf.subarray(36, 68)).toString("hex"),
  };
}

/** Leaves in tree order: by claim hash. */
export function sortLeaves(leaves: Uint8Array[]): Uint8Array[] {
  return [...leaves].sort((a, b) => Buffer.compare(Buffer.from(a.subarray(0, 32)), Buffer.from(b.subarray(0, 32))));
}

/** The signed statement of a checkpoint. */
export type CheckpointBody = {
  v: 1;
  seq: number;
  createdAt: string;
  treeSize: number;
  root: string;
  prev: string | null;
};

/** The signed statement of a stored checkpoint row (its hash, key and signature stay on the row). */
/** A HistoryCheckpoint row as stored (read by Prisma, or in plain SQL by history:verify). */
export type CheckpointRow = {
  seq: number;
  createdAt: Date;
  treeSize: number;
  root: string;
  prevHash: string | null;
  hash: string;
  keyId: string;
  signature: string;
};

export function checkpointBodyOf(row: Omit<CheckpointRow, "hash" | "keyId" | "signature">): CheckpointBody {
  return {
    v: 1,
    seq: row.seq,
    createdAt: row.createdAt.toISOString(),
    treeSize: row.treeSize,
    root: row.root,
    prev: row.prevHash,
  };
}

export function checkpointBytes(body: CheckpointBody): string {
  return `claimtrail-checkpoint-v1\n${canonicalJson(body)}`;
}

export function checkpointHash(body: CheckpointBody): string {
  return sha256hex(checkpointBytes(body));
}
