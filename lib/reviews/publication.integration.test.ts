import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { eventsOf, makeArticle, makeClaim, makeStaff, proposeStatus, publishClaim } from "../../test/factories";
import { importArticle } from "../articles/mutations";
import type { Actor } from "../auth/actor";
import { ensureOutlet, ensurePerson } from "../catalog/mutations";
import { addEvidence, linkClaims, updateClaim, addQuote, removeQuote } from "../claims/mutations";
import { getPublicClaim, getWithdrawnClaim, listPublicClaims } from "../claims/queries";
import type { ClaimInput } from "../claims/schemas";
import { getStaffClaim } from "../claims/staff-queries";
import { db } from "../db/client";
import { AppError } from "../errors";
import { verifyChain } from "../history/chain";
import { cancelProposal, decideProposal, propose } from "./mutations";

/**
 * Nothing reaches the public without a second person (the publication issue): publishing,
 * revising a published claim, withdrawing and redacting are proposals that someone who neither
 * proposed nor wrote any of the changes approves. All on real PostgreSQL.
 */
const unique = () => randomBytes(4).toString("hex");
let editor: Actor;
let otherEditor: Actor;
let reviewer: Actor;
let otherReviewer: Actor;
let admin: Actor;

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => "resolved",
    (e: unknown) => (e instanceof AppError ? `${e.code}: ${e.message}` : String(e)),
  );
/** What a reader sees, history aside (the history gains corrections by design). */
const publicView = async (id: string) => {
  const { history: _history, ...rest } = await getPublicClaim(id);
  return JSON.stringify(rest);
};

async function outletArticle(body: string, homepage?: string, url?: string) {
  const outlet = await ensureOutlet(editor, { slug: `o-${unique()}`, name: `Outlet ${unique()}`, homepage });
  return importArticle(editor, {
    headline: `Headline ${unique()}`,
    outletId: outlet.id,
    authors: [],
    published: null,
    url: url ?? null,
    rawText: body,
    cleaning: {},
  });
}

const FAMILY = "IS militants killed seven members of one family";

/** A published, corroborated claim with a figure, quoted by two outlets. */
async function corroboratedFamilyClaim() {
  const claim = await makeClaim(editor, {
    statement: FAMILY,
    quantity: { value: 7, unit: "family members", approximate: false },
  });
  for (const intro of ["Diyala report.", "Second outlet report."]) {
    const article = await outletArticle(`${intro}\n\n${FAMILY} on Sunday.`);
    await addQuote(editor, claim.id, { articleId: article.id, exact: FAMILY });
  }
  const review = await propose(editor, {
    claimId: claim.id,
    kind: "PUBLISH",
    to: "CORROBORATED",
    rationale: "Two outlets report it independently.",
  });
  await decideProposal(reviewer, {
    reviewId: review.id,
    decision: "APPROVED",
    publicSummary: "Reported independently by two outlets.",
  });
  return claim;
}

beforeAll(async () => {
  editor = await makeStaff("EDITOR", "Dana Editor");
  otherEditor = await makeStaff("EDITOR");
  reviewer = await makeStaff("REVIEWER", "Rami Reviewer");
  otherReviewer = await makeStaff("REVIEWER", "Rita Reviewer");
  admin = await makeStaff("ADMIN");
});

