import { db, type Tx } from "../db/client";
import { CLAIM_ID_DOMAIN, LEAF_BYTES, checkpointBytes, checkpointHash, type CheckpointBody } from "./format";
import { signCheckpoint } from "./keys";
import { merkleRoot, toHex } from "./merkle";
import { nodeSha256 } from "./node-sha256";
import { historyKeys } from "./signing-key";
import type { Checkpoint } from "./queries";

/**
 * Writes signed checkpoints (docs/history-format.md; read by lib/history/queries.ts). Written
 * after each publication or withdrawal and at least hourly (instrumentation.ts). Several app
 * servers may try at once: an advisory lock makes them take turns, and each checkpoint names the
 * one before.
 */
const CHECKPOINT_LOCK = 7_412_001;
/** Leaves are kept for this many recent checkpoints; older signed roots stay without them. */
const KEEP_LEAVES = 24;

/** Leaves per row of currentLeaves' answer: 4,096 × 68 bytes, so no value nears a size limit. */
const LEAVES_PER_ROW = 4096;

/**
 * Every history's head (of every claim id in ClaimEvent) as a leaf in tree order (format.ts: leafBytes, sortLeaves), built and sorted
 * by the database inside the caller's transaction. At a million claims, reading the heads as rows
 * and building and sorting the leaves in JavaScript took over a minute; PostgreSQL compares bytea
 * bytewise, as sortLeaves does, and its sha256() is the same SHA-256.
 */
async function currentLeaves(tx: Tx): Promise<Uint8Array[]> {
  const rows = await tx.$queryRaw<{ leaves: Uint8Array }[]>`
    SELECT string_agg(leaf, ''::bytea ORDER BY leaf) AS leaves
    FROM (
      SELECT leaf, (row_number() OVER (ORDER BY leaf) - 1) / ${LEAVES_PER_ROW}::int AS chunk
      FROM (
        SELECT sha256(convert_to(${CLAIM_ID_DOMAIN}::text || head."claimId", 'UTF8')) || int4send(head.seq)
               || decode(head.hash, 'hex') AS leaf
        FROM (
          SELECT DISTINCT ON ("claimId") "claimId", seq, hash FROM "ClaimEvent" ORDER BY "claimId", seq DESC
        ) head
      ) leaves
    ) numbered
    GROUP BY chunk
    ORDER BY chunk`;
  const leaves: Uint8Array[] = [];
  for (const { leaves: bytes } of rows) {
    for (let i = 0; i < bytes.length; i += LEAF_BYTES) leaves.push(bytes.subarray(i, i + LEAF_BYTES));
  }
  return leaves;
}

const HOUR = 60 * 60 * 1000;

export async function writeCheckpoint(now: Date = new Date()): Promise<Checkpoint> {
  return (await writeCheckpointUnlessRecent(now, null))!;
}

/**
 * Writes a checkpoint unless one was written within the last hour. The check runs under the same
 * advisory lock as the write, so of several servers whose timers fire together exactly one writes;
 * the others wait for its commit, then see it. (Checked outside the lock, both would see "due".)
 */
export async function writeCheckpointIfDue(now: Date = new Date()): Promise<Checkpoint | null> {
  return writeCheckpointUnlessRecent(now, HOUR);
}

/**
 * Everything runs on the transaction's client `tx`: the embedded database's pool has one
 * connection, so a query through db() inside this transaction would wait for it forever.
 */
async function writeCheckpointUnlessRecent(now: Date, within: number | null): Promise<Checkpoint | null> {
  return db().$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${CHECKPOINT_LOCK})`;
      const previous = await tx.historyCheckpoint.findFirst({ orderBy: { seq: "desc" } });
      if (within !== null && previous && now.getTime() - previous.createdAt.getTime() < within) return null;
      const leaves = await currentLeaves(tx);
      const body: CheckpointBody = {
        v: 1,
        seq: (previous?.seq ?? 0) + 1,
        createdAt: now.toISOString(),
        treeSize: leaves.length,
        root: toHex(merkleRoot(leaves, nodeSha256)),
        prev: previous?.hash ?? null,
      };
      const key = historyKeys().current;
      const checkpoint = {
        ...body,
        hash: checkpointHash(body),
        keyId: key.id,
        signature: signCheckpoint(key, checkpointBytes(body)),
      };
      await tx.historyCheckpoint.create({
        data: {
          seq: body.seq,
          createdAt: now,
          treeSize: body.treeSize,
          root: body.root,
          prevHash: body.prev,
          hash: checkpoint.hash,
          keyId: checkpoint.keyId,
          signature: checkpoint.signature,
        },
      });
      await tx.checkpointLeaves.create({ data: { checkpointSeq: body.seq, leaves: Buffer.concat(leaves) } });
      await tx.checkpointLeaves.deleteMany({ where: { checkpointSeq: { lte: body.seq - KEEP_LEAVES } } });
      return checkpoint;
    },
    { timeout: 60_000 },
  );
}
