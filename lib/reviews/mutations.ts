import "server-only";
import { assertCan, type Actor } from "../auth/actor";
import { db } from "../db/client";
import { AppError, notFound } from "../errors";
import { appendClaimEvent } from "../history/append";
import { loadClaimFacts } from "./facts";
import { decisionRefusal, isStale, transitionRefusal, type ClaimStatus } from "./rules";

export type ProposalInput = { claimId: string; to: ClaimStatus; rationale: string; evidenceIds?: string[] };

/** An editor proposes a status change; nothing changes until another reviewer approves it. */
export async function proposeStatusChange(actor: Actor, input: ProposalInput) {
  assertCan(actor, "review:propose");
  const rationale = input.rationale.trim();
  if (!rationale) throw new AppError("VALIDATION", "Give a rationale.", { rationale: ["Give a rationale."] });
  return db().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Claim" WHERE id = ${input.claimId} FOR UPDATE`;
    const claim = await tx.claim.findUnique({ where: { id: input.claimId }, select: { status: true, version: true } });
    if (!claim) throw notFound("That claim");
    const pending = await tx.review.findUnique({ where: { pendingClaimId: input.claimId }, select: { id: true } });
    if (pending) throw new AppError("CONFLICT", "This claim already has a proposal waiting for review.");
    const refusal = transitionRefusal(claim.status, input.to, await loadClaimFacts(tx, input.claimId));
    if (refusal) throw new AppError("VALIDATION", refusal, { to: [refusal] });
    const evidenceIds = [...new Set(input.evidenceIds ?? [])];
    const owned = await tx.evidence.count({ where: { id: { in: evidenceIds }, claimId: input.claimId } });
    if (owned !== evidenceIds.length) throw new AppError("VALIDATION", "Evidence must belong to this claim.");
    const review = await tx.review.create({
      data: {
        claimId: input.claimId,
        pendingClaimId: input.claimId,
        proposerId: actor.id,
        fromStatus: claim.status,
        toStatus: input.to,
        rationale,
        claimVersion: claim.version,
        evidence: { create: evidenceIds.map((evidenceId) => ({ evidenceId })) },
      },
    });
    await appendClaimEvent(tx, input.claimId, actor.id, {
      kind: "STATUS_PROPOSED",
      payload: { reviewId: review.id, from: review.fromStatus, to: review.toStatus, rationale, evidenceIds },
    });
    return review;
  });
}

export type DecisionInput = { reviewId: string; decision: "APPROVED" | "REJECTED"; comment?: string | null };

/**
 * A reviewer approves or rejects someone else's proposal. The decision, the status change and
 * the history event commit together; of two reviewers deciding at once exactly one wins, because
 * the conditional UPDATE below only matches a still-pending row.
 */
export async function decideStatusChange(actor: Actor, input: DecisionInput) {
  assertCan(actor, "review:decide");
  const comment = input.comment?.trim() || null;
  if (input.decision === "REJECTED" && !comment) {
    throw new AppError("VALIDATION", "Say why you reject it.", { comment: ["Say why you reject it."] });
  }
  return db().$transaction(async (tx) => {
    const review = await tx.review.findUnique({ where: { id: input.reviewId } });
    if (!review) throw notFound("That proposal");
    const refusal = decisionRefusal(actor, review);
    if (refusal) throw new AppError("FORBIDDEN", refusal);
    const decidedAt = new Date();
    const { count } = await tx.review.updateMany({
      where: { id: review.id, state: "PENDING" },
      data: { state: input.decision, pendingClaimId: null, reviewerId: actor.id, decisionComment: comment, decidedAt },
    });
    if (count === 0) throw new AppError("ALREADY_DECIDED", "This proposal has already been decided.");
    const claim = await tx.claim.findUniqueOrThrow({ where: { id: review.claimId }, select: { version: true } });
    if (input.decision === "APPROVED") {
      if (isStale(review, claim)) {
        throw new AppError("STALE", "The claim has changed since this proposal was made; reject it and propose again.");
      }
      await tx.claim.update({
        where: { id: review.claimId },
        data: { status: review.toStatus, statusChangedAt: decidedAt, version: { increment: 1 } },
      });
    }
    await appendClaimEvent(
      tx,
      review.claimId,
      actor.id,
      {
        kind: input.decision === "APPROVED" ? "STATUS_APPROVED" : "STATUS_REJECTED",
        payload: {
          reviewId: review.id,
          from: review.fromStatus,
          to: review.toStatus,
          rationale: review.rationale,
          proposerId: review.proposerId,
          comment,
        },
      },
      decidedAt,
    );
    return { ...review, state: input.decision, reviewerId: actor.id, decisionComment: comment, decidedAt };
  });
}
