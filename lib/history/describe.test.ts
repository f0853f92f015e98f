import { describe, it, expect } from "vitest";

import { describePublicHistory } from "./describe";

type Stored = Parameters<typeof describePublicHistory>[0][number];

const AT = new Date("2024-05-01T10:00:00.000Z");
const PUBLIC_OTHER = { id: "claim-3500", statement: "ISIS had 3,500 to 4,000 combatants in Iraq" };
const INTERNAL_OTHER_ID = "claim-internal";
const PUBLIC_CLAIMS = new Map([[PUBLIC_OTHER.id, PUBLIC_OTHER.statement]]);

function stored(seq: number, kind: string, payload: unknown, actor: string | null = "Emma Editor"): Stored {
  return { seq, kind, payload, createdAt: AT, actor: actor === null ? null : { name: actor } };
}

const created = stored(1, "CREATED", {
  statement: "ISIS had about 1,000 fighters around Baaj, Rawah and Tharthar",
  subjectId: "subject-isis-strength",
  speakerId: "person-hashemi",
  visibility: "PUBLIC",
  quantity: { value: 1000, unit: "fighters" },
});

const linkPayload = (otherClaimId: string, direction: "from" | "to", type = "CONTRADICTS") => ({
  linkId: "link-1",
  type,
  direction,
  otherClaimId,
  note: "Different scope: desert pocket versus all of Iraq.",
});

const statusPayload = {
  reviewId: "review-1",
  from: "UNVERIFIED",
  to: "CORROBORATED",
  rationale: "Quoted by AFP and Asharq Al-Awsat.",
  proposerId: "user-editor",
  comment: "Checked both articles.",
};

const INTERNAL_EVENTS: [string, Stored][] = [
  ["COMMENTED", stored(2, "COMMENTED", { commentId: "c1", internal: true, body: "Do not publish yet" })],
  [
    "STATUS_PROPOSED",
    stored(2, "STATUS_PROPOSED", {
      reviewId: "review-1",
      from: "UNVERIFIED",
      to: "CORROBORATED",
      rationale: "Two outlets.",
      evidenceIds: [],
    }),
  ],
  ["STATUS_REJECTED", stored(2, "STATUS_REJECTED", statusPayload, "Rami Reviewer")],
  ["VISIBILITY_CHANGED", stored(2, "VISIBILITY_CHANGED", { before: "INTERNAL", after: "PUBLIC" })],
  ["EDITED", stored(2, "EDITED", { changes: { statement: { before: "old wording", after: "new wording" } } })],
];

