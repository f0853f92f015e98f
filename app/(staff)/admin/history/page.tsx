import { noticeClass } from "@/components/ui/notice";
import txt from "@/components/ui/text.module.css";
import { Table } from "@/components/ui/table";
import type { Metadata } from "next";
import Link from "next/link";
import { Timestamp } from "@/components/precise-date";
import { requirePermission } from "@/lib/auth/session";
import { ActionForm } from "@/components/action-form";
import { RefreshWhile } from "@/components/refresh-while";
import { currentVerification } from "@/lib/history/verify-job";
import { startVerificationAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "History verification" };

/** The same walk as `npm run history:verify`, as a background job of this server with its progress. */
export default async function HistoryVerificationPage() {
  const actor = await requirePermission("history:verify", "/admin/history");
  const job = currentVerification(actor);
  const running = job !== null && job.finishedAt === null;
  const report = job?.report ?? null;
  return (
    <>
      <h1>History verification</h1>
      <p className={txt.lede}>
        Every change to a claim is an event whose hash covers the event before it, tagged with a key the database does
        not hold. The database refuses to change or delete events; this check proves nobody did so behind its back (a
        superuser disabling the guard, or someone inserting events with database access alone).
      </p>
      <RefreshWhile active={running} />
      {running ? (
        <p className={noticeClass()} role="status">
          Checking: {job.claims.toLocaleString("en")} of {job.totalClaims.toLocaleString("en")} claims (
          {job.events.toLocaleString("en")} events) since <Timestamp at={job.startedAt} />, started by {job.startedBy}.
          This page updates by itself.
        </p>
      ) : (
        <ActionForm
          action={startVerificationAction}
          submitLabel={report ? "Verify again" : "Verify every claim's history now"}
        />
      )}
      {job?.error && <p className={noticeClass("error")}>{job.error}</p>}
      {report && (
        <section aria-labelledby="result" aria-live="polite">
          <h2 id="result">
            {report.breaks.length === 0 ? "Every history chain is intact" : `${report.breaks.length} break(s) found`}
          </h2>
          <p className={txt.meta}>
            Checked {report.eventsChecked} events of {report.claimsChecked} claims and {report.checkpoints} signed
            checkpoints at <Timestamp at={report.checkedAt} />: each chain, each event&apos;s tag, its stored content,
            and each claim row against its replayed history.
          </p>
          {report.notes.map((note) => (
            <p key={note} className={noticeClass()}>
              {note}
            </p>
          ))}
          {report.breaks.length > 0 && (
            <Table label="Breaks found">
              <thead>
                <tr>
                  <th scope="col">Claim</th>
                  <th scope="col">Event #</th>
                  <th scope="col">What is wrong</th>
                </tr>
              </thead>
              <tbody>
                {report.breaks.map((b) => (
                  <tr key={`${b.claimId}-${b.seq}-${b.problem}`}>
                    <td>
                      <Link href={`/desk/claims/${b.claimId}`}>{b.claimId}</Link>
                    </td>
                    <td>{b.seq}</td>
                    <td>{b.problem}</td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </section>
      )}
      <p className={txt.meta}>
        From a shell: <code>npm run history:verify</code> (exits non-zero on any break), or{" "}
        <code>npm run history:verify -- --against checkpoints.json</code> with a copy of{" "}
        <Link href="/transparency">the transparency log</Link> saved earlier.
      </p>
    </>
  );
}
