import { noticeClass } from "@/components/ui/notice";
import { buttonClass } from "@/components/ui/button";
import txt from "@/components/ui/text.module.css";
import { Table } from "@/components/ui/table";
import type { Metadata } from "next";
import Link from "next/link";
import { Timestamp } from "@/components/precise-date";
import { requirePermission } from "@/lib/auth/session";
import { verifyAllHistory } from "@/lib/history/verify";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "History verification" };

/** The same walk as `npm run history:verify`, on demand (a read, so a GET form is right). */
export default async function HistoryVerificationPage({ searchParams }: { searchParams: Promise<{ run?: string }> }) {
  await requirePermission("history:verify", "/admin/history");
  const run = (await searchParams).run === "1";
  const report = run ? await verifyAllHistory() : null;
  return (
    <>
      <h1>History verification</h1>
      <p className={txt.lede}>
        Every change to a claim is an event whose hash covers the event before it, tagged with a key the database does
        not hold. The database refuses to change or delete events; this check proves nobody did so behind its back (a
        superuser disabling the guard, or someone inserting events with database access alone).
      </p>
      <form method="get">
        <input type="hidden" name="run" value="1" />
        <button type="submit" className={buttonClass()}>
          {report ? "Verify again" : "Verify every claim's history now"}
        </button>
      </form>
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
