import deskStyles from "@/components/desk/desk.module.css";
import { noticeClass } from "@/components/ui/notice";
import { cardClass } from "@/components/ui/card";
import txt from "@/components/ui/text.module.css";
import Link from "next/link";
import { DeskConfirmActionForm } from "@/components/desk/desk-actions";
import { ChangeList } from "@/components/change-list";
import { Timestamp } from "@/components/precise-date";
import { StatusBadge } from "@/components/status-badge";
import { SourceList } from "@/components/review/source-list";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import type { StaffClaim } from "@/lib/claims/staff-queries";
import {
  CLAIM_STATUSES,
  PROPOSAL_KINDS,
  PROPOSAL_RULES,
  proposalStateRefusal,
  type ProposalKind,
} from "@/lib/reviews/rules";
import { evidenceText } from "./evidence-summary";
import { ProposeForm } from "./propose-form";

const SUBMIT: Record<ProposalKind, string> = {
  STATUS: "Propose the status change",
  PUBLISH: "Propose to publish",
  REVISION: "Propose the revision",
  WITHDRAWAL: "Propose to withdraw",
  REDACTION: "Propose the redaction",
};

/**
 * Where the claim stands and what can be asked of a reviewer: the unpublished changes of a
 * published claim (draft against published, field by field), the pending proposal (at most one),
 * or the proposals this role may make now, as the rules in lib/reviews/rules.ts allow.
 */
export function ProposalSection({ claim, actor }: { claim: StaffClaim; actor: Actor }) {
  const pending = claim.pending;
  const lastDecided = claim.reviews.find((r) => r.state === "APPROVED" || r.state === "REJECTED");
  const lastRejected = lastDecided?.state === "REJECTED" ? lastDecided : null;
  const hasDraft = !claim.revision.empty;
  // The kinds this role may propose on the claim as it is (the status itself is picked in the form).
  const available = PROPOSAL_KINDS.filter((kind) => {
    const rule = PROPOSAL_RULES[kind];
    const to = rule.status === "required" ? claim.status : null;
    return (
      can(actor.role, rule.propose) &&
      proposalStateRefusal(kind, { visibility: claim.visibility, hasDraft }, to) === null
    );
  });
  return (
    <section aria-labelledby="proposal" className={deskStyles.claimSection}>
      <h2 id="proposal">Review and publication</h2>
      {claim.visibility === "PUBLIC" && hasDraft && (
        <div className={`${cardClass} draft-revision`} role="region" aria-labelledby="draft-heading">
          <h3 id="draft-heading">Unpublished changes</h3>
          <p className={txt.meta}>
            The public page shows the published version until a reviewer who wrote none of these changes approves them.
          </p>
          <ChangeList changes={claim.revision.fields} items={claim.revisionItems} claimPath="/desk/claims/" />
          {!pending && (
            <DeskConfirmActionForm
              use="discardDraft"
              triggerLabel="Discard these changes"
              title="Discard the unpublished changes?"
              description="Every change waiting above is dropped, and the claim stays as the public reads it. The history records the discard."
              confirmLabel="Discard"
            >
              <input type="hidden" name="claimId" value={claim.id} />
            </DeskConfirmActionForm>
          )}
        </div>
      )}
      {pending ? (
        <div className={`${cardClass} pending-proposal`}>
          <h3>Waiting for review: {pending.label.toLowerCase()}</h3>
          {pending.toStatus && (
            <p>
              <StatusBadge status={pending.fromStatus} /> → <StatusBadge status={pending.toStatus} />
            </p>
          )}
          <p className={deskStyles.rationale}>{pending.rationale}</p>
          {pending.publicReason && <p>Public reason: {pending.publicReason}</p>}
          {pending.evidence.length > 0 && (
            <ul className={txt.meta}>
              {pending.evidence.map(({ evidenceId }) => {
                const item = claim.evidence.find((e) => e.id === evidenceId);
                return <li key={evidenceId}>{item ? evidenceText(item) : "Evidence"}</li>;
              })}
            </ul>
          )}
          <SourceList sources={pending.sources} />
          <p className={txt.meta}>
            Proposed by {pending.proposer.name}
            {pending.proposerId === actor.id && " (you)"} · <Timestamp at={pending.createdAt} />
          </p>
          {pending.staleReason && (
            <p className={noticeClass()} role="note">
              {pending.staleReason}
            </p>
          )}
          <p className={noticeClass()}>
            {pending.decisionRefusal === null ? (
              <>
                <Link href="/review">Decide it in the review queue</Link>.
              </>
            ) : (
              <>Waiting for another reviewer. {pending.decisionRefusal}</>
            )}
          </p>
          {pending.proposerId === actor.id && (
            <DeskConfirmActionForm
              use="cancelProposal"
              triggerLabel="Withdraw this proposal"
              title="Withdraw this proposal?"
              description="Reviewers will no longer see it, and it can no longer be approved. The history records the withdrawal; you can propose again."
              confirmLabel="Withdraw"
            >
              <input type="hidden" name="reviewId" value={pending.id} />
              <input type="hidden" name="claimId" value={claim.id} />
            </DeskConfirmActionForm>
          )}
        </div>
      ) : claim.visibility === "WITHDRAWN" && !available.includes("REDACTION") ? (
        <p className={txt.muted}>This claim has been withdrawn.</p>
      ) : available.length === 0 ? (
        <p className={txt.muted}>Your role cannot make a proposal on this claim.</p>
      ) : (
        <>
          {lastRejected && (
            <p className={noticeClass()}>
              The last proposal was rejected by {lastRejected.reviewer?.name ?? "a reviewer"}:{" "}
              {lastRejected.decisionComment}
            </p>
          )}
          {available.map((kind, i) => (
            <details key={kind} className="proposal-option" open={i === 0}>
              <summary>{SUBMIT[kind]}</summary>
              <ProposeForm
                claimId={claim.id}
                kind={kind}
                status={PROPOSAL_RULES[kind].status}
                statuses={CLAIM_STATUSES.filter((s) => s !== claim.status)}
                evidence={claim.evidence.map((e) => ({ id: e.id, label: evidenceText(e) }))}
                publicReason={PROPOSAL_RULES[kind].publicReason}
                redaction={
                  kind === "REDACTION"
                    ? {
                        speaker: claim.speaker?.name ?? null,
                        quotes: claim.quotes
                          .filter((q) => !q.redactedAt)
                          .map((q) => ({ id: q.id, label: `“${q.exact.slice(0, 80)}”` })),
                      }
                    : undefined
                }
                submitLabel={SUBMIT[kind]}
              />
            </details>
          ))}
        </>
      )}
    </section>
  );
}
