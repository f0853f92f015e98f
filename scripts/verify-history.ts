/**
 * `npm run history:verify`: walks every claim's hash-chained history on DATABASE_URL and reports
 * any break (claim, sequence number, what is wrong). Exits 1 if anything is broken.
 */
import { requireDatabaseUrl } from "../lib/env";
import { verifyAllHistory } from "../lib/history/verify";

requireDatabaseUrl();
const report = await verifyAllHistory();
for (const b of report.breaks) console.log(`BROKEN claim ${b.claimId} seq ${b.seq}: ${b.problem}`);
console.log(
  `Checked ${report.eventsChecked} events of ${report.claimsChecked} claims: ` +
    (report.breaks.length === 0 ? "every history chain is intact." : `${report.breaks.length} break(s) found.`),
);
process.exit(report.breaks.length === 0 ? 0 : 1);
