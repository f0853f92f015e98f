import "server-only";
import { pool } from "../db/pool";
import type { ChainBreak } from "./chain";
import type { Checkpoint, TransparencyLog } from "./queries";
import { checkpointBodyOf, checkpointBytes, type CheckpointRow } from "./format";
import { checkpointSignatureValid } from "./keys";
import { fromHex, merkleRoot, toHex } from "./merkle";
import { nodeSha256 } from "./node-sha256";
import { checkBatch, type BatchInput, type BatchResult, type Head } from "./verify-batch";
import { ISO_INSTANT, loadBatch, type BatchRange, type Query } from "./verify-load";
import { historyKeys, publishedKeys } from "./signing-key";

export type VerificationReport = {
  claimsChecked: number;
  eventsChecked: number;
  breaks: ChainBreak[];
  /** Not breaks, but worth knowing: events from before tags existed. */
  notes: string[];
  checkpoints: number;
  checkedAt: Date;
};

/** Claims per batch (about 1,800 events): a batch in flight stays in the young generation. */
const BATCH = 250;

/** One batch to read and check: the claim-id range, the tag keys and what to report for `against`. */
export type BatchJob = { range: BatchRange } & Pick<BatchInput, "tagKeys" | "wanted">;

/**
 * Reads and checks batches: in this thread by default (the /admin/history job), or on worker
 * threads, one per core (lib/history/verify-workers.ts, for `npm run history:verify`).
 */
export type BatchRunner = {
  run: (job: BatchJob) => Promise<BatchResult>;
  /** Batches to keep in flight, so that reading the next overlaps with checking this one. */
  inFlight: number;
  close: () => Promise<void>;
};

const appPoolQuery: Query = async (text, values) => pool().query({ text, values, rowMode: "array" });

const inThisThread: BatchRunner = {
  run: async ({ range, tagKeys, wanted }) => checkBatch({ ...(await loadBatch(appPoolQuery, range)), tagKeys, wanted }),
  inFlight: 2,
  close: async () => {},
};

/**
 * Walks every claim's history and reports each break, naming the claim and what is wrong:
 * a broken or reordered chain, an event not tagged with our key (forged by someone with only
 * database access), content altered or missing without a redaction, a claim row that its own
 * history does not produce, history left behind by a deleted claim, and, given a transparency log
 * saved earlier (`against`), every chain now shorter, different or missing. Used by
 * `npm run history:verify` and /admin/history.
 */
export type VerifyOptions = {
  against?: TransparencyLog;
  /** Where batches are read and checked; this thread unless given. Closed when the walk ends. */
  runner?: BatchRunner;
  /** Claims per batch (tests make it small, to cross batch boundaries). */
  batchClaims?: number;
  onProgress?: (done: { claims: number; events: number }) => void;
};

export async function verifyAllHistory(options: VerifyOptions = {}): Promise<VerificationReport> {
  const report: VerificationReport = {
    claimsChecked: 0,
    eventsChecked: 0,
    breaks: [],
    notes: [],
    checkpoints: 0,
    checkedAt: new Date(),
  };
  const runner = options.runner ?? inThisThread;
  // The last claim of each batch is this many after the one before it.
  const skip = Math.max(0, Math.floor(options.batchClaims ?? BATCH) - 1);
  const tagKeys = historyKeys().all.map((k): [string, Uint8Array] => [k.id, k.tagKey]);
  const heads = new Map<string, Head>();
  const wanted = options.against?.latestLeaves
    ? new Map(options.against.latestLeaves.leaves.map((l) => [l.claim, l.seq]))
    : undefined;
  let legacy = 0;
  const orphans: string[] = [];
  const pending: Promise<void>[] = [];
  try {
    // Consecutive ranges of claim ids, the last one open-ended, so that every event falls in one.
    let after: string | null = null;
    for (;;) {
      const { rows }: { rows: { id: string }[] } = await pool().query<{ id: string }>(
        `SELECT id FROM "Claim" ${after === null ? "" : "WHERE id > $1"} ORDER BY id OFFSET ${skip} LIMIT 1`,
        after === null ? [] : [after],
      );
      const upTo: string | null = rows[0]?.id ?? null;
      pending.push(
        runner.run({ range: { after, upTo }, tagKeys, wanted }).then((result) => {
          for (const b of result.breaks) report.breaks.push(b);
          for (const head of result.heads) heads.set(head.claimHash, head);
          for (const o of result.orphans) orphans.push(o.claimId);
          report.eventsChecked += result.eventsChecked;
          report.claimsChecked += result.claimsChecked;
          legacy += result.legacy;
          options.onProgress?.({ claims: report.claimsChecked, events: report.eventsChecked });
        }),
      );
      if (upTo === null) break;
      after = upTo;
      if (pending.length >= runner.inFlight) await pending.shift();
    }
    await Promise.all(pending);
  } finally {
    await runner.close();
  }

  // History whose claim row is gone (only possible by bypassing the foreign key). A batch reads
  // its claims and its events in two statements, so an event it saw without its claim may belong
  // to a claim created in between: only those still without a claim row now are reported.
  if (orphans.length > 0) {
    const { rows } = await pool().query<{ claimId: string; n: number }>(
      `SELECT e."claimId", count(*)::int AS n FROM "ClaimEvent" e
       WHERE e."claimId" = ANY($1::text[]) AND NOT EXISTS (SELECT 1 FROM "Claim" c WHERE c.id = e."claimId")
       GROUP BY e."claimId" ORDER BY e."claimId"`,
      [orphans],
    );
    for (const o of rows) {
      report.breaks.push({
        claimId: o.claimId,
        seq: 0,
        problem: `the claim was deleted; ${o.n} events of its history remain`,
      });
    }
  }
  if (legacy > 0) {
    report.notes.push(`${legacy} events predate tagged history (format 1): their chain is checked, not their origin.`);
  }
  report.checkpoints = await verifyStoredCheckpoints(report);
  if (options.against) verifyAgainst(options.against, heads, report);
  return report;
}

