import type { Actor } from "../auth/actor";
import { can, type Action } from "../auth/permissions";
import { VISIBILITIES, type ClaimStatus, type ProposalKind, type Visibility } from "../enums";

/**
 * The review rules, as pure tables: which statuses a claim may move to and what it must have on
 * record to get there; which proposals exist, who may make and decide each, and on which claims.
 * The forms, the queue and the data layer all ask here (the README, "How a claim reaches the public").
 */
export { CLAIM_STATUSES, PROPOSAL_KINDS, type ClaimStatus, type ProposalKind, type Visibility } from "../enums";

/** What the status rules look at, counted from the claim's quotes, evidence and links. */
export type ClaimFacts = {
  /** Independent sources (lib/reviews/sources.ts): outlets, and external evidence from elsewhere. */
  sourceCount: number;
  /** Evidence items (of any kind) carrying a note that explains the decision. */
  explainedEvidenceCount: number;
  hasContradictsLink: boolean;
};

type Rule = { from: readonly ClaimStatus[]; check: (facts: ClaimFacts) => string | null };

export const CORROBORATED_NEEDS =
  "Corroborated needs at least two independent sources: quotes from two different outlets, or external evidence that is not from the outlet the claim is quoted from.";

export const CONFLICTING_NEEDS =
  "Conflicting needs a “contradicts” link to another claim, or an evidence item whose note says why.";

export const TRANSITIONS: Record<ClaimStatus, Rule> = {
  CORROBORATED: {
    from: ["UNVERIFIED", "CONFLICTING"],
    check: (f) => (f.sourceCount >= 2 ? null : CORROBORATED_NEEDS),
  },
  CONFLICTING: {
    from: ["UNVERIFIED", "CORROBORATED"],
    check: (f) => (f.hasContradictsLink || f.explainedEvidenceCount >= 1 ? null : CONFLICTING_NEEDS),
  },
  UNVERIFIED: { from: ["CORROBORATED", "CONFLICTING"], check: () => null },
};

/** Null when the change is allowed, else the reason it is refused. */
export function transitionRefusal(from: ClaimStatus, to: ClaimStatus, facts: ClaimFacts): string | null {
  if (from === to) return `The claim is already ${to.toLowerCase()}.`;
  const rule = TRANSITIONS[to];
  if (!rule.from.includes(from)) return `A claim cannot go from ${from.toLowerCase()} to ${to.toLowerCase()}.`;
  return rule.check(facts);
}

type ProposalRule = {
  label: string;
  /** Permission to make the proposal, and the one checked again on approval. */
  propose: Action;
  decide: Action;
  /** Claims it can be made on. */
  visibilities: readonly Visibility[];
  status: "required" | "optional" | "none";
  /** A public reason (withdrawal, redaction) is part of the proposal. */
  publicReason: boolean;
};

/** The proposals table of the publication issue: who proposes, who approves, on what. */
export const PROPOSAL_RULES: Record<ProposalKind, ProposalRule> = {
  STATUS: {
    label: "Status change",
    propose: "review:propose",
    decide: "review:decide",
    visibilities: ["INTERNAL", "PUBLIC"],
    status: "required",
    publicReason: false,
  },
  PUBLISH: {
    label: "Publication",
    propose: "review:propose",
    decide: "claim:publish",
    visibilities: ["INTERNAL"],
    status: "optional",
    publicReason: false,
  },
  REVISION: {
    label: "Revision of the published claim",
    propose: "review:propose",
    decide: "review:decide",
    visibilities: ["PUBLIC"],
    status: "optional",
    publicReason: false,
  },
  WITHDRAWAL: {
    label: "Withdrawal",
    propose: "claim:publish",
    decide: "claim:publish",
    visibilities: ["PUBLIC"],
    status: "none",
    publicReason: true,
  },
  REDACTION: {
    label: "Redaction",
    propose: "claim:publish",
    decide: "claim:redact",
    visibilities: VISIBILITIES,
    status: "none",
    publicReason: true,
  },
};

export type ProposalClaim = { visibility: Visibility; hasDraft: boolean };

/** Null when this actor may make this kind of proposal on this claim now, else why not. */
export function proposalRefusal(
  actor: Actor,
  kind: ProposalKind,
  claim: ProposalClaim,
  to: ClaimStatus | null,
): string | null {
  const rule = PROPOSAL_RULES[kind];
  if (!can(actor.role, rule.propose)) return `Your role cannot propose a ${rule.label.toLowerCase()}.`;
  return proposalStateRefusal(kind, claim, to);
}

/** Null when this kind of proposal fits the claim as it is (checked again at approval), else why not. */
export function proposalStateRefusal(kind: ProposalKind, claim: ProposalClaim, to: ClaimStatus | null): string | null {
  const rule = PROPOSAL_RULES[kind];
  if (!rule.visibilities.includes(claim.visibility)) {
    return {
      INTERNAL: "This claim is an internal draft: propose to publish it first.",
      PUBLIC: kind === "PUBLISH" ? "This claim is already published." : "Not possible on a published claim.",
      WITHDRAWN: "This claim has been withdrawn.",
    }[claim.visibility];
  }
  if (rule.status === "required" && !to) return "Pick the new status.";
  if (rule.status === "none" && to) return `A ${rule.label.toLowerCase()} does not change the status.`;
  if (kind === "STATUS" && claim.visibility === "PUBLIC" && claim.hasDraft) {
    return "This claim has changes that are not published yet: propose them as a revision, with the status change in the same proposal.";
  }
  if (kind === "REVISION" && !claim.hasDraft) return "There are no unpublished changes to propose.";
  return null;
}

export type DecidableProposal = { kind: ProposalKind; proposerId: string; authorIds: readonly string[] };

/** Reviewers decide proposals, never one they proposed or wrote any change of. */
export function decisionRefusal(actor: Actor, proposal: DecidableProposal): string | null {
  const rule = PROPOSAL_RULES[proposal.kind];
  if (!can(actor.role, "review:decide") || !can(actor.role, rule.decide)) {
    return proposal.kind === "REDACTION"
      ? "Only an admin can approve a redaction."
      : "Only reviewers can approve or reject proposals.";
  }
  if (proposal.proposerId === actor.id) return "You cannot decide your own proposal; another reviewer must.";
  if (proposal.authorIds.includes(actor.id)) {
    return "You wrote part of the changes in this proposal; another reviewer must decide it.";
  }
  return null;
}

/** A proposal is stale once the claim changed after it was made: it may then be rejected, not approved. */
export function isStale(proposal: { claimVersion: number }, claim: { version: number }): boolean {
  return proposal.claimVersion !== claim.version;
}

/** Approving anything the public will see needs a public summary written by the reviewer. */
export function needsPublicSummary(kind: ProposalKind, visibility: Visibility): boolean {
  return kind !== "STATUS" || visibility === "PUBLIC";
}

/**
 * A revision of a corroborated or conflicting claim changes what was judged: the reviewer must
 * say whether the status still holds or returns to unverified (unless the proposal sets it).
 */
export function asksWhetherStatusHolds(
  proposal: { kind: ProposalKind; toStatus: ClaimStatus | null },
  claim: { status: ClaimStatus },
): boolean {
  return proposal.kind === "REVISION" && proposal.toStatus === null && claim.status !== "UNVERIFIED";
}
