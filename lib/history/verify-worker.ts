import { parentPort, workerData } from "node:worker_threads";
import pg from "pg";
import { checkBatch, type BatchInput } from "./verify-batch";
import { loadBatch } from "./verify-load";

/**
 * A worker thread of `history:verify`: reads each batch of claim ids it is sent on its own
 * connections (lib/history/verify-load.ts) and checks it (lib/history/verify-batch.ts).
 */
type Job = Omit<BatchInput, "claims" | "events" | "contents"> & { job: number; ids: string[] };

// Three connections: a batch's three statements run side by side (on one client they would
// queue, which pg deprecates), and the next batch reads while this one is checked.
const pool = new pg.Pool({ connectionString: (workerData as { databaseUrl: string }).databaseUrl, max: 3 });
parentPort!.on("message", async (job: Job) => {
  const batch = await loadBatch((sql, params) => pool.query(sql, params), job.ids);
  // Batches can finish out of order: the answer names its job.
  parentPort!.postMessage({ job: job.job, result: checkBatch({ ...batch, tagKeys: job.tagKeys, wanted: job.wanted }) });
});
