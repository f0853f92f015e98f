import "server-only";
import { assertCan, type Actor } from "../auth/actor";
import {
  applyPendingChanges,
  lockClaimState,
  pendingRevision,
  readClaimState,
  type ClaimState,
} from "../claims/tx-helpers";
import { redactionPlaceholder } from "../history/describe";
import { db, type Tx } from "../db/client";
import { AppError, notFound } from "../errors";
import { appendClaimEvent } from "../history/append";
import { writeCheckpoint } from "../history/mutations";
import { logger } from "../logger";
import { loadClaimFacts } from "./facts";
import {
  asksWhetherStatusHolds,
  decisionRefusal,
  isStale,
  needsPublicSummary,
  PROPOSAL_RULES,
  proposalRefusal,
  proposalStateRefusal,
  transitionRefusal,
  type ClaimStatus,
  type ProposalKind,
} from "./rules";
import type { Decision, RedactionTarget } from "../enums";

export type ProposalInput = {
  claimId: string;
  kind: ProposalKind;
  to?: ClaimStatus | null;
  rationale: string;
  evidenceIds?: string[];
  publicReason?: string | null;
  redactionTarget?: RedactionTarget | null;
  redactionQuoteId?: string | null;
};

const invalid = (field: string, message: string) => new AppError("VALIDATION", message, { [field]: [message] });

async function hasPendingChanges(tx: Tx, state: ClaimState) {
  return !(await pendingRevision(tx, state)).empty;
}

async function checkRedactionTarget(tx: Tx, state: ClaimState, input: ProposalInput) {
  if (!input.redactionTarget) throw invalid("redactionTarget", "Pick what to redact.");
  if (input.redactionTarget === "QUOTE") {
    const quote = input.redactionQuoteId
      ? await tx.quote.findFirst({ where: { id: input.redactionQuoteId, claimId: state.id, redactedAt: null } })
      : null;
    if (!quote) throw invalid("redactionQuoteId", "Pick one of this claim's quotes.");
  }
  if (input.redactionTarget === "SPEAKER_NAME" && !state.speakerId) {
    throw invalid("redactionTarget", "This claim has no named speaker.");
  }
}

/**
 * Makes a proposal: a status change, publication, revision of a published claim, withdrawal or
 * redaction. Nothing changes until someone who neither proposed it nor wrote any of its changes
 * approves it. A claim has at most one pending proposal (a unique column enforces it).
 */
export async function propose(actor: Actor, input: ProposalInput) {
  assertCan(actor, PROPOSAL_RULES[input.kind].propose);
  const rationale = input.rationale.trim();
  if (!rationale) throw invalid("rationale", "Give a rationale.");
  const publicReason = input.publicReason?.trim() || null;
  if (PROPOSAL_RULES[input.kind].publicReason && !publicReason) {
    throw invalid("publicReason", "Give the public reason: readers will see it.");
  }
  const to = input.to ?? null;
  return db().$transaction(async (tx) => {
    const state = await lockClaimState(tx, input.claimId);
    const pending = await tx.review.findUnique({ where: { pendingClaimId: input.claimId }, select: { id: true } });
    if (pending) throw new AppError("CONFLICT", "This claim already has a proposal waiting for review.");
    const claim = { visibility: state.visibility, hasDraft: await hasPendingChanges(tx, state) };
    const refusal = proposalRefusal(actor, input.kind, claim, to);
    if (refusal) throw invalid(to || input.kind === "STATUS" ? "to" : "kind", refusal);
    if (to) {
      const transition = transitionRefusal(state.status, to, await loadClaimFacts(tx, input.claimId));
      if (transition) throw invalid("to", transition);
    }
    if (input.kind === "REDACTION") await checkRedactionTarget(tx, state, input);
    const evidenceIds = [...new Set(input.evidenceIds ?? [])];
    const owned = await tx.evidence.count({ where: { id: { in: evidenceIds }, claimId: input.claimId } });
    if (owned !== evidenceIds.length) throw invalid("evidenceIds", "Evidence must belong to this claim.");
    // Publishing or revising carries everything drafted so far: its writers may not approve it.
    const carriesDraft = input.kind === "PUBLISH" || input.kind === "REVISION";
    const authorIds = [...new Set([actor.id, ...(carriesDraft ? state.draftAuthorIds : [])])];
    const redaction =
      input.kind === "REDACTION"
        ? {
            target: input.redactionTarget!,
            quoteId: input.redactionTarget === "QUOTE" ? input.redactionQuoteId! : null,
          }
        : null;
    const review = await tx.review.create({
      data: {
        claimId: input.claimId,
        kind: input.kind,
        pendingClaimId: input.claimId,
        proposerId: actor.id,
        authorIds,
        fromStatus: state.status,
        toStatus: to,
        rationale,
        publicReason,
        redactionTarget: redaction?.target ?? null,
        redactionQuoteId: redaction?.quoteId ?? null,
        claimVersion: state.version,
        evidence: { create: evidenceIds.map((evidenceId) => ({ evidenceId })) },
      },
    });
    await appendClaimEvent(tx, input.claimId, actor.id, {
      kind: "PROPOSED",
      payload: {
        reviewId: review.id,
        proposal: input.kind,
        from: state.status,
        to,
        rationale,
        evidenceIds,
        publicReason,
        redaction,
      },
    });
    return review;
  });
}

