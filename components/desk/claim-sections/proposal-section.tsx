import Link from "next/link";
import { Timestamp } from "@/components/precise-date";
import { StatusBadge } from "@/components/status-badge";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { STATUS_LABEL } from "@/lib/claims/format";
import type { StaffClaim } from "@/lib/claims/staff-queries";
import { CLAIM_STATUSES, decisionRefusal, isStale } from "@/lib/reviews/rules";
import { evidenceText } from "./evidence-summary";
import { ProposeForm } from "./propose-form";

/**
 * A claim has at most one pending proposal (the database enforces it); while one waits, it is
 * shown instead of the form, since a second proposal would be refused anyway.
 */
export function ProposalSection({ claim, actor }: { claim: StaffClaim; actor: Actor }) {
  const pending = claim.pendingReview;
  // Reviews come newest first; a rejection's reason is what the next proposal has to answer.
  const lastDecided = claim.reviews.find((r) => r.state !== "PENDING");
  const lastRejected = lastDecided?.state === "REJECTED" ? lastDecided : null;
  return (
    <section aria-labelledby="proposal" className="claim-section">
      <h2 id="proposal">{pending ? "Proposed status change" : "Propose a status change"}</h2>
      {pending ? (
        <div className="card pending-proposal">
          <p>
            <StatusBadge status={pending.fromStatus} /> → <StatusBadge status={pending.toStatus} />
          </p>
          <p className="rationale">{pending.rationale}</p>
          {pending.evidence.length > 0 && (
            <ul className="meta">
              {pending.evidence.map(({ evidenceId }) => {
                const item = claim.evidence.find((e) => e.id === evidenceId);
                return <li key={evidenceId}>{item ? evidenceText(item) : "Evidence"}</li>;
              })}
            </ul>
          )}
          <p className="meta">
            Proposed by {pending.proposer.name}
            {pending.proposerId === actor.id && " (you)"} · <Timestamp at={pending.createdAt} />
          </p>
          {isStale(pending, claim) && (
            <p className="notice">
              The claim has changed since this was proposed: a reviewer can only reject it, then propose again.
            </p>
          )}
          <p className="notice">
            Waiting for review by another reviewer.
            {decisionRefusal(actor, pending) === null && (
              <>
                {" "}
                <Link href="/review">Decide it in the review queue</Link>.
              </>
            )}
          </p>
        </div>
      ) : can(actor.role, "review:propose") ? (
        <>
          {lastRejected && (
            <p className="notice">
              The last proposal, to {STATUS_LABEL[lastRejected.toStatus].toLowerCase()}, was rejected by{" "}
              {lastRejected.reviewer?.name ?? "a reviewer"}: {lastRejected.decisionComment}
            </p>
          )}
          <ProposeForm
            claimId={claim.id}
            statuses={CLAIM_STATUSES.filter((s) => s !== claim.status)}
            evidence={claim.evidence.map((e) => ({ id: e.id, label: evidenceText(e) }))}
          />
        </>
      ) : (
        <p className="muted">Your role cannot propose status changes.</p>
      )}
    </section>
  );
}
