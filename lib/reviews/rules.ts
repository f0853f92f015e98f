import type { Actor } from "../auth/actor";
import { can } from "../auth/permissions";

/**
 * The status-change rules, as one pure table: which statuses a claim may move to, and what it
 * must already have on record to get there. Both the proposal form and the data layer ask here.
 */
export const CLAIM_STATUSES = ["UNVERIFIED", "CORROBORATED", "CONFLICTING"] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** What the rules look at, counted from the claim's quotes, evidence and links. */
export type ClaimFacts = {
  /** Distinct sources quoting the claim: outlets, with each article of unknown outlet counted on its own. */
  sourceCount: number;
  externalEvidenceCount: number;
  /** Evidence items (of any kind) carrying a note that explains the decision. */
  explainedEvidenceCount: number;
  hasContradictsLink: boolean;
};

type Rule = { from: readonly ClaimStatus[]; check: (facts: ClaimFacts) => string | null };

export const TRANSITIONS: Record<ClaimStatus, Rule> = {
  CORROBORATED: {
    from: ["UNVERIFIED", "CONFLICTING"],
    check: (f) =>
      f.sourceCount >= 2 || f.externalEvidenceCount >= 1
        ? null
        : "Corroborated needs quotes from at least two different outlets, or at least one external evidence item.",
  },
  CONFLICTING: {
    from: ["UNVERIFIED", "CORROBORATED"],
    check: (f) =>
      f.hasContradictsLink || f.explainedEvidenceCount >= 1
        ? null
        : "Conflicting needs a “contradicts” link to another claim, or an evidence item whose note says why.",
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

/** Reviewers (and admins) decide proposals, never their own. */
export function decisionRefusal(actor: Actor, proposal: { proposerId: string }): string | null {
  if (!can(actor.role, "review:decide")) return "Only reviewers can approve or reject proposals.";
  if (proposal.proposerId === actor.id) return "You cannot decide your own proposal; another reviewer must.";
  return null;
}

/** A proposal is stale once the claim changed after it was made: it may then be rejected, not approved. */
export function isStale(proposal: { claimVersion: number }, claim: { version: number }): boolean {
  return proposal.claimVersion !== claim.version;
}
