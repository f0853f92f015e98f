/**
 * `npm run history:verify [-- --against <checkpoints.json file or URL>]`: walks every claim's
 * history on DATABASE_URL (chains, tags, stored content, each claim row replayed from its events,
 * deleted claims, the signed checkpoints) and, given a transparency log saved earlier, reports every
 * chain that is now shorter, different or missing. Exits 1 if anything is broken.
 */
import { readFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { requireDatabaseUrl } from "../lib/env";
import type { TransparencyLog } from "../lib/history/queries";
import { verifyAllHistory } from "../lib/history/verify";
import { startWorkers } from "../lib/history/verify-workers";

const databaseUrl = requireDatabaseUrl();
const at = process.argv.indexOf("--against");
const source = at >= 0 ? process.argv[at + 1] : undefined;
if (at >= 0 && !source) {
  console.error("Usage: npm run history:verify -- [--against <checkpoints.json file or URL>]");
  process.exit(2);
}
let against: TransparencyLog | undefined;
if (source) {
  const text = /^https?:\/\//.test(source) ? await (await fetch(source)).text() : await readFile(source, "utf8");
  against = JSON.parse(text) as TransparencyLog;
  console.log(
    `Comparing with ${source}: ${against.checkpoints.length} checkpoint(s), ` +
      `${against.latestLeaves?.leaves.length ?? 0} histories in checkpoint #${against.latestLeaves?.seq ?? "?"}.`,
  );
}
// Batches are read and checked on worker threads, one per core (0: all in this thread).
const workers = Number(process.env.HISTORY_VERIFY_WORKERS ?? availableParallelism());
const runner = workers > 0 ? startWorkers(workers, databaseUrl) : undefined;
const report = await verifyAllHistory({ against, runner });
for (const b of report.breaks) console.log(`BROKEN claim ${b.claimId} seq ${b.seq}: ${b.problem}`);
for (const note of report.notes) console.log(`Note: ${note}`);
console.log(
  `Checked ${report.eventsChecked} events of ${report.claimsChecked} claims and ${report.checkpoints} checkpoints: ` +
    (report.breaks.length === 0 ? "every history is intact." : `${report.breaks.length} break(s) found.`),
);
process.exit(report.breaks.length === 0 ? 0 : 1);
