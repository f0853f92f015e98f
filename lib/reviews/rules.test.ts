import { describe, it, expect } from "vitest";

import type { Actor } from "../auth/actor";
import {
  asksWhetherStatusHolds,
  CORROBORATED_NEEDS,
  decisionRefusal,
  needsPublicSummary,
  proposalRefusal,
  transitionRefusal,
  type ClaimFacts,
} from "./rules";

/** A claim with one quote and nothing else on record. */
const BARE: ClaimFacts = {
  sourceCount: 1,
  explainedEvidenceCount: 0,
  hasContradictsLink: false,
};
const NOTHING: ClaimFacts = { ...BARE, sourceCount: 0 };
const TWO_OUTLETS: ClaimFacts = { ...BARE, sourceCount: 2 };
const MANY_OUTLETS: ClaimFacts = { ...BARE, sourceCount: 5 };
const CONTRADICTS_LINK: ClaimFacts = { ...BARE, hasContradictsLink: true };
const EXPLAINED_EVIDENCE: ClaimFacts = { ...BARE, explainedEvidenceCount: 1 };
/** Everything conflicting needs, nothing corroborated needs. */
const ONLY_CONFLICT_GROUNDS: ClaimFacts = {
  sourceCount: 1,
  explainedEvidenceCount: 3,
  hasContradictsLink: true,
};
/** Everything corroborated needs, nothing conflicting needs. */
const ONLY_CORROBORATION_GROUNDS: ClaimFacts = {
  sourceCount: 4,
  explainedEvidenceCount: 0,
  hasContradictsLink: false,
};
const EVERYTHING: ClaimFacts = {
  sourceCount: 3,
  explainedEvidenceCount: 2,
  hasContradictsLink: true,
};

const CONFLICTING_NEEDS =
  "Conflicting needs a “contradicts” link to another claim, or an evidence item whose note says why.";

describe("transitionRefusal: to corroborated", () => {
  describe.each(["UNVERIFIED", "CONFLICTING"] as const)("from %s", (from) => {
    it.each([
      ["quotes from two different outlets", TWO_OUTLETS],
      ["quotes from many outlets", MANY_OUTLETS],
      ["all grounds at once", EVERYTHING],
    ])("is allowed with %s", (_label, facts) => {
      expect(transitionRefusal(from, "CORROBORATED", facts)).toBeNull();
    });

    it.each([
      ["a single outlet", BARE],
      ["no quote at all", NOTHING],
      ["a contradicts link and explained evidence (grounds for conflicting only)", ONLY_CONFLICT_GROUNDS],
    ])("is refused with %s", (_label, facts) => {
      expect(transitionRefusal(from, "CORROBORATED", facts)).toBe(CORROBORATED_NEEDS);
    });
  });
});

describe("transitionRefusal: to conflicting", () => {
  describe.each(["UNVERIFIED", "CORROBORATED"] as const)("from %s", (from) => {
    it.each([
      ["a contradicts link", CONTRADICTS_LINK],
      ["one evidence item with an explaining note", EXPLAINED_EVIDENCE],
      ["several explained evidence items", { ...BARE, explainedEvidenceCount: 3 }],
      ["all grounds at once", EVERYTHING],
    ])("is allowed with %s", (_label, facts) => {
      expect(transitionRefusal(from, "CONFLICTING", facts)).toBeNull();
    });

    it.each([
      ["nothing on record", NOTHING],
      ["a single quote", BARE],
      ["many outlets and external evidence (grounds for corroborated only)", ONLY_CORROBORATION_GROUNDS],
    ])("is refused with %s", (_label, facts) => {
      expect(transitionRefusal(from, "CONFLICTING", facts)).toBe(CONFLICTING_NEEDS);
    });
  });
});

describe("transitionRefusal: back to unverified", () => {
  describe.each(["CORROBORATED", "CONFLICTING"] as const)("from %s", (from) => {
    it.each([
      ["nothing on record", NOTHING],
      ["a single quote", BARE],
      ["everything on record", EVERYTHING],
    ])("is allowed with %s", (_label, facts) => {
      expect(transitionRefusal(from, "UNVERIFIED", facts)).toBeNull();
    });
  });
});

describe("transitionRefusal: to the same status", () => {
  it.each([
    ["UNVERIFIED", "The claim is already unverified."],
    ["CORROBORATED", "The claim is already corroborated."],
    ["CONFLICTING", "The claim is already conflicting."],
  ] as const)("refuses moving a %s claim to the same status, whatever is on record", (status, message) => {
    expect(transitionRefusal(status, status, EVERYTHING)).toBe(message);
    expect(transitionRefusal(status, status, NOTHING)).toBe(message);
  });
});

