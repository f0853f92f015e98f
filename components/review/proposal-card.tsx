import Link from "next/link";
import { Timestamp } from "@/components/precise-date";
import { StatusBadge } from "@/components/status-badge";
import { LINK_LABEL } from "@/lib/claims/format";
import type { PendingProposal } from "@/lib/reviews/queries";
import { DecisionForm } from "./decision-form";

/**
 * One pending proposal with what it rests on side by side: the claim and its sources on the
 * left, the proposed change, its rationale and evidence, and the decision on the right.
 */
export function ProposalCard({ proposal: p }: { proposal: PendingProposal }) {
  const headingId = `proposal-${p.id}`;
  return (
    <article className="card proposal-card" aria-labelledby={headingId}>
      <div className="proposal-claim">
        <p className="meta">
          Claim · <StatusBadge status={p.claim.status} />
          {p.claim.visibility === "INTERNAL" && " · internal"}
        </p>
        <h2 id={headingId}>
          <Link href={`/desk/claims/${p.claim.id}`}>{p.claim.statement}</Link>
        </h2>
        <h3>Quotes</h3>
        {p.claim.quotes.length === 0 && <p className="muted">No quotes.</p>}
        <ul className="list-plain">
          {p.claim.quotes.map((q) => (
            <li key={q.id}>
              <blockquote dir="auto">{q.exact}</blockquote>
              <p className="meta">
                <strong>{q.outlet ?? "Unknown outlet"}</strong> · {q.headline}
              </p>
            </li>
          ))}
        </ul>
        <h3>Links</h3>
        {p.claim.links.length === 0 && <p className="muted">No linked claims.</p>}
        <ul className="list-plain">
          {p.claim.links.map((l) => (
            <li key={`${l.direction}-${l.type}-${l.other.id}`}>
              <span className="meta">{LINK_LABEL[l.type][l.direction]}</span> <StatusBadge status={l.other.status} />{" "}
              <Link href={`/desk/claims/${l.other.id}`}>{l.other.statement}</Link>
              {l.note && <p className="meta">{l.note}</p>}
            </li>
          ))}
        </ul>
      </div>
      <div className="proposal-change">
        <p>
          <StatusBadge status={p.fromStatus} /> → <StatusBadge status={p.toStatus} />
        </p>
        <p className="meta">
          Proposed by {p.proposer.name} · <Timestamp at={p.createdAt} />
        </p>
        <h3>Rationale</h3>
        <p className="rationale">{p.rationale}</p>
        <h3>Evidence</h3>
        {p.claim.evidence.length === 0 && <p className="muted">No evidence on this claim.</p>}
        <ul className="list-plain evidence-list">
          {p.claim.evidence.map((e) => (
            <li key={e.id} className={e.cited ? "cited" : undefined}>
              {e.cited && <strong className="cited-tag">Cited</strong>}{" "}
              {e.url ? (
                <a href={e.url} rel="noopener noreferrer nofollow">
                  {e.title ?? e.url}
                </a>
              ) : (
                <span>{e.kind === "QUOTE" ? "Quote of another claim" : "Note"}</span>
              )}
              {e.archivedUrl && (
                <>
                  {" "}
                  (
                  <a href={e.archivedUrl} rel="noopener noreferrer nofollow">
                    archived
                  </a>
                  )
                </>
              )}
              {e.note && <p className="meta">{e.note}</p>}
            </li>
          ))}
        </ul>
        <h3>Decision</h3>
        {p.stale && (
          <p className="notice" role="note">
            The claim has changed since this proposal was made: it can be rejected, not approved.
          </p>
        )}
        {/* On /review (reviewers only) the one refusal left is the reviewer's own proposal. */}
        {p.decisionRefusal ? (
          <p className="notice">You proposed this; another reviewer must decide.</p>
        ) : (
          <DecisionForm reviewId={p.id} />
        )}
      </div>
    </article>
  );
}
