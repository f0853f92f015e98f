import { beforeAll, describe, expect, it } from "vitest";
import { makeClaim, makeStaff } from "../../test/factories";
import type { Actor } from "../auth/actor";
import { decideProposal, propose } from "./mutations";
import { listPendingProposals, QUEUE_PAGE_SIZE } from "./queries";

let editor: Actor;
let reviewer: Actor;

beforeAll(async () => {
  editor = await makeStaff("EDITOR");
  reviewer = await makeStaff("REVIEWER");
});

describe("the review queue", () => {
  it("pages through every pending proposal, oldest first, with no gap or repeat while proposals are decided", async () => {
    const proposals: string[] = [];
    for (let i = 0; i < QUEUE_PAGE_SIZE + 5; i++) {
      const claim = await makeClaim(editor, { statement: `Queue claim ${i}` });
      proposals.push(
        (await propose(editor, { claimId: claim.id, kind: "PUBLISH", rationale: "Ready for readers." })).id,
      );
    }

    const first = await listPendingProposals(reviewer);
    expect(first.total).toBe(QUEUE_PAGE_SIZE + 5);
    expect(first.proposals.map((p) => p.id)).toEqual(proposals.slice(0, QUEUE_PAGE_SIZE));
    expect(first.next).not.toBeNull();

    // Deciding one already shown does not shift the next page.
    await decideProposal(reviewer, { reviewId: proposals[0], decision: "REJECTED", comment: "Not yet." });
    const second = await listPendingProposals(reviewer, { after: first.next! });
    expect(second.proposals.map((p) => p.id)).toEqual(proposals.slice(QUEUE_PAGE_SIZE));
    expect(second.next).toBeNull();
    expect(second.total).toBe(QUEUE_PAGE_SIZE + 4);
  });

  it("treats a malformed position as the start of the queue", async () => {
    const page = await listPendingProposals(reviewer, { after: "'; DROP TABLE x; --" });
    expect(page.isFirstPage).toBe(true);
  });
});
