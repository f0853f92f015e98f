import { describe, it, expect } from "vitest";

import { describeHistory, describePublicHistory } from "./describe";

const staffHistory = (events: Stored[], claims: Map<string, string>) => describeHistory(events, claims, "staff");

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
  [
    "QUOTE_ADDED",
    stored(2, "QUOTE_ADDED", {
      quoteId: "q",
      articleId: "a",
      articleVersionId: "v",
      exact: "draft words",
      start: 0,
      end: 5,
    }),
  ],
  ["LINKED", stored(2, "LINKED", linkPayload("claim-3500", "from"))],
  [
    "PROPOSED",
    stored(2, "PROPOSED", {
      reviewId: "r",
      proposal: "REVISION",
      from: "CORROBORATED",
      to: null,
      rationale: "Typo in the figure.",
      evidenceIds: [],
      publicReason: null,
      redaction: null,
    }),
  ],
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
        changes: [],
        items: [],
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

  it("shows an approved status change with from, to, the reviewer and their public summary, never the rationale", () => {
    const payload = { ...statusPayload, summary: "Two independent outlets report it." };
    const [entry] = describePublicHistory([stored(4, "STATUS_APPROVED", payload, "Rami Reviewer")], PUBLIC_CLAIMS);

    expect(entry.summary).toBe("Status changed from unverified to corroborated, approved by Rami Reviewer");
    expect(entry.detail).toBe("Two independent outlets report it.");
    expect(JSON.stringify(entry)).not.toContain("Quoted by AFP");
    const [staff] = staffHistory([stored(4, "STATUS_APPROVED", payload, "Rami Reviewer")], PUBLIC_CLAIMS);
    expect(staff.detail).toContain("Rationale: Quoted by AFP and Asharq Al-Awsat.");
    expect(entry.actor).toBe("Rami Reviewer");
    expect(entry.kind).toBe("STATUS_APPROVED");
  });

  it("says 'a reviewer' when the approving account is gone", () => {
    const payload = { ...statusPayload, from: "CORROBORATED", to: "CONFLICTING" };
    const [entry] = describePublicHistory([stored(4, "STATUS_APPROVED", payload, null)], PUBLIC_CLAIMS);

    expect(entry.summary).toBe("Status changed from corroborated to conflicting, approved by a reviewer");
    expect(entry.actor).toBeNull();
  });

  it("hides from staff, too, a link whose other claim they cannot resolve", () => {
    const events = [
      stored(2, "LINKED", linkPayload(INTERNAL_OTHER_ID, "from")),
      stored(3, "UNLINKED", linkPayload(INTERNAL_OTHER_ID, "from")),
    ];

    expect(staffHistory(events, PUBLIC_CLAIMS)).toEqual([]);
  });

  it("shows a link to a public claim with its statement and the link's note", () => {
    const [entry] = staffHistory([stored(2, "LINKED", linkPayload(PUBLIC_OTHER.id, "from"))], PUBLIC_CLAIMS);

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
    const [entry] = staffHistory([stored(2, "LINKED", linkPayload(PUBLIC_OTHER.id, direction, type))], PUBLIC_CLAIMS);
    expect(entry.summary).toBe(summary);
  });

  it("shows an unlinking from a public claim", () => {
    const [entry] = staffHistory([stored(3, "UNLINKED", linkPayload(PUBLIC_OTHER.id, "to"))], PUBLIC_CLAIMS);

    expect(entry.summary).toBe("Unlinked: this claim is contradicted by");
    expect(entry.otherClaim).toEqual(PUBLIC_OTHER);
  });

  it("shows the quoted words when a quote is added or removed", () => {
    const entries = staffHistory(
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

    const entries = staffHistory(
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

  it("shows an approved revision as a correction: each change before → after, the reviewer and the summary", () => {
    const [entry] = describePublicHistory(
      [
        stored(
          9,
          "REVISED",
          {
            reviewId: "r9",
            summary: "The article says seven, not seventy.",
            fields: [{ field: "Figure", before: "70 family members", after: "7 family members" }],
            items: [
              { item: "quote", action: "added", quoteId: "q9", exact: "seven members of one family", headline: "VOA" },
              {
                item: "link",
                action: "added",
                linkId: "l9",
                type: "UPDATES",
                direction: "from",
                otherClaimId: INTERNAL_OTHER_ID,
              },
            ],
            statusHolds: true,
          },
          "Rami Reviewer",
        ),
      ],
      PUBLIC_CLAIMS,
    );
    expect(entry.summary).toBe("Corrected, approved by Rami Reviewer");
    expect(entry.changes).toEqual([{ field: "Figure", before: "70 family members", after: "7 family members" }]);
    // A link to a claim the public cannot see is left out of the correction.
    expect(entry.items.map((i) => i.text)).toEqual(["Quote added: “seven members of one family” (VOA)"]);
    expect(entry.detail).toContain("The article says seven, not seventy.");
  });

  it("replaces redacted words with the placeholder, in every earlier entry, for every audience", () => {
    const events = [
      stored(2, "QUOTE_ADDED", {
        quoteId: "q1",
        articleId: "a",
        articleVersionId: "v",
        exact: "Jane Roe, 14",
        start: 0,
        end: 12,
      }),
      stored(3, "REVISED", {
        reviewId: "r1",
        summary: "Name corrected.",
        fields: [{ field: "Statement", before: "Jane Roe said it", after: "J. Roe said it" }],
        items: [{ item: "quote", action: "added", quoteId: "q1", exact: "Jane Roe, 14", headline: "Local paper" }],
        statusHolds: null,
      }),
      stored(4, "REDACTED", {
        reviewId: "r2",
        target: "QUOTE",
        quoteId: "q1",
        reason: "Court order",
        summary: "Removed.",
      }),
      stored(5, "REDACTED", {
        reviewId: "r3",
        target: "STATEMENT",
        quoteId: null,
        reason: "Privacy request",
        summary: "Removed.",
      }),
    ];
    for (const entries of [describePublicHistory(events, PUBLIC_CLAIMS), staffHistory(events, PUBLIC_CLAIMS)]) {
      const text = JSON.stringify(entries);
      expect(text).not.toContain("Jane Roe");
      expect(text).toContain("Redacted on 1 May 2024: Court order");
      expect(text).toContain("Redacted on 1 May 2024: Privacy request");
    }
  });

  it("shows a withdrawal with its public reason", () => {
    const [entry] = describePublicHistory(
      [
        stored(
          6,
          "WITHDRAWN",
          { reviewId: "r", reason: "Based on a fabricated document.", summary: "Withdrawn." },
          "Alex Admin",
        ),
      ],
      PUBLIC_CLAIMS,
    );
    expect(entry.summary).toBe("Withdrawn, approved by Alex Admin");
    expect(entry.detail).toBe("Based on a fabricated document.");
  });
});
