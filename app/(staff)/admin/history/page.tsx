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
      <p className="lede">
        Every change to a claim is an event whose hash covers the event before it. The database refuses to change or
        delete events; this check proves nobody did so behind its back (for example a superuser disabling the guard).
      </p>
      <form method="get">
        <input type="hidden" name="run" value="1" />
        <button type="submit" className="button">
          {report ? "Verify again" : "Verify every claim's history now"}
        </button>
      </form>
      {report && (
        <section aria-labelledby="result" aria-live="polite">
          <h2 id="result">
            {report.breaks.length === 0 ? "Every history chain is intact" : `${report.breaks.length} break(s) found`}
          </h2>
          <p className="meta">
            Checked {report.eventsChecked} events of {report.claimsChecked} claims at{" "}
            <Timestamp at={report.checkedAt} />.
          </p>
          {report.breaks.length > 0 && (
            <table>
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
            </table>
          )}
        </section>
      )}
      <p className="meta">
        From a shell: <code>npm run history:verify</code> (exits non-zero on any break).
      </p>
    </>
  );
}
