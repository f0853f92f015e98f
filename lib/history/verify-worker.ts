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

// A batch's two statements run side by side, and the next batch reads while this one is checked.
// No JIT and no parallel query: the workers already keep both cores busy, and a JIT compile costs
// more than a batch's query.
const pool = new pg.Pool({
  connectionString: (workerData as { databaseUrl: string }).databaseUrl,
  max: 4,
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