describe("publication", () => {
  it("keeps a new claim an internal draft, whoever creates it, until someone else approves publishing it", async () => {
    const claim = await makeClaim(admin, { statement: `Admin's draft ${unique()}` });
    expect(await failure(getPublicClaim(claim.id))).toMatch(/^NOT_FOUND/);
    const review = await propose(admin, { claimId: claim.id, kind: "PUBLISH", rationale: "Ready." });
    expect(
      await failure(decideProposal(admin, { reviewId: review.id, decision: "APPROVED", publicSummary: "x" })),
    ).toMatch(/^FORBIDDEN: You cannot decide your own proposal/);
    expect(await failure(decideProposal(reviewer, { reviewId: review.id, decision: "APPROVED" }))).toMatch(
      /^VALIDATION: Write the public summary/,
    );
    await decideProposal(reviewer, { reviewId: review.id, decision: "APPROVED", publicSummary: "Checked the quote." });
    const page = await getPublicClaim(claim.id);
    expect(page.history.map((h) => h.summary)).toEqual(["Claim recorded", "Published, approved by Rami Reviewer"]);
  });

  it("never lets an editor approve a publication or propose a withdrawal", async () => {
    const claim = await makeClaim(editor);
    const review = await propose(editor, { claimId: claim.id, kind: "PUBLISH", rationale: "Ready." });
    expect(
      await failure(decideProposal(otherEditor, { reviewId: review.id, decision: "APPROVED", publicSummary: "x" })),
    ).toMatch(/^FORBIDDEN/);
    await decideProposal(reviewer, { reviewId: review.id, decision: "APPROVED", publicSummary: "Fine." });
    expect(
      await failure(propose(editor, { claimId: claim.id, kind: "WITHDRAWAL", rationale: "x", publicReason: "y" })),
    ).toMatch(/^FORBIDDEN/);
  });

  it("refuses to approve a proposal its proposer withdrew", async () => {
    const claim = await makeClaim(editor);
    const review = await propose(editor, { claimId: claim.id, kind: "PUBLISH", rationale: "Ready." });
    expect(await failure(cancelProposal(otherEditor, review.id))).toMatch(/^FORBIDDEN: Only its proposer/);
    await cancelProposal(editor, review.id);
    expect(
      await failure(decideProposal(reviewer, { reviewId: review.id, decision: "APPROVED", publicSummary: "x" })),
    ).toMatch(/^ALREADY_DECIDED: The proposer withdrew this proposal/);
    expect((await db().claim.findUniqueOrThrow({ where: { id: claim.id } })).visibility).toBe("INTERNAL");
    const kinds = (await db().claimEvent.findMany({ where: { claimId: claim.id }, orderBy: { seq: "asc" } })).map(
      (e) => e.kind,
    );
    expect(kinds).toEqual(["CREATED", "PROPOSED", "PROPOSAL_CANCELLED"]);
  });
});