export type DecisionInput = {
  reviewId: string;
  decision: Decision;
  comment?: string | null;
  publicSummary?: string | null;
  statusHolds?: boolean | null;
};

/**
 * A reviewer approves or rejects someone else's proposal. The claim row is locked BEFORE the
 * proposal's staleness and the rules are checked, so an edit racing the approval either lands
 * first (and the proposal is stale) or waits until the approval has committed. The decision,
 * every change it makes and one history event per change commit together.
 */
export async function decideProposal(actor: Actor, input: DecisionInput) {
  assertCan(actor, "review:decide");
  const comment = input.comment?.trim() || null;
  const publicSummary = input.publicSummary?.trim() || null;
  if (input.decision === "REJECTED" && !comment) throw invalid("comment", "Say why you reject it.");
  const found = await db().review.findUnique({ where: { id: input.reviewId }, select: { claimId: true } });
  if (!found) throw notFound("That proposal");
  const decided = await db().$transaction(async (tx) => {
    const state = await lockClaimState(tx, found.claimId);
    const review = await tx.review.findUniqueOrThrow({ where: { id: input.reviewId } });
    const refusal = decisionRefusal(actor, review);
    if (refusal) throw new AppError("FORBIDDEN", refusal);
    if (review.state === "CANCELLED") throw new AppError("ALREADY_DECIDED", "The proposer withdrew this proposal.");
    if (review.state !== "PENDING") throw new AppError("ALREADY_DECIDED", "This proposal has already been decided.");
    const decidedAt = new Date();

    if (input.decision === "REJECTED") {
      await tx.review.update({
        where: { id: review.id },
        data: { state: "REJECTED", pendingClaimId: null, reviewerId: actor.id, decisionComment: comment, decidedAt },
      });
      await appendClaimEvent(
        tx,
        review.claimId,
        actor.id,
        { kind: "PROPOSAL_REJECTED", payload: { reviewId: review.id, proposal: review.kind, comment: comment! } },
        decidedAt,
      );
      return { ...review, state: "REJECTED" as const };
    }

    if (isStale(review, state)) {
      throw new AppError("STALE", "The claim has changed since this proposal was made; reject it and propose again.");
    }
    // The rules again, against the facts as they are now, not as they were when proposed.
    const hasDraft = await hasPendingChanges(tx, state);
    const stateRefusal = proposalStateRefusal(review.kind, { visibility: state.visibility, hasDraft }, review.toStatus);
    if (stateRefusal) throw new AppError("CONFLICT", stateRefusal);
    if (review.toStatus) {
      const transition = transitionRefusal(state.status, review.toStatus, await loadClaimFacts(tx, state.id));
      if (transition) throw new AppError("VALIDATION", transition);
    }
    if (needsPublicSummary(review.kind, state.visibility) && !publicSummary) {
      throw invalid("publicSummary", "Write the public summary: readers see it in the claim's history.");
    }
    const asks = asksWhetherStatusHolds(review, state);
    if (asks && (input.statusHolds === null || input.statusHolds === undefined)) {
      throw invalid("statusHolds", `Say whether “${state.status.toLowerCase()}” still holds after this change.`);
    }
    const resultStatus: ClaimStatus | null =
      review.toStatus ?? (asks && input.statusHolds === false ? "UNVERIFIED" : null);

    const { count } = await tx.review.updateMany({
      where: { id: review.id, state: "PENDING" },
      data: {
        state: "APPROVED",
        pendingClaimId: null,
        reviewerId: actor.id,
        decisionComment: comment,
        publicSummary,
        resultStatus,
        decidedAt,
      },
    });
    if (count === 0) throw new AppError("ALREADY_DECIDED", "This proposal has already been decided.");
    const event = (e: Parameters<typeof appendClaimEvent>[3]) => appendClaimEvent(tx, state.id, actor.id, e, decidedAt);
    const summary = publicSummary ?? "";

    switch (review.kind) {
      case "PUBLISH":
        await applyPendingChanges(tx, state);
        await tx.claim.update({ where: { id: state.id }, data: { visibility: "PUBLIC", publishedAt: decidedAt } });
        await event({ kind: "PUBLISHED", payload: { reviewId: review.id, summary } });
        break;
      case "REVISION": {
        const revision = await applyPendingChanges(tx, state);
        await tx.claim.update({ where: { id: state.id }, data: { correctedAt: decidedAt } });
        await event({
          kind: "REVISED",
          payload: {
            reviewId: review.id,
            summary,
            fields: revision.fields,
            items: revision.items,
            statusHolds: asks ? input.statusHolds! : null,
            snapshot: (await readClaimState(tx, state.id)).published,
          },
        });
        break;
      }
      case "WITHDRAWAL":
        await tx.claim.update({
          where: { id: state.id },
          data: { visibility: "WITHDRAWN", withdrawnAt: decidedAt, withdrawalReason: review.publicReason },
        });
        await event({ kind: "WITHDRAWN", payload: { reviewId: review.id, reason: review.publicReason!, summary } });
        break;
      case "REDACTION": {
        const removedSeqs = await applyRedaction(tx, state, review, decidedAt);
        await event({
          kind: "REDACTED",
          payload: {
            reviewId: review.id,
            target: review.redactionTarget!,
            quoteId: review.redactionQuoteId,
            reason: review.publicReason!,
            summary,
            removedSeqs,
            ...(review.redactionTarget === "STATEMENT"
              ? { snapshot: (await readClaimState(tx, state.id)).published }
              : {}),
          },
        });
        break;
      }
      case "STATUS":
        break;
    }
    if (resultStatus && resultStatus !== state.status) {
      await tx.claim.update({ where: { id: state.id }, data: { status: resultStatus, statusChangedAt: decidedAt } });
      await event({
        kind: "STATUS_APPROVED",
        payload: {
          reviewId: review.id,
          from: state.status,
          to: resultStatus,
          rationale: review.toStatus
            ? review.rationale
            : "The reviewer found that the status no longer holds after the revision.",
          proposerId: review.proposerId,
          comment,
          summary,
        },
      });
    }
    return { ...review, state: "APPROVED" as const, resultStatus };
  });
  // Each publication and withdrawal is anchored in a signed checkpoint once it has committed.
  if (decided.state === "APPROVED" && (decided.kind === "PUBLISH" || decided.kind === "WITHDRAWAL")) {
    await writeCheckpoint().catch((error: unknown) =>
      logger.error({ err: error }, "checkpoint after a publication or withdrawal failed; the hourly one will cover it"),
    );
  }
  return decided;
}