describe("describePublicHistory", () => {
  it("shows the creation of the claim with its actor, time and sequence number", () => {
    expect(describePublicHistory([created], PUBLIC_CLAIMS)).toEqual([
      {
        seq: 1,
        at: AT,
        actor: "Emma Editor",
        kind: "CREATED",
        summary: "Claim recorded",
        detail: null,
        otherClaim: null,
      },
    ]);
  });

  it.each(INTERNAL_EVENTS)("hides %s events from the public", (_kind, event) => {
    expect(describePublicHistory([event], PUBLIC_CLAIMS)).toEqual([]);
  });

  it("keeps the public events in order around hidden ones", () => {
    const approved = stored(7, "STATUS_APPROVED", statusPayload, "Rami Reviewer");
    const events = [created, ...INTERNAL_EVENTS.map(([, e], i) => ({ ...e, seq: i + 2 })), approved];

    const entries = describePublicHistory(events, PUBLIC_CLAIMS);

    expect(entries.map((e) => e.seq)).toEqual([1, 7]);
    expect(JSON.stringify(entries)).not.toContain("Do not publish yet");
    expect(JSON.stringify(entries)).not.toContain("old wording");
  });

  it("shows an approved status change with from, to, the reviewer and the rationale", () => {
    const [entry] = describePublicHistory(
      [stored(4, "STATUS_APPROVED", statusPayload, "Rami Reviewer")],
      PUBLIC_CLAIMS,
    );

    expect(entry.summary).toBe("Status changed from unverified to corroborated, approved by Rami Reviewer");
    expect(entry.detail).toBe("Quoted by AFP and Asharq Al-Awsat.");
    expect(entry.actor).toBe("Rami Reviewer");
    expect(entry.kind).toBe("STATUS_APPROVED");
  });

  it("says 'a reviewer' when the approving account is gone", () => {
    const payload = { ...statusPayload, from: "CORROBORATED", to: "CONFLICTING" };
    const [entry] = describePublicHistory([stored(4, "STATUS_APPROVED", payload, null)], PUBLIC_CLAIMS);

    expect(entry.summary).toBe("Status changed from corroborated to conflicting, approved by a reviewer");
    expect(entry.actor).toBeNull();
  });

  it("hides a link to a claim that is not public", () => {
    const events = [
      stored(2, "LINKED", linkPayload(INTERNAL_OTHER_ID, "from")),
      stored(3, "UNLINKED", linkPayload(INTERNAL_OTHER_ID, "from")),
    ];

    expect(describePublicHistory(events, PUBLIC_CLAIMS)).toEqual([]);
  });

  it("shows a link to a public claim with its statement and the link's note", () => {
    const [entry] = describePublicHistory([stored(2, "LINKED", linkPayload(PUBLIC_OTHER.id, "from"))], PUBLIC_CLAIMS);

    expect(entry.summary).toBe("Linked: this claim contradicts");
    expect(entry.otherClaim).toEqual(PUBLIC_OTHER);
    expect(entry.detail).toBe("Different scope: desert pocket versus all of Iraq.");
  });

  it.each([
    ["CONTRADICTS", "to", "Linked: this claim is contradicted by"],
    ["CORROBORATES", "from", "Linked: this claim corroborates"],
    ["CORROBORATES", "to", "Linked: this claim is corroborated by"],
    ["UPDATES", "from", "Linked: this claim updates"],
    ["UPDATES", "to", "Linked: this claim is updated by"],
    ["RELATED", "from", "Linked: this claim is related to"],
    ["RELATED", "to", "Linked: this claim is related to"],
  ] as const)("phrases a %s link seen from the %s side", (type, direction, summary) => {
    const [entry] = describePublicHistory(
      [stored(2, "LINKED", linkPayload(PUBLIC_OTHER.id, direction, type))],
      PUBLIC_CLAIMS,
    );
    expect(entry.summary).toBe(summary);
  });

  it("shows an unlinking from a public claim", () => {
    const [entry] = describePublicHistory([stored(3, "UNLINKED", linkPayload(PUBLIC_OTHER.id, "to"))], PUBLIC_CLAIMS);

    expect(entry.summary).toBe("Unlinked: this claim is contradicted by");
    expect(entry.otherClaim).toEqual(PUBLIC_OTHER);
  });

  it("shows the quoted words when a quote is added or removed", () => {
    const entries = describePublicHistory(
      [
        stored(2, "QUOTE_ADDED", {
          quoteId: "q1",
          articleId: "a2",
          articleVersionId: "v1",
          exact: "an estimated 1,000 fighters",
          start: 120,
          end: 147,
        }),
        stored(3, "QUOTE_REMOVED", { quoteId: "q1", exact: "an estimated 1,000 fighters" }),
        stored(4, "QUOTE_REANCHORED", {
          quoteId: "q2",
          before: { articleVersionId: "v1", start: 10, end: 20 },
          after: { articleVersionId: "v2", start: 12, end: 22 },
        }),
      ],
      PUBLIC_CLAIMS,
    );

    expect(entries.map((e) => [e.summary, e.detail])).toEqual([
      ["Quote added", "“an estimated 1,000 fighters”"],
      ["Quote removed", "“an estimated 1,000 fighters”"],
      ["Quote re-anchored to a corrected version of its article", null],
    ]);
  });

  it("shows external evidence by title, falling back to its address, and notes as notes", () => {
    const evidence = (evidenceKind: string, title: string | null) =>
      stored(5, "EVIDENCE_ADDED", {
        evidenceId: "e1",
        evidenceKind,
        url: evidenceKind === "EXTERNAL_URL" ? "https://example.org/report" : null,
        title,
        note: "Archived copy.",
      });

    const entries = describePublicHistory(
      [evidence("EXTERNAL_URL", "UN monitoring report"), evidence("EXTERNAL_URL", null), evidence("NOTE", null)],
      PUBLIC_CLAIMS,
    );

    expect(entries.map((e) => [e.summary, e.detail])).toEqual([
      ["Evidence added: UN monitoring report", "Archived copy."],
      ["Evidence added: https://example.org/report", "Archived copy."],
      ["Evidence note added", "Archived copy."],
    ]);
  });

  it("leaves out an event whose stored payload does not have the expected shape", () => {
    const broken = stored(2, "STATUS_APPROVED", { from: "UNVERIFIED" });
    const unknownKind = stored(3, "DELETED", {});

    expect(describePublicHistory([created, broken, unknownKind], PUBLIC_CLAIMS).map((e) => e.seq)).toEqual([1]);
  });
});