describe("revisions of a published claim: the seven → seventy journey", () => {
  it("holds the edit, lets only a non-author approve it, asks whether the status holds, and shows the correction", async () => {
    const claim = await corroboratedFamilyClaim();
    const before = await publicView(claim.id);

    const saved = await updateClaim(editor, claim.id, {
      statement: "IS militants killed seventy members of one family",
      subjectId: claim.subjectId,
      quantity: { value: 70, unit: "family members", approximate: false },
    });
    expect(saved).toEqual({ changed: ["Statement", "Figure"], pendingReview: true });
    expect(await publicView(claim.id)).toBe(before);
    const staff = await getStaffClaim(editor, claim.id);
    expect(staff.revision.fields).toEqual([
      {
        field: "Statement",
        before: "IS militants killed seven members of one family",
        after: "IS militants killed seventy members of one family",
      },
      { field: "Figure", before: "7 family members", after: "70 family members" },
    ]);
    expect(staff.working.statement).toBe("IS militants killed seventy members of one family");

    // Proposing anything but the revision is refused while changes wait.
    expect(
      await failure(proposeStatus(reviewer, { claimId: claim.id, to: "UNVERIFIED", rationale: "Doubt." })),
    ).toMatch(/propose them as a revision/);
    // The reviewer who proposes it is its author too; the editor who wrote it cannot decide anyway.
    const review = await propose(reviewer, { claimId: claim.id, kind: "REVISION", rationale: "Typo fix." });
    expect(review.authorIds.sort()).toEqual([editor.id, reviewer.id].sort());
    expect(
      await failure(decideProposal(reviewer, { reviewId: review.id, decision: "APPROVED", publicSummary: "x" })),
    ).toMatch(/^FORBIDDEN: You cannot decide your own proposal/);
    expect(
      await failure(decideProposal(otherReviewer, { reviewId: review.id, decision: "APPROVED", publicSummary: "x" })),
    ).toMatch(/^VALIDATION: Say whether “corroborated” still holds/);
    expect(await publicView(claim.id)).toBe(before);

    await decideProposal(otherReviewer, {
      reviewId: review.id,
      decision: "APPROVED",
      publicSummary: "The figure was changed; the sources say seven, so the status returns to unverified.",
      statusHolds: false,
    });
    const after = await getPublicClaim(claim.id);
    expect(after.statement).toBe("IS militants killed seventy members of one family");
    expect(after.quantity?.value).toBe(70);
    expect(after.status).toBe("UNVERIFIED");
    expect(after.correctedAt).toBeInstanceOf(Date);
    const correction = after.history.find((h) => h.kind === "REVISED")!;
    expect(correction.summary).toBe("Corrected, approved by Rita Reviewer");
    expect(correction.changes).toContainEqual({
      field: "Figure",
      before: "7 family members",
      after: "70 family members",
    });
    expect(after.history.at(-1)).toMatchObject({
      kind: "STATUS_APPROVED",
      summary: "Status changed from corroborated to unverified, approved by Rita Reviewer",
    });
    // The proposer's rationale stays staff-only.
    expect(JSON.stringify(after)).not.toContain("Typo fix.");
    const events = await db().claimEvent.findMany({ where: { claimId: claim.id }, orderBy: { seq: "asc" } });
    expect(verifyChain(events)).toEqual([]);
  });

  it("makes a second editor of a pending revision one of its authors", async () => {
    const claim = await makeClaim(editor, { statement: `Shared draft ${unique()}` });
    await publishClaim(claim.id, otherEditor, reviewer);
    await updateClaim(editor, claim.id, { statement: "First wording change", subjectId: claim.subjectId });
    await updateClaim(otherReviewer, claim.id, { statement: "Second wording change", subjectId: claim.subjectId });
    const review = await propose(editor, { claimId: claim.id, kind: "REVISION", rationale: "Both edits." });
    expect(
      await failure(
        decideProposal(otherReviewer, { reviewId: review.id, decision: "APPROVED", publicSummary: "Reworded." }),
      ),
    ).toMatch(/^FORBIDDEN: You wrote part of the changes/);
    await decideProposal(reviewer, { reviewId: review.id, decision: "APPROVED", publicSummary: "Reworded." });
    expect((await getPublicClaim(claim.id)).statement).toBe("Second wording change");
  });

  const speakerSlug = () => `speaker-${unique()}`;
  const EDITS: [string, (base: ClaimInput & { subjectId: string }) => Promise<ClaimInput>][] = [
    ["the statement", async (base) => ({ ...base, statement: "A reworded statement" })],
    [
      "the speaker",
      async (base) => {
        const person = await ensurePerson(editor, { slug: speakerSlug(), name: "A New Speaker", kind: "PERSON" });
        return { ...base, speakerId: person.id };
      },
    ],
    ["when it was said", async (base) => ({ ...base, stated: { text: "2020-03", inferred: false } })],
    ["the subject", async (base) => ({ ...base, subjectId: null, newSubjectName: `Another subject ${unique()}` })],
    ["the figure's value", async (base) => ({ ...base, quantity: { value: 8, unit: "fighters", approximate: false } })],
    [
      "the figure's range and unit",
      async (base) => ({ ...base, quantity: { low: 3500, high: 4000, unit: "combatants", approximate: false } }),
    ],
    [
      "the figure's as-of date",
      async (base) => ({
        ...base,
        quantity: { value: 7, unit: "fighters", approximate: false, asOf: { text: "2019-07", inferred: true } },
      }),
    ],
    [
      "the figure's scope",
      async (base) => ({
        ...base,
        quantity: { value: 7, unit: "fighters", approximate: false, scopePlace: "Diyala province" },
      }),
    ],
  ];

  it.each(EDITS)("changes nothing public when staff edit %s, until a reviewer approves", async (label, edit) => {
    const base = {
      statement: `Claim about ${label} ${unique()}`,
      quantity: { value: 7, unit: "fighters", approximate: false },
    };
    const claim = await makeClaim(editor, base);
    await publishClaim(claim.id, editor, reviewer);
    const before = await publicView(claim.id);
    await updateClaim(editor, claim.id, await edit({ ...base, subjectId: claim.subjectId }));
    expect(await publicView(claim.id)).toBe(before);
    const review = await propose(editor, { claimId: claim.id, kind: "REVISION", rationale: `Fix ${label}.` });
    await decideProposal(reviewer, { reviewId: review.id, decision: "APPROVED", publicSummary: `Fixed ${label}.` });
    const after = await getPublicClaim(claim.id);
    expect(JSON.stringify({ ...after, history: undefined })).not.toBe(before);
    expect(after.history.find((h) => h.kind === "REVISED")?.changes.length).toBeGreaterThan(0);
  });

  it("holds added quotes, evidence and links, and removed quotes, until the revision is approved", async () => {
    const claim = await makeClaim(editor, { statement: `Quoted claim ${unique()}` });
    const first = await outletArticle("First words here. More text.");
    const firstQuote = await addQuote(editor, claim.id, { articleId: first.id, exact: "First words here." });
    const other = await makeClaim(editor, { statement: `Other claim ${unique()}` });
    await publishClaim(claim.id, editor, reviewer);
    await publishClaim(other.id, editor, reviewer);
    const before = await publicView(claim.id);

    const second = await outletArticle("Second words here. More text.");
    await addQuote(editor, claim.id, { articleId: second.id, exact: "Second words here." });
    await removeQuote(editor, firstQuote.id);
    await addEvidence(editor, claim.id, { kind: "EXTERNAL_URL", url: "https://example.org/x", title: "A report" });
    await linkClaims(editor, { fromClaimId: claim.id, toClaimId: other.id, type: "RELATED" });
    expect(await publicView(claim.id)).toBe(before);
    expect((await getPublicClaim(other.id)).links).toEqual([]);

    const review = await propose(editor, { claimId: claim.id, kind: "REVISION", rationale: "New source." });
    await decideProposal(reviewer, { reviewId: review.id, decision: "APPROVED", publicSummary: "A second source." });
    const after = await getPublicClaim(claim.id);
    expect(after.quotes.map((q) => q.exact)).toEqual(["Second words here."]);
    expect(after.evidence.map((e) => e.title)).toEqual(["A report"]);
    expect(after.links).toHaveLength(1);
    expect((await getPublicClaim(other.id)).links).toHaveLength(1);
    const correction = after.history.find((h) => h.kind === "REVISED")!;
    expect(correction.items.map((i) => i.text)).toEqual([
      expect.stringMatching(/^Quote removed: “First words here\.”/),
      expect.stringMatching(/^Quote added: “Second words here\.”/),
      "Evidence added: A report",
      "Link added: this claim is related to",
    ]);
  });

  it("applies internal notes and comments at once, without touching the public version", async () => {
    const claim = await makeClaim(editor, { statement: `Notes claim ${unique()}` });
    await publishClaim(claim.id, editor, reviewer);
    const before = await publicView(claim.id);
    const result = await updateClaim(editor, claim.id, {
      statement: (await getPublicClaim(claim.id)).statement,
      subjectId: claim.subjectId,
      internalNotes: "Call the stringer.",
    });
    expect(result).toEqual({ changed: ["Internal notes"], pendingReview: false });
    expect((await db().claim.findUniqueOrThrow({ where: { id: claim.id } })).internalNotes).toBe("Call the stringer.");
    expect(await publicView(claim.id)).toBe(before);
  });
});

