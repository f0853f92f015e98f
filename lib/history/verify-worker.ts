import { parentPort, workerData } from "node:worker_threads";
import pg from "pg";
import { checkBatch, type BatchInput } from "./verify-batch";
import { loadBatch } from "./verify-load";

/**
 * A worker thread of `history:verify`: reads each batch of claim ids it is sent on its own
 * connection (lib/history/verify-load.ts) and checks it (lib/history/verify-batch.ts).
 */
type Job = Omit<BatchInput, "claims" | "events" | "contents"> & { ids: string[] };

const client = new pg.Client({ connectionString: (workerData as { databaseUrl: string }).databaseUrl });
const ready = client.connect();
parentPort!.on("message", async (job: Job) => {
  await ready;
  const batch = await loadBatch((sql, params) => client.query(sql, params), job.ids);
  parentPort!.postMessage(checkBatch({ ...batch, tagKeys: job.tagKeys, wanted: job.wanted }));
});
