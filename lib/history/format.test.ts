import { createHash, createHmac } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalJson } from "./canonical-json";
import {
  checkpointBytes,
  checkpointHash,
  contentHash,
  eventHashV2,
  eventTag,
  type EventHeader,
  leafBytes,
  parseLeaf,
  tagChecker,
  tagMatches,
} from "./format";
import { checkpointSignatureValid, deriveHistoryKey, signCheckpoint } from "./keys";
import { leafHash, merkleRoot, toHex } from "./merkle";

/**
 * The test vectors of docs/history-format.md: anyone writing a verifier (or the benchmark's
 * generator) must produce exactly these bytes. If this test fails, the format changed: that needs
 * a new version number, not new vectors.
 */
const SECRET = "claimtrail-test-vector-secret-0123456789";
const PAYLOAD = {
  quoteId: "q1",
  articleId: "a1",
  articleVersionId: "v1",
  exact: "an estimated 1,000 fighters",
  start: 120,
  end: 147,
};
const HEADER = {
  claimId: "claim-1",
  seq: 2,
  kind: "QUOTE_ADDED",
  actorId: "user-1",
  createdAt: new Date("2026-11-23T10:00:00.000Z"),
  prevHash: "a".repeat(64),
};
const V = {
  keyId: "6a6f45237e495ea1",
  publicKey: "6haGiWsDb8x1XEC/8tB4+Cg4fCf5X310M17IPCj3cds=",
  content: "6a9b1f72c67eeacaaeeca5f044e545f9612a1089451ccb10b923b6db2286896c",
  hash: "2b1ca7257e9fee4f8ebd790fb4c1d9623ff32c76d17ca67e4fafc60b01599f8e",
  tag: "0a8db5a7288980671ee3a67352174988500cdc2267ef9740d458fa24a6c53908",
  leaf:
    "9f59b5648705a311b6eda40beb134938e8cc4b5ff4de9d43588430765a2dbcae" +
    "00000002" +
    "2b1ca7257e9fee4f8ebd790fb4c1d9623ff32c76d17ca67e4fafc60b01599f8e",
  root: "62f29fd33e6e978004fdebdee24ae786a00221413ccf25519cb4ce35e335ea73",
  checkpointHash: "c052183e81dd86edfef3df48b2f6bef9c95cb0a3d355bd746dc6fd10728d7f4d",
  signature: "71BfmWClQNW8g7lCU6p3w5wZvQddvVd5veEqunyCEiolnMjGrnOORkbjFlPz8Vy++KQCaQ0/jGHyw+FBT6mXAw==",
};

