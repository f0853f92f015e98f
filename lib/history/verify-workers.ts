import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { BatchRunner } from "./verify";
import type { BatchResult } from "./verify-batch";
import type { WorkerMessage } from "./verify-worker";

/**
 * Worker threads for `npm run history:verify`, one per core, each reading and checking the batches
 * it is given (lib/history/verify-worker.ts). Only that script uses them, never the app's pages.
 *
 * `./verify-worker.mjs` is, from the sources, a shim that loads the TypeScript worker through
 * tsx, and, in the bundle that `npm run history:verify` runs (scripts/bundled.mjs), the worker
 * itself, bundled: tsx's loader in each worker cost 1.8 s of start-up on both cores.
 */
const WORKER_SCRIPT = () => fileURLToPath(new URL("./verify-worker.mjs", import.meta.url));

// A batch's rows and their parsed content stay alive until it is checked: in a worker's default
// young generation (48 MB) they outlived two scavenges and were copied, then promoted and marked
// again (11 us/event of GC with batches of 1,000 claims; 1.6 with 128 MB). Batches of 250 claims
// (verify.ts) in 128 MB: about 1.2 s of GC in all, for 718,000 events.
const YOUNG_GENERATION_MB = 128;

export function startWorkers(count: number, databaseUrl: string): BatchRunner {
  type Waiting = { resolve: (r: BatchResult) => void; reject: (e: unknown) => void };
  const waiting = new Map<number, Waiting & { worker: number }>();
  const busy = new Array<number>(count).fill(0);
  const workers = Array.from({ length: count }, (_, i) => {
    const worker = new Worker(WORKER_SCRIPT(), {
      workerData: { databaseUrl },
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    worker.on("message", ({ id, result, error }: { id: number; result?: BatchResult; error?: string }) => {
      const job = waiting.get(id)!;
      waiting.delete(id);
      busy[i] -= 1;
      if (error !== undefined) job.reject(new Error(`history:verify worker: ${error}`));
      else job.resolve(result!);
    });
    worker.on("error", (error) => {
      for (const [id, job] of waiting) {
        if (job.worker !== i) continue;
        waiting.delete(id);
        job.reject(error);
      }
    });
    return worker;
  });
  let next = 0;
  return {
    // Each job goes to the worker with the fewest in hand, so a slower one is not left a queue.
    run: (job) =>
      new Promise((resolve, reject) => {
        const i = busy.indexOf(Math.min(...busy));
        const id = next++;
        busy[i] += 1;
        waiting.set(id, { resolve, reject, worker: i });
        workers[i].postMessage({ id, job } satisfies WorkerMessage);
      }),
    inFlight: count * 2,
    close: async () => {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
