/**
 * test:scale's preparation, through the data layer on DATABASE_URL (scripts/scale.ts runs it after
 * the sample data is in): an editor, 50 reviewers with SCALE_PASSWORD, and two pending proposals.
 * Prints what it made as one JSON line.
 */
import { addEvidence } from "../lib/claims/mutations";
import { db } from "../lib/db/client";
import { propose } from "../lib/reviews/mutations";
import { createUser } from "../lib/users/mutations";

const password = process.env.SCALE_PASSWORD!;
const editor = await createUser("system", {
  email: "scale-editor@claimtrail.test",
  name: "Scale Editor",
  role: "EDITOR",
  password,
});
const reviewers: string[] = [];
for (let i = 0; i < 50; i++) {
  const email = `scale-reviewer-${i}@claimtrail.test`;
  await createUser("system", { email, name: `Scale Reviewer ${i}`, role: "REVIEWER", password });
  reviewers.push(email);
}
const actor = { id: editor.id, role: editor.role, name: editor.name };

// A corroborated claim goes back to unverified: a decision the second server must learn of.
const corroborated = await db().claim.findFirstOrThrow({
  where: { visibility: "PUBLIC", status: "CORROBORATED" },
  select: { id: true },
});
const review = await propose(actor, {
  claimId: corroborated.id,
  kind: "STATUS",
  to: "UNVERIFIED",
  rationale: "One of the two outlets retracted its report.",
});

// An unverified claim revised with a new evidence note and proposed as conflicting (one proposal
// for both, as the review rules require): the proposal 50 reviewers race to approve.
const unverified = await db().claim.findFirstOrThrow({
  where: { visibility: "PUBLIC", status: "UNVERIFIED", reviews: { none: { state: "PENDING" } } },
  select: { id: true },
});
const evidence = await addEvidence(actor, unverified.id, {
  kind: "NOTE",
  note: "A second source gives another figure.",
});
const race = await propose(actor, {
  claimId: unverified.id,
  kind: "REVISION",
  to: "CONFLICTING",
  rationale: "Two sources disagree.",
  evidenceIds: [evidence.id],
});
await db().$disconnect();
console.log(
  JSON.stringify({
    claimId: corroborated.id,
    reviewId: review.id,
    raceClaimId: unverified.id,
    raceReviewId: race.id,
    reviewers,
  }),
);