describe("decisionRefusal", () => {
  const editor: Actor = { id: "u-editor", role: "EDITOR", name: "Emma Editor" };
  const reviewer: Actor = { id: "u-reviewer", role: "REVIEWER", name: "Rami Reviewer" };
  const admin: Actor = { id: "u-admin", role: "ADMIN", name: "Ada Admin" };
  const proposedBySomeoneElse = { kind: "STATUS" as const, proposerId: "u-other", authorIds: ["u-other"] };
  const own = (actor: Actor) => ({ kind: "STATUS" as const, proposerId: actor.id, authorIds: [actor.id] });

  it("lets a reviewer decide someone else's proposal", () => {
    expect(decisionRefusal(reviewer, proposedBySomeoneElse)).toBeNull();
  });

  it("lets an admin decide someone else's proposal", () => {
    expect(decisionRefusal(admin, proposedBySomeoneElse)).toBeNull();
  });

  it("refuses an editor, even on someone else's proposal", () => {
    expect(decisionRefusal(editor, proposedBySomeoneElse)).toBe("Only reviewers can approve or reject proposals.");
  });

  it("refuses an editor on their own proposal with the role message", () => {
    expect(decisionRefusal(editor, own(editor))).toBe("Only reviewers can approve or reject proposals.");
  });

  it("refuses a reviewer deciding their own proposal", () => {
    expect(decisionRefusal(reviewer, own(reviewer))).toBe(
      "You cannot decide your own proposal; another reviewer must.",
    );
  });

  it("refuses an admin deciding their own proposal", () => {
    expect(decisionRefusal(admin, own(admin))).toBe("You cannot decide your own proposal; another reviewer must.");
  });

  it("refuses anyone who wrote part of the changes, even when someone else proposed them", () => {
    const revision = { kind: "REVISION" as const, proposerId: "u-other", authorIds: ["u-other", reviewer.id] };
    expect(decisionRefusal(reviewer, revision)).toBe(
      "You wrote part of the changes in this proposal; another reviewer must decide it.",
    );
    expect(decisionRefusal(admin, revision)).toBeNull();
  });

  it("leaves a redaction to admins", () => {
    const redaction = { kind: "REDACTION" as const, proposerId: "u-other", authorIds: ["u-other"] };
    expect(decisionRefusal(reviewer, redaction)).toBe("Only an admin can approve a redaction.");
    expect(decisionRefusal(admin, redaction)).toBeNull();
  });
});

describe("proposalRefusal: the proposals table", () => {
  const editor: Actor = { id: "e", role: "EDITOR", name: "E" };
  const reviewer: Actor = { id: "r", role: "REVIEWER", name: "R" };
  const internal = { visibility: "INTERNAL" as const, hasDraft: false };
  const published = { visibility: "PUBLIC" as const, hasDraft: false };
  const drafted = { visibility: "PUBLIC" as const, hasDraft: true };
  const withdrawn = { visibility: "WITHDRAWN" as const, hasDraft: false };

  it("lets anyone on staff propose to publish an internal draft, with or without a status", () => {
    expect(proposalRefusal(editor, "PUBLISH", internal, null)).toBeNull();
    expect(proposalRefusal(editor, "PUBLISH", internal, "CORROBORATED")).toBeNull();
    expect(proposalRefusal(editor, "PUBLISH", published, null)).toBe("This claim is already published.");
  });

  it("lets only reviewers and admins propose a withdrawal or redaction", () => {
    expect(proposalRefusal(editor, "WITHDRAWAL", published, null)).toBe("Your role cannot propose a withdrawal.");
    expect(proposalRefusal(editor, "REDACTION", published, null)).toBe("Your role cannot propose a redaction.");
    expect(proposalRefusal(reviewer, "WITHDRAWAL", published, null)).toBeNull();
    expect(proposalRefusal(reviewer, "WITHDRAWAL", internal, null)).toBe(
      "This claim is an internal draft: propose to publish it first.",
    );
    expect(proposalRefusal(reviewer, "REDACTION", withdrawn, null)).toBeNull();
  });

  it("sends the unpublished changes of a published claim through a revision, status change included", () => {
    expect(proposalRefusal(editor, "STATUS", drafted, "CORROBORATED")).toMatch(/propose them as a revision/);
    expect(proposalRefusal(editor, "REVISION", drafted, "UNVERIFIED")).toBeNull();
    expect(proposalRefusal(editor, "REVISION", published, null)).toBe("There are no unpublished changes to propose.");
  });

  it("needs a status for a status change and none for a withdrawal", () => {
    expect(proposalRefusal(editor, "STATUS", published, null)).toBe("Pick the new status.");
    expect(proposalRefusal(reviewer, "WITHDRAWAL", published, "UNVERIFIED")).toBe(
      "A withdrawal does not change the status.",
    );
  });

  it("asks for a public summary for whatever the public will see, and whether the status holds after a revision", () => {
    expect(needsPublicSummary("STATUS", "INTERNAL")).toBe(false);
    expect(needsPublicSummary("STATUS", "PUBLIC")).toBe(true);
    expect(needsPublicSummary("PUBLISH", "INTERNAL")).toBe(true);
    expect(asksWhetherStatusHolds({ kind: "REVISION", toStatus: null }, { status: "CORROBORATED" })).toBe(true);
    expect(asksWhetherStatusHolds({ kind: "REVISION", toStatus: "UNVERIFIED" }, { status: "CORROBORATED" })).toBe(
      false,
    );
    expect(asksWhetherStatusHolds({ kind: "REVISION", toStatus: null }, { status: "UNVERIFIED" })).toBe(false);
  });
});
