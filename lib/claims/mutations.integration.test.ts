import { beforeAll, describe, expect, it } from "vitest";
import { eventsOf, makeArticle, makeClaim, makeStaff, publishClaim } from "../../test/factories";
import type { Actor } from "../auth/actor";
import { db } from "../db/client";
import { AppError } from "../errors";
import { addComment, linkClaims, unlinkClaims, createClaim, updateClaim, addQuote, removeQuote } from "./mutations";
import { getPublicClaim } from "./queries";

let editor: Actor;
let reviewer: Actor;
const events = eventsOf;
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => (e instanceof AppError ? `${e.code}: ${e.message}` : e),
  );

beforeAll(async () => {
  editor = await makeStaff("EDITOR");
  reviewer = await makeStaff("REVIEWER");
});

describe("the claim editor's saves", () => {
  it("record exactly the changed fields, readable and in full, before → after", async () => {
    const claim = await makeClaim(editor, { statement: "ISIS had 1,000 fighters" });
    await updateClaim(editor, claim.id, {
      statement: "ISIS had about 1,000 fighters",
      subjectId: claim.subjectId,
      newSpeaker: { name: "Hisham al-Hashemi", kind: "PERSON", description: "security analyst" },
      quantity: { value: 1000, unit: "fighters", approximate: true, asOf: { text: "2019-07", inferred: true } },
      internalNotes: "Check the AFP wire.",
    });
    const [created, edited] = await events(claim.id);
    expect(created.payload).toMatchObject({ visibility: "INTERNAL" });
    expect(edited.kind).toBe("EDITED");
    expect(edited.payload).toMatchObject({
      draft: false,
      fields: [
        { field: "Statement", before: "ISIS had 1,000 fighters", after: "ISIS had about 1,000 fighters" },
        { field: "Said by", before: null, after: "Hisham al-Hashemi" },
        { field: "Figure", before: null, after: "about 1,000 fighters" },
        // A new figure that names no measure counts in one named after its unit.
        { field: "Measure", before: null, after: "fighters" },
        { field: "Figure as of", before: null, after: "about July 2019" },
      ],
      internalNotes: { before: null, after: "Check the AFP wire." },
      // The raw fields after the edit, so history:verify can replay the claim row.
      snapshot: { statement: "ISIS had about 1,000 fighters", quantity: { value: 1000, asOfPrecision: "MONTH" } },
    });
    const speaker = await db().person.findFirstOrThrow({ where: { slug: "hisham-al-hashemi" } });
    expect(speaker.description).toBe("security analyst");
  });

  it("writes nothing and keeps the version when nothing changed", async () => {
    const claim = await makeClaim(editor, { statement: "Unchanged" });
    const before = await db().claim.findUniqueOrThrow({ where: { id: claim.id } });
    await updateClaim(editor, claim.id, { statement: "Unchanged", subjectId: claim.subjectId });
    expect(await events(claim.id)).toHaveLength(1);
    expect((await db().claim.findUniqueOrThrow({ where: { id: claim.id } })).version).toBe(before.version);
  });

  it("refuses a statement over 280 characters and a range with low above high, saving nothing", async () => {
    const claim = await makeClaim(editor, { statement: "Stays as it is" });
    await expect(
      updateClaim(editor, claim.id, { statement: "x".repeat(281), subjectId: claim.subjectId }),
    ).rejects.toThrow(/At most 280 characters/);
    await expect(
      updateClaim(editor, claim.id, {
        statement: "Range",
        subjectId: claim.subjectId,
        quantity: { low: 4000, high: 3500, unit: "fighters" },
      }),
    ).rejects.toThrow(/High must not be below low/);
    expect((await db().claim.findUniqueOrThrow({ where: { id: claim.id } })).statement).toBe("Stays as it is");
  });
});

