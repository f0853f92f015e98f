import reviewStyles from "@/components/review/review.module.css";
import { noticeClass } from "@/components/ui/notice";
import { cardClass } from "@/components/ui/card";
import txt from "@/components/ui/text.module.css";
import Link from "next/link";
import { Timestamp } from "@/components/precise-date";
import { StatusBadge } from "@/components/status-badge";
import { ChangeList, PendingTag } from "@/components/change-list";
import { LINK_LABEL, STATUS_LABEL } from "@/lib/claims/format";
import type { PendingProposal } from "@/lib/reviews/queries";
import { DecisionForm, type DecideAction } from "./decision-form";
import { SourceList } from "./source-list";

/**
 * One pending proposal with what it rests on side by side: the claim and its sources on the
 * left, the proposed change, its rationale and evidence, and the decision on the right.
 */
export function ProposalCard({ proposal: p, decide }: { proposal: PendingProposal; decide: DecideAction }) {
  const headingId = `proposal-${p.id}`;
  return (
    <article className={`${cardClass} ${reviewStyles.proposalCard}`} aria-labelledby={headingId}>
      <div className="proposal-claim">
        <p className={txt.meta}>
          {p.label} · <StatusBadge status={p.claim.status} />
          {p.claim.visibility !== "PUBLIC" && ` · ${p.claim.visibility.toLowerCase()}`}
        </p>
        <h2 id={headingId}>
          <Link href={`/desk/claims/${p.claim.id}`}>{p.claim.statement}</Link>
        </h2>
        <h3>Quotes</h3>
        {p.claim.quotes.length === 0 && <p className={txt.muted}>No quotes.</p>}
        <ul className={txt.stack}>
          {p.claim.quotes.map((q) => (
            <li key={q.id}>
              <PendingTag change={q.pendingChange} />
              <blockquote dir="auto">{q.exact}</blockquote>
              <p className={txt.meta}>
                <strong>{q.outlet ?? "Unknown outlet"}</strong> · {q.headline}
              </p>
            </li>
          ))}
        </ul>
        <h3>Links</h3>
        {p.claim.links.length === 0 && <p className={txt.muted}>No linked claims.</p>}
        <ul className={txt.stack}>
          {p.claim.links.map((l) => (
            <li key={`${l.direction}-${l.type}-${l.other.id}`}>
              <PendingTag change={l.pendingChange} />{" "}
              <span className={txt.meta}>{LINK_LABEL[l.type][l.direction]}</span>{" "}
              <StatusBadge status={l.other.status} />{" "}
              <Link href={`/desk/claims/${l.other.id}`}>{l.other.statement}</Link>
              {l.note && <p className={txt.meta}>{l.note}</p>}
            </li>
          ))}
        </ul>
      </div>
      <div className="proposal-change">
        <h3>{p.label}</h3>
        {p.toStatus && (
          <p>
            <StatusBadge status={p.fromStatus} /> → <StatusBadge status={p.toStatus} />
          </p>
        )}
        <p className={txt.meta}>
          Proposed by {p.proposer.name} · <Timestamp at={p.createdAt} />
        </p>
        {(p.revision.fields.length > 0 || p.revision.items.length > 0) && (
          <>
            <h3>Changes</h3>
            <ChangeList changes={p.revision.fields} items={p.revisionItems} claimPath="/desk/claims/" />
          </>
        )}
        {p.publicReason && (
          <>
            <h3>Public reason</h3>
            <p>{p.publicReason}</p>
          </>
        )}
        <h3>Rationale (staff only)</h3>
        <p className={reviewStyles.rationale}>{p.rationale}</p>
        <h3>Sources</h3>
        <SourceList sources={p.sources} />
        <h3>Evidence</h3>
        {p.claim.evidence.length === 0 && <p className={txt.muted}>No evidence on this claim.</p>}
        <ul className={`${txt.stack} ${reviewStyles.evidenceList}`}>
          {p.claim.evidence.map((e) => (
            <li key={e.id} className={e.cited ? reviewStyles.cited : undefined}>
              <PendingTag change={e.pendingChange} />
              {e.cited && <strong className={reviewStyles.citedTag}>Cited</strong>}{" "}
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
              {e.note && <p className={txt.meta}>{e.note}</p>}
            </li>
          ))}
        </ul>
        <h3>Decision</h3>
        {p.staleReason && (
          <p className={noticeClass()} role="note">
            {p.staleReason}
          </p>
        )}
        {p.decisionRefusal ? (
          <p className={noticeClass()}>{p.decisionRefusal}</p>
        ) : (
          <DecisionForm
            decide={decide}
            reviewId={p.id}
            stale={p.stale}
            needsPublicSummary={p.needsPublicSummary}
            asksWhetherStatusHolds={p.asksWhetherStatusHolds ? STATUS_LABEL[p.claimStatus].toLowerCase() : null}
          />
        )}
      </div>
    </article>
  );
}