describe("withdrawal", () => {
  it("takes the claim off the public lists, keeps it and its history, and records the reason and the reviewer", async () => {
    const claim = await makeClaim(editor, { statement: `To be withdrawn ${unique()}` });
    await publishClaim(claim.id, editor, reviewer);
    const review = await propose(reviewer, {
      claimId: claim.id,
      kind: "WITHDRAWAL",
      rationale: "The source retracted it.",
      publicReason: "The only source retracted its report.",
    });
    await decideProposal(admin, { reviewId: review.id, decision: "APPROVED", publicSummary: "Withdrawn." });
    expect(await failure(getPublicClaim(claim.id))).toMatch(/^NOT_FOUND/);
    expect((await listPublicClaims({})).items.map((c) => c.id)).not.toContain(claim.id);
    const notice = await getWithdrawnClaim(claim.id);
    expect(notice).toMatchObject({
      statement: claim.statement,
      withdrawalReason: "The only source retracted its report.",
      withdrawnBy: admin.name,
    });
    expect(notice.history.map((h) => h.kind)).toEqual(["CREATED", "PUBLISHED", "WITHDRAWN"]);
    expect(await failure(updateClaim(editor, claim.id, { statement: "x", subjectId: claim.subjectId }))).toMatch(
      /^CONFLICT: This claim has been withdrawn/,
    );
  });
});

