import "server-only";
import { db, type Db, type Tx } from "../db/client";
import { notFound } from "../errors";
import { PUBLIC_EVENT_KINDS, type ClaimEventKind } from "./events";
import {
  checkpointBodyOf,
  claimIdHash,
  LEAF_BYTES,
  parseLeaf,
  type CheckpointBody,
  type CheckpointRow,
  type Leaf,
} from "./format";
import { inclusionProof, leafHash, toHex } from "./merkle";
import { nodeSha256 } from "./node-sha256";
import type { PublicHistoryDocument } from "./reader-verify";
import { publishedKeys } from "./signing-key";

/**
 * Every read of the claim history: the event payloads every history reader goes through, a
 * claim's public history document, and the signed checkpoints. Events are appended by
 * lib/history/append.ts inside the caller's transaction; checkpoints are written by
 * lib/history/mutations.ts.
 */

/** What every history reader selects of an event: its place, kind, content, time and actor. */
export const historyEventSelect = {
  seq: true,
  kind: true,
  payload: true,
  contentHash: true,
  createdAt: true,
  actor: { select: { name: true } },
} as const;

/**
 * Events with their content: format-2 events keep it in ClaimEventContent (null here once a
 * redaction deleted it); format-1 events kept it on the row. Every reader of payloads goes here.
 */
export async function withPayloads<E extends { payload: unknown; contentHash: string | null }>(
  client: Db | Tx,
  events: E[],
): Promise<(E & { payload: unknown })[]> {
  const hashes = events.flatMap((e) => (e.contentHash ? [e.contentHash] : []));
  const contents =
    hashes.length === 0
      ? []
      : await client.claimEventContent.findMany({
          where: { hash: { in: hashes } },
          select: { hash: true, payload: true },
        });
  const byHash = new Map(contents.map((c) => [c.hash, c.payload]));
  return events.map((e) => ({ ...e, payload: e.contentHash ? (byHash.get(e.contentHash) ?? null) : e.payload }));
}

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
        auditPath: inclusionProof(
          index,
          all.map((leaf) => leafHash(leaf, nodeSha256)),
          nodeSha256,
        ).map(toHex),
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
    checkpoint: checkpoint ? toCheckpoint(checkpoint) : null,
    inclusion,
    keys: publishedKeys().map(({ keyId, algorithm, publicKey }) => ({ keyId, algorithm, publicKey })),
  };
}

/**
 * Reads of the signed checkpoints (docs/history-format.md): the RFC 6962 root over every claim's
 * history head, chained to the previous checkpoint and signed with the Ed25519 checkpoint key.
 * lib/history/mutations.ts writes them.
 */
export type Checkpoint = CheckpointBody & { hash: string; keyId: string; signature: string };

function toCheckpoint(row: CheckpointRow): Checkpoint {
  return { ...checkpointBodyOf(row), hash: row.hash, keyId: row.keyId, signature: row.signature };
}

export async function listCheckpoints(limit = 100): Promise<Checkpoint[]> {
  const rows = await db().historyCheckpoint.findMany({ orderBy: { seq: "desc" }, take: limit });
  return rows.map(toCheckpoint);
}

/**
 * What /transparency/checkpoints.json publishes, and what `history:verify --against` reads back:
 * the published keys, the checkpoints (newest first), and the leaves of the newest, so a saved
 * copy can name every chain that later changed.
 */
export type TransparencyLog = {
  format: "claimtrail-checkpoints-v1";
  keys: ReturnType<typeof publishedKeys>;
  checkpoints: Checkpoint[];
  latestLeaves: { seq: number; leaves: Leaf[] } | null;
};

export async function transparencyLog(): Promise<TransparencyLog> {
  const checkpoints = await listCheckpoints(1000);
  const latest = checkpoints[0]
    ? await db().checkpointLeaves.findUnique({ where: { checkpointSeq: checkpoints[0].seq } })
    : null;
  const leaves: Leaf[] = [];
  if (latest) {
    const bytes = new Uint8Array(latest.leaves);
    for (let i = 0; i < bytes.length; i += LEAF_BYTES) leaves.push(parseLeaf(bytes.subarray(i, i + LEAF_BYTES)));
  }
  return {
    format: "claimtrail-checkpoints-v1",
    keys: publishedKeys(),
    checkpoints,
    latestLeaves: latest ? { seq: latest.checkpointSeq, leaves } : null,
  };
}
