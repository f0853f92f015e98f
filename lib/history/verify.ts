import "server-only";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { db, pool } from "../db/client";
import { requireDatabaseUrl } from "../env";
import type { ChainBreak } from "./chain";
import type { Checkpoint, TransparencyLog } from "./queries";
import { checkpointBodyOf, checkpointBytes } from "./format";
import { checkpointSignatureValid } from "./keys";
import { fromHex, merkleRoot, toHex } from "./merkle";
import { checkBatch, type BatchResult, type Head } from "./verify-batch";
import { loadBatch } from "./verify-load";
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

const BATCH = 500;
// A path, not `new Worker(new URL(...))`, which bundlers would try to bundle: only the
// history:verify script (run by tsx) uses workers, never the app's own pages.
const WORKER_SCRIPT = () => fileURLToPath(new URL("./verify-worker.mjs", import.meta.url));

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
  /** Worker threads for the hashing (0: check in this thread). Only for scripts run with tsx. */
  workers?: number;
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
  const keys = new Map(historyKeys().all.map((k) => [k.id, k]));
  const heads = new Map<string, Head>();
  const wanted = options.against?.latestLeaves
    ? new Map(options.against.latestLeaves.leaves.map((l) => [l.claim, l.seq]))
    : undefined;
  let legacy = 0;
  const tagKeys = [...keys].map(([id, k]): [string, Uint8Array] => [id, k.tagKey]);
  // Reading the next batch of ids overlaps with checking the ones before. With workers, each
  // worker thread reads and checks its batches on its own connection, so both cores hash.
  const workers = Array.from(
    { length: options.workers ?? 0 },
    () =>
      new Worker(WORKER_SCRIPT(), {
        workerData: { databaseUrl: requireDatabaseUrl() },
      }),
  );
  type Waiting = { resolve: (r: BatchResult) => void; reject: (e: unknown) => void };
  const waiting = workers.map(() => new Map<number, Waiting>());
  workers.forEach((worker, i) => {
    worker.on("message", ({ job, result }: { job: number; result: BatchResult }) => {
      waiting[i].get(job)!.resolve(result);
      waiting[i].delete(job);
    });
    worker.on("error", (error) => {
      for (const job of waiting[i].values()) job.reject(error);
      waiting[i].clear();
    });
  });
  let turn = 0;
  const check = async (ids: string[]): Promise<BatchResult> => {
    if (workers.length === 0) {
      const batch = await loadBatch((sql, params) => pool().query(sql, params), ids);
      return checkBatch({ ...batch, tagKeys, wanted });
    }
    const job = turn++;
    const i = job % workers.length;
    return new Promise((resolve, reject) => {
      waiting[i].set(job, { resolve, reject });
      workers[i].postMessage({ job, ids, tagKeys, wanted });
    });
  };
  const pending: Promise<void>[] = [];
  try {
    let cursor = "";
    for (;;) {
      const { rows } = await pool().query<{ id: string }>(
        `SELECT id FROM "Claim" WHERE id > $1 ORDER BY id LIMIT ${BATCH}`,
        [cursor],
      );
      if (rows.length === 0) break;
      const ids = rows.map((r) => r.id);
      pending.push(
        check(ids).then((result) => {
          report.breaks.push(...result.breaks);
          for (const head of result.heads) heads.set(head.claimHash, head);
          report.eventsChecked += result.eventsChecked;
          report.claimsChecked += result.heads.length;
          legacy += result.legacy;
          options.onProgress?.({ claims: report.claimsChecked, events: report.eventsChecked });
        }),
      );
      if (pending.length >= Math.max(2, workers.length * 2)) await pending.shift();
      cursor = ids[ids.length - 1];
    }
    await Promise.all(pending);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }

  // History whose claim row is gone (only possible by bypassing the foreign key).
  const orphans = await db().$queryRaw<{ claimId: string; n: number }[]>`
    SELECT e."claimId", count(*)::int AS n FROM "ClaimEvent" e LEFT JOIN "Claim" c ON c.id = e."claimId"
    WHERE c.id IS NULL GROUP BY e."claimId"`;
  for (const o of orphans) {
    report.breaks.push({
      claimId: o.claimId,
      seq: 0,
      problem: `the claim was deleted; ${o.n} events of its history remain`,
    });
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
  const rows = await db().historyCheckpoint.findMany({ orderBy: { seq: "asc" } });
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
  if (!cp || toHex(merkleRoot(leafData)) !== cp.root) {
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
