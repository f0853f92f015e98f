import { describe, it, expect } from "vitest";

import type { Actor } from "../auth/actor";
import { decisionRefusal, transitionRefusal, type ClaimFacts } from "./rules";

/** A claim with one quote and nothing else on record. */
const BARE: ClaimFacts = {
  sourceCount: 1,
  externalEvidenceCount: 0,
  explainedEvidenceCount: 0,
  hasContradictsLink: false,
};
const NOTHING: ClaimFacts = { ...BARE, sourceCount: 0 };
const TWO_OUTLETS: ClaimFacts = { ...BARE, sourceCount: 2 };
const MANY_OUTLETS: ClaimFacts = { ...BARE, sourceCount: 5 };
const EXTERNAL_EVIDENCE: ClaimFacts = { ...BARE, externalEvidenceCount: 1 };
const CONTRADICTS_LINK: ClaimFacts = { ...BARE, hasContradictsLink: true };
const EXPLAINED_EVIDENCE: ClaimFacts = { ...BARE, explainedEvidenceCount: 1 };
/** Everything conflicting needs, nothing corroborated needs. */
const ONLY_CONFLICT_GROUNDS: ClaimFacts = {
  sourceCount: 1,
  externalEvidenceCount: 0,
  explainedEvidenceCount: 3,
  hasContradictsLink: true,
};
/** Everything corroborated needs, nothing conflicting needs. */
const ONLY_CORROBORATION_GROUNDS: ClaimFacts = {
  sourceCount: 4,
  externalEvidenceCount: 2,
  explainedEvidenceCount: 0,
  hasContradictsLink: false,
};
const EVERYTHING: ClaimFacts = {
  sourceCount: 3,
  externalEvidenceCount: 2,
  explainedEvidenceCount: 2,
  hasContradictsLink: true,
};

const CORROBORATED_NEEDS =
  "Corroborated needs quotes from at least two different outlets, or at least one external evidence item.";
const CONFLICTING_NEEDS =
  "Conflicting needs a “contradicts” link to another claim, or an evidence item whose note says why.";

describe("transitionRefusal: to corroborated", () => {
  describe.each(["UNVERIFIED", "CONFLICTING"] as const)("from %s", (from) => {
    it.each([
      ["quotes from two different outlets", TWO_OUTLETS],
      ["quotes from many outlets", MANY_OUTLETS],
      ["one external evidence item", EXTERNAL_EVIDENCE],
      ["one external evidence item and no quote at all", { ...NOTHING, externalEvidenceCount: 1 }],
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
  const proposedBySomeoneElse = { proposerId: "u-other" };

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
    expect(decisionRefusal(editor, { proposerId: editor.id })).toBe("Only reviewers can approve or reject proposals.");
  });

  it("refuses a reviewer deciding their own proposal", () => {
    expect(decisionRefusal(reviewer, { proposerId: reviewer.id })).toBe(
      "You cannot decide your own proposal; another reviewer must.",
    );
  });

  it("refuses an admin deciding their own proposal", () => {
    expect(decisionRefusal(admin, { proposerId: admin.id })).toBe(
      "You cannot decide your own proposal; another reviewer must.",
    );
  });
});