describe("redaction", () => {
  it("removes a quote from every view on an admin's approval, and leaves a dated placeholder with the reason", async () => {
    const article = await outletArticle("Jane Roe, aged 14, told reporters she saw it.");
    const claim = await makeClaim(editor, { statement: `A witness saw it ${unique()}` });
    const quote = await addQuote(editor, claim.id, { articleId: article.id, exact: "Jane Roe, aged 14" });
    await publishClaim(claim.id, editor, reviewer);
    expect(
      await failure(propose(editor, { claimId: claim.id, kind: "REDACTION", rationale: "x", publicReason: "y" })),
    ).toMatch(/^FORBIDDEN/);
    const review = await propose(reviewer, {
      claimId: claim.id,
      kind: "REDACTION",
      rationale: "She is a minor.",
      publicReason: "Privacy of a minor",
      redactionTarget: "QUOTE",
      redactionQuoteId: quote.id,
    });
    expect(
      await failure(decideProposal(otherReviewer, { reviewId: review.id, decision: "APPROVED", publicSummary: "x" })),
    ).toMatch(/^FORBIDDEN: Only an admin can approve a redaction/);
    await decideProposal(admin, { reviewId: review.id, decision: "APPROVED", publicSummary: "Name removed." });
    const page = await getPublicClaim(claim.id);
    const staff = await getStaffClaim(editor, claim.id);
    for (const view of [page, { ...staff, events: undefined }]) {
      expect(JSON.stringify(view)).not.toContain("Jane Roe");
    }
    expect(JSON.stringify(page.history)).toMatch(/Redacted on \d+ \w+ \d{4}: Privacy of a minor/);
  });
});

