import { parentPort, workerData } from "node:worker_threads";
import pg from "pg";
import type { BatchJob } from "./verify";
import { checkBatch } from "./verify-batch";
import { loadBatch } from "./verify-load";

/**
 * A worker thread of `history:verify` (started by lib/history/verify-workers.ts): reads each batch
 * it is sent on its own connections (lib/history/verify-load.ts) and checks it
 * (lib/history/verify-batch.ts).
 */
export type WorkerMessage = { id: number; job: BatchJob };

// One connection: the next batch's statements run on it while this one is checked. Each backend
// maps the 128 MB of shared buffers page by page as it first touches them, and in this VM those
// page faults were a third of PostgreSQL's time: four connections per worker cost 10.6 s of
// PostgreSQL CPU for the benchmark's walk, one 6.6 s. No JIT and no parallel query (new processes
// that fault in again): the workers already keep both cores busy.
const pool = new pg.Pool({
  connectionString: (workerData as { databaseUrl: string }).databaseUrl,
  max: 1,
  options: "-c jit=off -c max_parallel_workers_per_gather=0",
});
const query = (text: string, values: unknown[]) => pool.query({ text, values, rowMode: "array" });

parentPort!.on("message", async ({ id, job }: WorkerMessage) => {
  try {
    const batch = await loadBatch(query, job.range);
    // Batches can finish out of order: the answer names its job.
    parentPort!.postMessage({ id, result: checkBatch({ ...batch, tagKeys: job.tagKeys, wanted: job.wanted }) });
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