describe("the history format's test vectors", () => {
  const key = deriveHistoryKey(SECRET);

  it("derives the key id and public key from the secret", () => {
    expect(key.id).toBe(V.keyId);
    expect(Buffer.from(key.publicKey).toString("base64")).toBe(V.publicKey);
  });

  it("hashes the content, the event and tags it", () => {
    const content = contentHash(HEADER.claimId, HEADER.seq, PAYLOAD);
    expect(content).toBe(V.content);
    const hash = eventHashV2({ ...HEADER, contentHash: content });
    expect(hash).toBe(V.hash);
    expect(eventTag(key.tagKey, hash)).toBe(V.tag);
    expect(tagMatches(key.tagKey, hash, V.tag)).toBe(true);
    expect(tagMatches(deriveHistoryKey(`${SECRET}-other`).tagKey, hash, V.tag)).toBe(false);
  });

  it("hashes the header exactly as the canonical JSON of its fields (written out for speed)", async () => {
    const { createHash } = await import("node:crypto");
    const { canonicalJson } = await import("./canonical-json");
    const reference = (e: EventHeader & { contentHash: string }) =>
      createHash("sha256")
        .update(
          `claimtrail-event-v2\n${e.prevHash ?? ""}\n${canonicalJson({
            actorId: e.actorId,
            claimId: e.claimId,
            contentHash: e.contentHash,
            createdAt: e.createdAt,
            kind: e.kind,
            seq: e.seq,
          })}`,
        )
        .digest("hex");
    for (const header of [
      { ...HEADER, contentHash: V.content },
      { ...HEADER, actorId: null, prevHash: null, contentHash: V.content },
      { ...HEADER, claimId: 'c"\\ü\n', kind: "EDITED", contentHash: "" },
    ]) {
      expect(eventHashV2(header)).toBe(reference(header));
    }
  });

  it("hashes the content exactly as the canonical JSON of claim, payload and seq (written out for speed)", () => {
    const reference = (claimId: string, seq: number, payload: unknown) =>
      createHash("sha256")
        .update(`claimtrail-content-v1\n${canonicalJson({ claimId, payload, seq })}`)
        .digest("hex");
    const payload = fc.oneof(fc.jsonValue(), fc.constant(undefined), fc.constant(null));
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), fc.integer(), payload, (claimId, seq, p) => {
        expect(contentHash(claimId, seq, p)).toBe(reference(claimId, seq, p));
      }),
    );
  });

  it("checks a tag exactly as HMAC-SHA256 over the event hash does (tagChecker, written out for speed)", () => {
    const check = tagChecker(key.tagKey);
    const hmac = (hash: string) =>
      createHmac("sha256", key.tagKey).update(`claimtrail-event-tag-v1\n${hash}`).digest("hex");
    // Event hashes as stored (64 hex digits) and as a tampered row might hold them.
    const hash = fc.oneof(fc.stringMatching(/^[0-9a-f]{64}$/), fc.string({ unit: "binary", maxLength: 80 }));
    fc.assert(
      fc.property(hash, fc.stringMatching(/^[0-9a-f]{64}$/), (h, other) => {
        expect(check(h, hmac(h))).toBe(true);
        expect(check(h, hmac(h).toUpperCase())).toBe(tagMatches(key.tagKey, h, hmac(h).toUpperCase()));
        expect(check(h, other)).toBe(other === hmac(h));
        expect(check(h, hmac(h).slice(0, 62))).toBe(false);
        expect(check(h, "")).toBe(false);
      }),
    );
    // 64 characters that are not all ASCII take the general path, not a truncated buffer.
    const wide = "é".repeat(64);
    expect(check(wide, hmac(wide))).toBe(true);
    expect(check(V.hash, V.tag)).toBe(true);
    expect(tagChecker(deriveHistoryKey(`${SECRET}-other`).tagKey)(V.hash, V.tag)).toBe(false);
  });

  it("changes the content hash when any part of the payload, or its position, changes", () => {
    expect(contentHash("claim-1", 2, { ...PAYLOAD, exact: "an estimated 1,001 fighters" })).not.toBe(V.content);
    expect(contentHash("claim-1", 3, PAYLOAD)).not.toBe(V.content);
    expect(contentHash("claim-2", 2, PAYLOAD)).not.toBe(V.content);
    // Key order does not matter: the JSON is canonical.
    expect(contentHash("claim-1", 2, Object.fromEntries(Object.entries(PAYLOAD).reverse()))).toBe(V.content);
  });

  it("encodes a leaf as claim hash, last seq and head hash, and roots a one-leaf tree at its leaf hash", () => {
    const leaf = leafBytes("claim-1", 2, V.hash);
    expect(toHex(leaf)).toBe(V.leaf);
    expect(parseLeaf(leaf)).toEqual({ claim: V.leaf.slice(0, 64), seq: 2, head: V.hash });
    expect(toHex(merkleRoot([leaf]))).toBe(V.root);
    expect(toHex(leafHash(leaf))).toBe(V.root);
  });

  it("signs the checkpoint body with Ed25519, verifiable with the published key alone", () => {
    const body = {
      v: 1 as const,
      seq: 1,
      createdAt: "2026-11-23T11:00:00.000Z",
      treeSize: 1,
      root: V.root,
      prev: null,
    };
    expect(checkpointHash(body)).toBe(V.checkpointHash);
    expect(signCheckpoint(key, checkpointBytes(body))).toBe(V.signature);
    expect(checkpointSignatureValid(V.publicKey, checkpointBytes(body), V.signature)).toBe(true);
    expect(checkpointSignatureValid(V.publicKey, checkpointBytes({ ...body, treeSize: 2 }), V.signature)).toBe(false);
  });
});
