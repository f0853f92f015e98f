import "server-only";
import { db } from "../db/client";
import { notFound } from "../errors";
import { PUBLIC_EVENT_KINDS, type ClaimEventKind } from "./events";
import { claimIdHash, LEAF_BYTES } from "./format";
import { inclusionProof, leafHash, toHex } from "./merkle";
import { withPayloads } from "./read";
import type { PublicHistoryDocument } from "./reader-verify";
import { publishedKeys } from "./signing-key";

/** Approved decisions whose stored content carries a staff-only rationale: shown as header and hashes. */
const PRIVATE_CONTENT: readonly ClaimEventKind[] = ["STATUS_APPROVED"];

/**
 * A claim's public history with its hashes, the latest checkpoint and the inclusion proof of the
 * claim's head in it: what the reader's verifier (lib/history/reader-verify.ts) checks.
 */
export async function publicHistoryDocument(claimId: string): Promise<PublicHistoryDocument> {
  const claim = await db().claim.findFirst({
    where: { id: claimId, visibility: { in: ["PUBLIC", "WITHDRAWN"] } },
    select: { id: true },
  });
  if (!claim) throw notFound("That claim");
  const events = await withPayloads(
    db(),
    await db().claimEvent.findMany({ where: { claimId }, orderBy: { seq: "asc" } }),
  );
  const checkpoint = await db().historyCheckpoint.findFirst({ orderBy: { seq: "desc" } });
  const leaves = checkpoint
    ? await db().checkpointLeaves.findUnique({ where: { checkpointSeq: checkpoint.seq } })
    : null;
  let inclusion: PublicHistoryDocument["inclusion"] = null;
  if (checkpoint && leaves) {
    const bytes = new Uint8Array(leaves.leaves);
    const all: Uint8Array[] = [];
    for (let i = 0; i < bytes.length; i += LEAF_BYTES) all.push(bytes.subarray(i, i + LEAF_BYTES));
    const mine = toHex(claimIdHash(claimId));
    const index = all.findIndex((leaf) => toHex(leaf.subarray(0, 32)) === mine);
    if (index >= 0) {
      const leaf = all[index];
      inclusion = {
        leafIndex: index,
        treeSize: all.length,
        auditPath: inclusionProof(index, all.map(leafHash)).map(toHex),
        seq: new DataView(leaf.buffer, leaf.byteOffset).getUint32(32, false),
        head: toHex(leaf.subarray(36, 68)),
      };
    }
  }
  return {
    format: "claimtrail-public-history-v1",
    claimId,
    events: events.map((e) =>
      // A format-1 event's hash covers its payload: a private one can only be shown as hashes.
      PUBLIC_EVENT_KINDS.includes(e.kind as ClaimEventKind) &&
      (e.format === 2 || !PRIVATE_CONTENT.includes(e.kind as ClaimEventKind))
        ? {
            seq: e.seq,
            prevHash: e.prevHash,
            hash: e.hash,
            shown: true as const,
            format: e.format,
            kind: e.kind,
            actorId: e.actorId,
            createdAt: e.createdAt.toISOString(),
            contentHash: e.contentHash,
            payload: PRIVATE_CONTENT.includes(e.kind as ClaimEventKind) ? null : e.payload,
          }
        : { seq: e.seq, prevHash: e.prevHash, hash: e.hash, shown: false as const },
    ),
    checkpoint: checkpoint
      ? {
          v: 1,
          seq: checkpoint.seq,
          createdAt: checkpoint.createdAt.toISOString(),
          treeSize: checkpoint.treeSize,
          root: checkpoint.root,
          prev: checkpoint.prevHash,
          hash: checkpoint.hash,
          keyId: checkpoint.keyId,
          signature: checkpoint.signature,
        }
      : null,
    inclusion,
    keys: publishedKeys().map(({ keyId, algorithm, publicKey }) => ({ keyId, algorithm, publicKey })),
  };
}