/**
 * Removes the named content from the record: from the current rows, and from the stored content of
 * every earlier event of this claim that held it (their hashes stay, so the chain still verifies).
 * Returns the sequence numbers whose content went, for the REDACTED event.
 */
async function applyRedaction(
  tx: Tx,
  state: ClaimState,
  review: { redactionTarget: string | null; redactionQuoteId: string | null; publicReason: string | null },
  at: Date,
): Promise<number[]> {
  const placeholder = `[${redactionPlaceholder(at, review.publicReason ?? "")}]`;
  const contents = await tx.claimEventContent.findMany({
    where: { claimId: state.id },
    select: { hash: true, seq: true, payload: true },
  });
  const holds = (payload: unknown) => redactionTouches(payload, review.redactionTarget, review.redactionQuoteId);
  const removed = contents.filter((c) => holds(c.payload));
  await tx.claimEventContent.deleteMany({ where: { hash: { in: removed.map((c) => c.hash) } } });
  switch (review.redactionTarget) {
    case "QUOTE":
      await tx.quote.update({
        where: { id: review.redactionQuoteId! },
        data: { exact: "", prefix: "", suffix: "", redactedAt: at },
      });
      await tx.evidence.updateMany({ where: { quoteId: review.redactionQuoteId! }, data: { note: null } });
      break;
    case "STATEMENT": {
      const draft = state.draft ? { ...state.draft, statement: placeholder } : null;
      await tx.claim.update({
        where: { id: state.id },
        data: { statement: placeholder, ...(draft ? { draft: JSON.parse(JSON.stringify(draft)) } : {}) },
      });
      break;
    }
    case "SPEAKER_NAME":
      await tx.person.update({
        where: { id: state.speakerId! },
        data: { name: placeholder, slug: `redacted-${state.speakerId}`, description: null },
      });
      break;
  }
  return removed.map((c) => c.seq).sort((a, b) => a - b);
}

