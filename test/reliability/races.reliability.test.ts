/**
 * Reliability 1 and 2: decisions racing each other, and an edit racing an approval, on real
 * PostgreSQL with the app's own pool. Fresh claims per round, one database for the file.
 */
import { describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/actor";
import { AppError } from "../../lib/errors";
import { updateClaim } from "../../lib/claims/mutations";
import { decideProposal, propose } from "../../lib/reviews/mutations";
import { db } from "../../lib/db/client";
import { eventsOf, makeClaim, makeStaff } from "../factories";
import { gapless, report } from "./report";

const ROUNDS = 200;
const REVIEWERS = 50;

describe("reliability: races", () => {
  it(`${REVIEWERS} reviewers deciding one proposal at once, ${ROUNDS} times: exactly one decision each time`, async () => {
    const since = Date.now();
    const editor = await makeStaff("EDITOR");
    const reviewers: Actor[] = [];
    for (let i = 0; i < REVIEWERS; i++) reviewers.push(await makeStaff("REVIEWER"));
    let oneDecision = 0;
    let gapFree = 0;
    let otherErrors = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const claim = await makeClaim(editor);
      const review = await propose(editor, { claimId: claim.id, kind: "PUBLISH", rationale: `Round ${round}` });
      const outcomes = await Promise.allSettled(
        reviewers.map((reviewer, i) =>
          decideProposal(reviewer, {
            reviewId: review.id,
            // Approvals and rejections mixed: whichever kind lands first, it must be the only one.
            decision: (i + round) % 3 === 0 ? "REJECTED" : "APPROVED",
            comment: `Reviewer ${i}`,
            publicSummary: `Published by reviewer ${i}.`,
          }),
        ),
      );
      const wins = outcomes.filter((o) => o.status === "fulfilled").length;
      const unexpected = outcomes.filter(
        (o) => o.status === "rejected" && !(o.reason instanceof AppError && o.reason.code === "ALREADY_DECIDED"),
      );
      otherErrors += unexpected.length;
      if (unexpected.length > 0) console.error((unexpected[0] as PromiseRejectedResult).reason);
      const events = await eventsOf(claim.id);
      const decisions = events.filter((e) => e.kind === "PUBLISHED" || e.kind === "PROPOSAL_REJECTED").length;
      const stored = await db().review.findUniqueOrThrow({ where: { id: review.id } });
      if (wins === 1 && decisions === 1 && stored.state !== "PENDING") oneDecision++;
      if (gapless(events.map((e) => e.seq))) gapFree++;
    }
    report(
      "concurrent decisions",
      `${oneDecision}/${ROUNDS} rounds with exactly one decision among ${REVIEWERS}, ${gapFree}/${ROUNDS} gapless histories, ${otherErrors} other errors`,
      since,
    );
    expect(oneDecision).toBe(ROUNDS);
    expect(gapFree).toBe(ROUNDS);
    expect(otherErrors).toBe(0);
  }, 600_000);

  it(`an edit racing an approval, ${ROUNDS} times: never an approved stale proposal`, async () => {
    const since = Date.now();
    const proposer = await makeStaff("EDITOR");
    const writer = await makeStaff("EDITOR");
    const reviewer = await makeStaff("REVIEWER");
    const tally = { approved: 0, stale: 0, approvedStale: 0, lostEdits: 0, otherErrors: 0 };
    for (let round = 0; round < ROUNDS; round++) {
      const claim = await makeClaim(proposer, { statement: `Race ${round}: as proposed` });
      const review = await propose(proposer, { claimId: claim.id, kind: "PUBLISH", rationale: "Ready." });
      const edited = `Race ${round}: edited meanwhile`;
      // Either side starts first, the other after 0–4 ms, so both orders and the overlaps between
      // them happen (the outcome is judged from the database, never from the timing).
      const lag = round % 5;
      const later = <T>(run: () => Promise<T>) => new Promise((resolve) => setTimeout(resolve, lag)).then(run);
      const editNow = round % 2 === 0;
      const doEdit = () => updateClaim(writer, claim.id, { statement: edited, subjectId: claim.subjectId });
      const doApprove = () =>
        decideProposal(reviewer, { reviewId: review.id, decision: "APPROVED", publicSummary: "Published." });
      const [edit, decision] = await Promise.allSettled([
        editNow ? doEdit() : later(doEdit),
        editNow ? later(doApprove) : doApprove(),
      ]);
      if (edit.status === "rejected") tally.otherErrors++;
      const stale =
        decision.status === "rejected" && decision.reason instanceof AppError && decision.reason.code === "STALE";
      if (decision.status === "rejected" && !stale) tally.otherErrors++;
      if (stale) tally.stale++;
      const events = await eventsOf(claim.id);
      const kinds = events.map((e) => e.kind);
      const row = await db().claim.findUniqueOrThrow({ where: { id: claim.id } });
      const stored = await db().review.findUniqueOrThrow({ where: { id: review.id } });
      if (stored.state === "APPROVED") {
        tally.approved++;
        // Approved means what the public got is what was proposed: no edit between the two.
        const proposed = kinds.indexOf("PROPOSED");
        const published = kinds.indexOf("PUBLISHED");
        const editedBetween = kinds.slice(proposed, published).includes("EDITED");
        if (editedBetween || row.statement !== `Race ${round}: as proposed`) tally.approvedStale++;
        // The edit that lost the race waits as a draft revision, not lost.
        const draft = row.draft as { statement?: string } | null;
        if (draft?.statement !== edited) tally.lostEdits++;
      } else if (row.statement !== edited) tally.lostEdits++;
    }
    report(
      "edit against approval",
      `${tally.approved} approved, ${tally.stale} refused as stale, ${tally.approvedStale} approved stale, ` +
        `${tally.lostEdits} edits lost, ${tally.otherErrors} other errors`,
      since,
    );
    expect(tally.approvedStale).toBe(0);
    expect(tally.lostEdits).toBe(0);
    expect(tally.otherErrors).toBe(0);
    expect(tally.approved + tally.stale).toBe(ROUNDS);
    // The race was real: both orders happened.
    expect(tally.approved).toBeGreaterThan(0);
    expect(tally.stale).toBeGreaterThan(0);
  }, 600_000);
});
