import { db, type Tx } from "../db/client";
import { checkpointBytes, checkpointHash, leafBytes, sortLeaves, type CheckpointBody } from "./format";
import { signCheckpoint } from "./keys";
import { merkleRoot, toHex } from "./merkle";
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

/** Every claim's head: its last seq and that event's hash (inside the caller's transaction). */
async function currentLeaves(tx: Tx): Promise<Uint8Array[]> {
  const heads = await tx.$queryRaw<{ claimId: string; seq: number; hash: string }[]>`
    SELECT DISTINCT ON ("claimId") "claimId", seq, hash FROM "ClaimEvent" ORDER BY "claimId", seq DESC`;
  return sortLeaves(heads.map((h) => leafBytes(h.claimId, h.seq, h.hash)));
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
        root: toHex(merkleRoot(leaves)),
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