/** Whether an event's content holds what a redaction removes (the quote, the statement, a name). */
function redactionTouches(payload: unknown, target: string | null, quoteId: string | null): boolean {
  const text = JSON.stringify(payload ?? null);
  switch (target) {
    case "QUOTE":
      return quoteId !== null && text.includes(JSON.stringify(quoteId));
    case "STATEMENT":
      return /"statement":|"field":"Statement"/.test(text);
    case "SPEAKER_NAME":
      return /"speakerId":"|"field":"Said by"/.test(text);
    default:
      return false;
  }
}

/** The proposer takes back a pending proposal; it is recorded, and can no longer be approved. */
export async function cancelProposal(actor: Actor, reviewId: string) {
  assertCan(actor, "review:propose");
  const found = await db().review.findUnique({ where: { id: reviewId }, select: { claimId: true } });
  if (!found) throw notFound("That proposal");
  return db().$transaction(async (tx) => {
    await lockClaimState(tx, found.claimId);
    const review = await tx.review.findUniqueOrThrow({ where: { id: reviewId } });
    if (review.proposerId !== actor.id) throw new AppError("FORBIDDEN", "Only its proposer can withdraw a proposal.");
    const { count } = await tx.review.updateMany({
      where: { id: reviewId, state: "PENDING" },
      data: { state: "CANCELLED", pendingClaimId: null, decidedAt: new Date() },
    });
    if (count === 0) throw new AppError("ALREADY_DECIDED", "This proposal has already been decided.");
    await appendClaimEvent(tx, review.claimId, actor.id, {
      kind: "PROPOSAL_CANCELLED",
      payload: { reviewId, proposal: review.kind },
    });
    return review;
  });
}
