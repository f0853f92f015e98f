import txt from "@/components/ui/text.module.css";
import Link from "next/link";
import { Timestamp } from "@/components/precise-date";
import { StatusBadge } from "@/components/status-badge";
import { STATUS_LABEL } from "@/lib/claims/format";
import { claimPath, subjectPath } from "@/lib/claims/paths";
import { listRecentDecisions, listTopSubjects } from "@/lib/claims/queries";
import { claimRowStyles } from "@/components/claim-card";

// Rendered per request: a page without a parameter would be prerendered at build time, when there
// is no database. Its two queries are indexed and bounded (npm run bench: home p95).
export const dynamic = "force-dynamic";

export default async function HomePage() {
  const [decisions, subjects] = await Promise.all([listRecentDecisions(), listTopSubjects()]);
  return (
    <>
      <h1>What the news claimed, and what holds up</h1>
      <p className={txt.lede}>
        Each claim links to where it was said, the evidence behind its status, and every review decision on it.
      </p>
      <div className={txt.twoCol}>
        <section aria-labelledby="decisions">
          <h2 id="decisions">Recent status decisions</h2>
          {decisions.length === 0 ? (
            <p className={txt.muted}>No status decisions yet.</p>
          ) : (
            <ul className={claimRowStyles.list}>
              {decisions.map((d) => (
                <li key={d.id} className={claimRowStyles.row}>
                  <div className={claimRowStyles.status}>
                    <StatusBadge status={d.to} />
                  </div>
                  <div>
                    <h3 className={claimRowStyles.statement} dir="auto">
                      <Link href={claimPath(d.claim)}>{d.claim.statement}</Link>
                    </h3>
                    <p className={claimRowStyles.meta}>
                      {STATUS_LABEL[d.from]} → {STATUS_LABEL[d.to]}
                      {d.reviewer && <> · approved by {d.reviewer}</>}
                      {d.decidedAt && (
                        <>
                          {" · "}
                          <Timestamp at={d.decidedAt} />
                        </>
                      )}
                    </p>
                  </div>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="subjects">
          <h2 id="subjects">Subjects with the most claims</h2>
          <ul className={txt.stack}>
            {subjects.map((s) => (
              <li key={s.slug}>
                <Link href={subjectPath(s)}>
                  <strong>{s.name}</strong>
                </Link>{" "}
                <span className={txt.muted}>
                  ({s.claimCount} {s.claimCount === 1 ? "claim" : "claims"})
                </span>
                {s.description && <p className={txt.meta}>{s.description}</p>}
              </li>
            ))}
          </ul>
          <p>
            <Link href="/subjects">All subjects →</Link> · <Link href="/claims">All claims →</Link>
          </p>
        </section>
      </div>
    </>
  );
}