/** The checkpoints in the database: each signed by a known key and chained to the one before. */
async function verifyStoredCheckpoints(report: VerificationReport): Promise<number> {
  // Plain SQL, as Prisma reads the row (createdAt a UTC instant), so the script needs no Prisma.
  const { rows } = await pool().query<CheckpointRow>(
    `SELECT seq, to_char("createdAt", ${ISO_INSTANT}) AS "createdAt", "treeSize", root, "prevHash", hash, "keyId", signature
     FROM "HistoryCheckpoint" ORDER BY seq`,
  );
  for (const row of rows) row.createdAt = new Date(row.createdAt);
  const published = new Map(publishedKeys().map((k) => [k.keyId, k.publicKey]));
  let prev: string | null = null;
  for (const row of rows) {
    const body = checkpointBodyOf(row);
    const key = published.get(row.keyId);
    if (!key || !checkpointSignatureValid(key, checkpointBytes(body), row.signature)) {
      report.breaks.push({
        claimId: "(checkpoints)",
        seq: row.seq,
        problem: `checkpoint #${row.seq}'s signature does not verify`,
      });
    }
    if (row.prevHash !== prev) {
      report.breaks.push({
        claimId: "(checkpoints)",
        seq: row.seq,
        problem: `checkpoint #${row.seq} does not follow the one before it`,
      });
    }
    prev = row.hash;
  }
  return rows.length;
}

/** Compares today's chains with a transparency log someone saved earlier. */
function verifyAgainst(saved: TransparencyLog, heads: Map<string, Head>, report: VerificationReport) {
  const problem = (claimId: string, seq: number, text: string) => report.breaks.push({ claimId, seq, problem: text });
  const keys = new Map(saved.keys.map((k) => [k.keyId, k.publicKey]));
  for (const cp of saved.checkpoints) {
    const { hash: _hash, keyId, signature, ...body } = cp as Checkpoint;
    const key = keys.get(keyId);
    if (!key || !checkpointSignatureValid(key, checkpointBytes(body), signature)) {
      problem("(saved checkpoints)", cp.seq, `saved checkpoint #${cp.seq} does not carry a valid signature`);
    }
  }
  const latest = saved.latestLeaves;
  if (!latest) return;
  const cp = saved.checkpoints.find((c) => c.seq === latest.seq);
  const leafData = latest.leaves.map((l) => {
    const bytes = new Uint8Array(68);
    bytes.set(fromHex(l.claim), 0);
    new DataView(bytes.buffer).setUint32(32, l.seq, false);
    bytes.set(fromHex(l.head), 36);
    return bytes;
  });
  if (!cp || toHex(merkleRoot(leafData, nodeSha256)) !== cp.root) {
    problem("(saved checkpoints)", latest.seq, `the saved leaves do not produce checkpoint #${latest.seq}'s root`);
    return;
  }
  for (const leaf of latest.leaves) {
    const now = heads.get(leaf.claim);
    if (!now) {
      problem(
        `claim ${leaf.claim.slice(0, 16)}… (hash)`,
        leaf.seq,
        `its history, in checkpoint #${cp.seq}, is missing now`,
      );
    } else if (now.seq < leaf.seq) {
      problem(
        now.claimId,
        now.seq,
        `its history is shorter than in checkpoint #${cp.seq} (${leaf.seq} events then, ${now.seq} now)`,
      );
    } else if (now.wantedHash !== leaf.head) {
      problem(now.claimId, leaf.seq, `its history differs from checkpoint #${cp.seq} at event #${leaf.seq}`);
    }
  }
}