describe("quotes from a selection", () => {
  it("store exact text, context and offsets into that article version, and refuse a stale version", async () => {
    const article = await makeArticle(editor, "Intro.\n\nHe said security forces sought 1,000 fighters.\n\nEnd.");
    const version = article.versions[0];
    const start = version.body.indexOf("1,000 fighters");
    const claim = await createClaim(
      editor,
      { statement: "1,000 fighters", newSubjectName: "ISIS strength" },
      { articleVersionId: version.id, start, end: start + "1,000 fighters".length },
    );
    const quote = await db().quote.findFirstOrThrow({ where: { claimId: claim.id } });
    expect(quote).toMatchObject({ exact: "1,000 fighters", start, articleVersionId: version.id });
    expect(quote.prefix.endsWith("sought ")).toBe(true);
    expect(quote.suffix).toBe(".\n\nEnd.");

    expect(await failure(addQuote(editor, claim.id, { articleVersionId: version.id, start, end: start + 14 }))).toMatch(
      /^CONFLICT: This passage is already quoted/,
    );
    expect(await failure(addQuote(editor, claim.id, { articleVersionId: version.id, start: 0, end: 9999 }))).toMatch(
      /^VALIDATION/,
    );
    await db().articleVersion.create({
      data: { articleId: article.id, number: 2, rawText: "x", body: "Corrected text.", contentHash: "h" },
    });
    expect(await failure(addQuote(editor, claim.id, { articleVersionId: version.id, start: 0, end: 5 }))).toMatch(
      /^STALE: The article has a newer version/,
    );
  });

  it("can be removed, with the removal on the record", async () => {
    const article = await makeArticle(editor, "Removable words here.");
    const claim = await makeClaim(editor);
    const quote = await addQuote(editor, claim.id, { articleId: article.id, exact: "Removable words" });
    await removeQuote(editor, quote.id);
    expect(await db().quote.count({ where: { claimId: claim.id } })).toBe(0);
    expect((await events(claim.id)).at(-1)).toMatchObject({
      kind: "QUOTE_REMOVED",
      payload: { exact: "Removable words" },
    });
  });
});

describe("links", () => {
  it("appear in both claims' histories and public pages, and unlinking is recorded on both", async () => {
    const [older, newer] = [
      await makeClaim(editor, { statement: "1,000 in 2019" }),
      await makeClaim(editor, { statement: "3,500 in 2020" }),
    ];
    const link = await linkClaims(editor, {
      fromClaimId: newer.id,
      toClaimId: older.id,
      type: "UPDATES",
      note: "Wider scope",
    });
    for (const claim of [older, newer]) await publishClaim(claim.id, editor, reviewer);
    expect((await getPublicClaim(older.id)).links).toEqual([
      expect.objectContaining({ type: "UPDATES", direction: "incoming" }),
    ]);
    expect((await getPublicClaim(newer.id)).links).toEqual([
      expect.objectContaining({ type: "UPDATES", direction: "outgoing" }),
    ]);
    expect(await failure(linkClaims(editor, { fromClaimId: newer.id, toClaimId: older.id, type: "UPDATES" }))).toMatch(
      /^CONFLICT: These claims are already linked/,
    );
    await unlinkClaims(editor, link.id);
    for (const id of [older.id, newer.id]) {
      const kinds = (await events(id)).map((e) => e.kind);
      expect(kinds.filter((k) => k === "LINKED" || k === "UNLINKED")).toEqual(["LINKED", "UNLINKED"]);
    }
    // Both claims are published: the link stays public until the revision removing it is approved.
    expect((await getPublicClaim(older.id)).links).toHaveLength(1);
    expect(await db().claimLink.findUniqueOrThrow({ where: { id: link.id } })).toMatchObject({
      pendingChange: "REMOVE",
    });
  });
});

describe("comments", () => {
  it("are kept in the history but never shown on the public page", async () => {
    const claim = await makeClaim(editor);
    await publishClaim(claim.id, editor, reviewer);
    await addComment(editor, claim.id, { body: "Internal: call the source back." });
    const page = await getPublicClaim(claim.id);
    expect(JSON.stringify(page)).not.toContain("call the source back");
    expect((await events(claim.id)).at(-1)?.kind).toBe("COMMENTED");
  });
});