describe("independent corroboration", () => {
  const SENTENCE = "The operation began on Sunday.";

  async function claimQuotedIn(articles: { id: string }[]) {
    const claim = await makeClaim(editor, { statement: `Independence ${unique()}` });
    for (const article of articles) await addQuote(editor, claim.id, { articleId: article.id, exact: SENTENCE });
    return claim;
  }

  it("refuses the same outlet twice", async () => {
    const outlet = await ensureOutlet(editor, { slug: `o-${unique()}`, name: `One outlet ${unique()}` });
    const articles = [];
    for (const n of [1, 2]) {
      articles.push(
        await importArticle(editor, {
          headline: `Same outlet ${n} ${unique()}`,
          outletId: outlet.id,
          authors: [],
          published: null,
          rawText: `Report ${n}. ${SENTENCE}`,
          cleaning: {},
        }),
      );
    }
    const claim = await claimQuotedIn(articles);
    expect(await failure(proposeStatus(editor, { claimId: claim.id, to: "CORROBORATED", rationale: "x" }))).toMatch(
      /^VALIDATION: Corroborated needs at least two independent sources/,
    );
  });

  it("accepts two outlets", async () => {
    const claim = await claimQuotedIn([await makeArticle(editor, SENTENCE), await makeArticle(editor, SENTENCE)]);
    const review = await proposeStatus(editor, { claimId: claim.id, to: "CORROBORATED", rationale: "Two outlets." });
    expect(review).toMatchObject({ state: "PENDING", kind: "STATUS", toStatus: "CORROBORATED" });
    expect(await db().review.findUniqueOrThrow({ where: { pendingClaimId: claim.id } })).toMatchObject({
      id: review.id,
      proposerId: editor.id,
    });
  });

  it("refuses external evidence from the quoted outlet's own site, subdomains included, or its article's site", async () => {
    const voa = await outletArticle(
      `Diyala. ${SENTENCE}`,
      "https://www.voanews.com",
      "https://www.voanews.com/a/x.html",
    );
    const claim = await claimQuotedIn([voa]);
    await addEvidence(editor, claim.id, { kind: "EXTERNAL_URL", url: "https://editorials.voanews.com/a/x.html" });
    expect(await failure(proposeStatus(editor, { claimId: claim.id, to: "CORROBORATED", rationale: "x" }))).toMatch(
      /^VALIDATION: Corroborated needs at least two independent sources/,
    );
    const staff = await getStaffClaim(editor, claim.id);
    expect(staff.id).toBe(claim.id);
    await addEvidence(editor, claim.id, { kind: "EXTERNAL_URL", url: "https://reliefweb.int/report/iraq/diyala" });
    await proposeStatus(editor, { claimId: claim.id, to: "CORROBORATED", rationale: "VOA and ReliefWeb." });
  });

  it("never counts an article with no known outlet", async () => {
    const unknown = await importArticle(editor, {
      headline: `No outlet ${unique()}`,
      outletId: null,
      authors: [],
      published: null,
      rawText: SENTENCE,
      cleaning: {},
    });
    const claim = await claimQuotedIn([unknown, await makeArticle(editor, SENTENCE)]);
    expect(await failure(proposeStatus(editor, { claimId: claim.id, to: "CORROBORATED", rationale: "x" }))).toMatch(
      /^VALIDATION: Corroborated needs/,
    );
  });
});

describe("an edit racing an approval", () => {
  it("never ends in an approved stale proposal, 50 rounds on real PostgreSQL", async () => {
    for (let round = 0; round < 50; round++) {
      const claim = await makeClaim(editor, { statement: `Race ${round} ${unique()}` });
      await publishClaim(claim.id, editor, reviewer);
      await updateClaim(editor, claim.id, { statement: `Race ${round} draft A`, subjectId: claim.subjectId });
      const review = await propose(editor, { claimId: claim.id, kind: "REVISION", rationale: "Race." });
      await Promise.allSettled([
        updateClaim(otherEditor, claim.id, { statement: `Race ${round} draft B`, subjectId: claim.subjectId }),
        decideProposal(reviewer, { reviewId: review.id, decision: "APPROVED", publicSummary: "Race." }),
      ]);
      const decided = await db().review.findUniqueOrThrow({ where: { id: review.id } });
      const events = await eventsOf(claim.id);
      const proposedAt = events.findIndex(
        (e) => e.kind === "PROPOSED" && (e.payload as { reviewId: string }).reviewId === review.id,
      );
      const revisedAt = events.findIndex((e) => e.kind === "REVISED");
      if (decided.state === "APPROVED") {
        // No edit landed between the proposal and its approval; the public got draft A exactly.
        expect(
          events.slice(proposedAt + 1, revisedAt).map((e) => e.kind),
          `round ${round}`,
        ).toEqual([]);
        expect(events[revisedAt].payload).toMatchObject({
          fields: [{ field: "Statement", after: `Race ${round} draft A` }],
        });
      } else {
        expect(decided.state, `round ${round}`).toBe("PENDING");
        expect(revisedAt).toBe(-1);
      }
      expect(verifyChain(events)).toEqual([]);
    }
  }, 600_000);
});

describe("the history all of the above wrote", () => {
  it("verifies: every chain intact and tagged, redacted content accounted for, every claim row replayed", async () => {
    const { verifyAllHistory } = await import("../history/verify");
    const report = await verifyAllHistory();
    expect(report.breaks).toEqual([]);
    expect(report.claimsChecked).toBeGreaterThan(50);
  });
});
