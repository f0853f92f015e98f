import { db } from "../db/client";
import { LEAF_BYTES, parseLeaf, type CheckpointBody, type Leaf } from "./format";
import { publishedKeys } from "./signing-key";

/**
 * Reads of the signed checkpoints (docs/history-format.md): the RFC 6962 root over every claim's
 * history head, chained to the previous checkpoint and signed with the Ed25519 checkpoint key.
 * lib/history/mutations.ts writes them.
 */
export type Checkpoint = CheckpointBody & { hash: string; keyId: string; signature: string };

function toCheckpoint(row: {
  seq: number;
  createdAt: Date;
  treeSize: number;
  root: string;
  prevHash: string | null;
  hash: string;
  keyId: string;
  signature: string;
}): Checkpoint {
  return {
    v: 1,
    seq: row.seq,
    createdAt: row.createdAt.toISOString(),
    treeSize: row.treeSize,
    root: row.root,
    prev: row.prevHash,
    hash: row.hash,
    keyId: row.keyId,
    signature: row.signature,
  };
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
