import { beforeAll, describe, expect, it } from "vitest";
import { eventsOf, makeArticle, makeClaim, makeStaff, publishClaim } from "../../test/factories";
import type { Actor } from "../auth/actor";
import { getPublicClaim } from "../claims/queries";
import { addQuote } from "../claims/mutations";
import { db } from "../db/client";
import { AppError } from "../errors";
import { decideProposal, propose } from "../reviews/mutations";
import {
  approveArticleRevision,
  changeArticleBody,
  reimportAsNewVersion,
  rejectArticleRevision,
  resolveReanchor,
} from "./mutations";
import { getPublicArticle, listArticleVersions, listOpenReanchors } from "./queries";

let editor: Actor;
let reviewer: Actor;

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => "resolved",
    (e: unknown) => (e instanceof AppError ? e.code : e),
  );

const BODY = [
  "The army said 40 fighters were killed in Baaj on Monday.",
  "Officials estimated that 1,000 fighters remain in the desert.",
  "A spokesman said the operation would continue for weeks.",
].join("\n\n");

async function quotedArticle() {
  const article = await makeArticle(editor, BODY);
  const claim = await makeClaim(editor);
  const quotes = [];
  for (const exact of [
    "40 fighters were killed in Baaj",
    "1,000 fighters remain in the desert",
    "would continue for weeks",
  ]) {
    quotes.push(await addQuote(editor, claim.id, { articleId: article.id, exact }));
  }
  return { article, claim, quotes };
}

const quoteRow = (id: string) =>
  db().quote.findUnique({ where: { id }, include: { articleVersion: { select: { number: true } } } });

beforeAll(async () => {
  editor = await makeStaff("EDITOR");
  reviewer = await makeStaff("REVIEWER");
});

describe("editing the body of an internal article", () => {
  it("makes a new version at once and gives each quote its outcome", async () => {
    const { article, claim, quotes } = await quotedArticle();
    const edited = [
      "The army said 40 fighters were killed in Baaj on Monday.",
      "An earlier report was corrected.",
      "Officials estimated that 1,000 fighter remain in the desert.",
      "The operation ends today.",
    ].join("\n\n");
    const result = await changeArticleBody(editor, article.id, { body: edited, reason: "Correction" }, 1);
    expect(result).toEqual({ kind: "version", number: 2, summary: { same: 1, moved: 0, fuzzy: 1, orphaned: 1 } });

    const [same, fuzzy, orphaned] = await Promise.all(quotes.map((q) => quoteRow(q.id)));
    expect(same?.articleVersion.number).toBe(2);
    // Quotes that need a person stay on their old version with the approved words.
    expect([fuzzy?.articleVersion.number, fuzzy?.exact]).toEqual([1, "1,000 fighters remain in the desert"]);
    expect(orphaned?.articleVersion.number).toBe(1);
    const open = (await listOpenReanchors(editor)).filter((i) => i.claim.id === claim.id);
    expect(open.map((i) => [i.outcome, i.exact])).toEqual([
      ["FUZZY", "1,000 fighter remain in the desert"],
      ["ORPHANED", null],
    ]);
    // Both versions stay readable.
    expect((await listArticleVersions(editor, article.id)).versions.map((v) => v.number)).toEqual([2, 1]);
  });

  it("moves the same words elsewhere at once, with a QUOTE_REANCHORED event", async () => {
    const { article, claim, quotes } = await quotedArticle();
    await changeArticleBody(editor, article.id, { body: `A new first paragraph.\n\n${BODY}`, reason: "Added context" });
    const moved = await quoteRow(quotes[0].id);
    expect([moved?.articleVersion.number, moved?.start]).toEqual([
      2,
      quotes[0].start + "A new first paragraph.\n\n".length,
    ]);
    const reanchored = (await eventsOf(claim.id)).filter((e) => e.kind === "QUOTE_REANCHORED");
    expect(reanchored).toHaveLength(3);
  });

  it("lets staff confirm, re-select or detach, each with its history event", async () => {
    const { article, claim, quotes } = await quotedArticle();
    const edited = BODY.replace("40 fighters were killed", "40 fighters were reported killed")
      .replace("1,000 fighters remain in the desert", "about a thousand remain, officials said")
      .replace("would continue for weeks", "was over");
    await changeArticleBody(editor, article.id, { body: edited, reason: "Correction" });
    const open = (await listOpenReanchors(editor)).filter((i) => i.claim.id === claim.id);
    expect(open.map((i) => i.outcome)).toEqual(["FUZZY", "ORPHANED", "ORPHANED"]);

    expect(await resolveReanchor(editor, open[0].id, { action: "confirm" })).toBe("applied");
    const confirmed = await quoteRow(quotes[0].id);
    expect([confirmed?.articleVersion.number, confirmed?.exact]).toEqual([
      2,
      "40 fighters were reported killed in Baaj",
    ]);

    // Typographic differences in the re-selected passage do not matter.
    await resolveReanchor(editor, open[1].id, { action: "reselect", passage: "about a  thousand remain" });
    expect((await quoteRow(quotes[1].id))?.exact).toBe("about a thousand remain");
    expect(await failure(resolveReanchor(editor, open[2].id, { action: "reselect", passage: "not there" }))).toBe(
      "VALIDATION",
    );
    await resolveReanchor(editor, open[2].id, { action: "detach" });
    expect(await quoteRow(quotes[2].id)).toBeNull();
    expect(await failure(resolveReanchor(editor, open[0].id, { action: "confirm" }))).toBe("ALREADY_DECIDED");

    const kinds = (await eventsOf(claim.id)).map((e) => e.kind).slice(-3);
    expect(kinds).toEqual(["QUOTE_REANCHORED", "QUOTE_REANCHORED", "QUOTE_REMOVED"]);
    expect((await listOpenReanchors(editor)).filter((i) => i.claim.id === claim.id)).toEqual([]);
  });

  it("refuses an empty, unchanged or stale body, changing nothing", async () => {
    const { article } = await quotedArticle();
    expect(await failure(changeArticleBody(editor, article.id, { body: " ", reason: "x" }))).toBe("VALIDATION");
    expect(await failure(changeArticleBody(editor, article.id, { body: BODY, reason: "x" }))).toBe("VALIDATION");
    expect(await failure(changeArticleBody(editor, article.id, { body: "New", reason: "" }))).toBe("VALIDATION");
    expect(await failure(changeArticleBody(editor, article.id, { body: "New", reason: "x" }, 3))).toBe("STALE");
    expect(await db().articleVersion.count({ where: { articleId: article.id } })).toBe(1);
  });

  it("takes a re-import of a newer copy as the next version", async () => {
    const { article, quotes } = await quotedArticle();
    const result = await reimportAsNewVersion(editor, article.id, `${BODY}\n\nUpdated at 18:00.`);
    expect(result).toMatchObject({ kind: "version", number: 2, summary: { same: 3 } });
    expect((await quoteRow(quotes[2].id))?.articleVersion.number).toBe(2);
  });

  it("reduces a re-imported HTML copy to its text, and refuses an empty one", async () => {
    const { article } = await quotedArticle();
    const html = `<html><head><title>T</title><script>alert(1)</script></head><body><article>${BODY.split("\n\n")
      .map((p) => `<p>${p}</p>`)
      .join("")}<p>Updated.</p></article></body></html>`;
    const result = await reimportAsNewVersion(editor, article.id, html, "copy.html");
    expect(result).toMatchObject({ kind: "version", summary: { same: 3, fuzzy: 0, orphaned: 0 } });
    const latest = await db().articleVersion.findFirstOrThrow({
      where: { articleId: article.id },
      orderBy: { number: "desc" },
    });
    expect(latest.body).not.toContain("alert");
    expect(latest.rawText).toBe(html);
    expect(await failure(reimportAsNewVersion(editor, article.id, "   "))).toBe("VALIDATION");
  });
});

describe("a public article (a published claim quotes it)", () => {
  async function publicArticle() {
    const made = await quotedArticle();
    await publishClaim(made.claim.id, editor, reviewer);
    return made;
  }

  it("changes only when someone else approves the revision; the public reads the old text until then", async () => {
    const { article } = await publicArticle();
    const edited = `Correction: an earlier version misstated the date.\n\n${BODY}`;
    const result = await changeArticleBody(editor, article.id, { body: edited, reason: "Date corrected" });
    expect(result.kind).toBe("revision");
    if (result.kind !== "revision") return;
    expect((await getPublicArticle(article.id)).version.number).toBe(1);
    expect(await failure(changeArticleBody(reviewer, article.id, { body: `${edited}\n\nMore.`, reason: "x" }))).toBe(
      "CONFLICT",
    );
    expect(await failure(approveArticleRevision(editor, result.revisionId, ""))).toBe("FORBIDDEN");
    const approved = await approveArticleRevision(reviewer, result.revisionId, "Checked against the outlet.");
    expect(approved).toMatchObject({ number: 2, summary: { moved: 3 } });
    const shown = await getPublicArticle(article.id);
    expect(shown.version.number).toBe(2);
    expect(shown.quotes).toHaveLength(3);
    expect(await failure(approveArticleRevision(reviewer, result.revisionId, ""))).toBe("ALREADY_DECIDED");
  });

  it("keeps the text after a rejection", async () => {
    const { article } = await publicArticle();
    const result = await changeArticleBody(editor, article.id, { body: "Something else.", reason: "Wrong" });
    if (result.kind !== "revision") throw new Error("expected a revision");
    expect(await failure(rejectArticleRevision(reviewer, result.revisionId, ""))).toBe("VALIDATION");
    await rejectArticleRevision(reviewer, result.revisionId, "Not what the outlet printed.");
    expect((await getPublicArticle(article.id)).version.body).toBe(BODY);
  });

  it("makes a confirmation on a published claim part of its revision, and waits while a proposal is pending", async () => {
    const { article, claim, quotes } = await publicArticle();
    const result = await changeArticleBody(editor, article.id, {
      body: BODY.replace("40 fighters were killed", "40 fighters were reported killed"),
      reason: "Wording",
    });
    if (result.kind !== "revision") throw new Error("expected a revision");
    await approveArticleRevision(reviewer, result.revisionId, "");
    const [item] = (await listOpenReanchors(editor)).filter((i) => i.claim.id === claim.id);
    expect(item.outcome).toBe("FUZZY");
    // The public page shows the new version, highlighting only the confirmed quotes.
    expect((await getPublicArticle(article.id)).quotes.map((q) => q.id)).toEqual([quotes[1].id, quotes[2].id]);
    const shownArticle = await getPublicArticle(article.id);
    expect(shownArticle.correctedAt).toBeInstanceOf(Date);
    // The claim page keeps the approved words and says the article was corrected since.
    const page = await getPublicClaim(claim.id);
    const approved = page.quotes.find((q) => q.id === quotes[0].id)!;
    expect(approved.exact).toBe("40 fighters were killed in Baaj");
    expect(approved.articleCorrectedAt).toBeInstanceOf(Date);
    expect(page.quotes.find((q) => q.id === quotes[1].id)!.articleCorrectedAt).toBeNull();

    const withdrawal = await propose(await makeStaff("ADMIN"), {
      claimId: claim.id,
      kind: "WITHDRAWAL",
      rationale: "Source retracted.",
      publicReason: "The source retracted it.",
    });
    expect(await failure(resolveReanchor(editor, item.id, { action: "confirm" }))).toBe("CONFLICT");
    await decideProposal(reviewer, { reviewId: withdrawal.id, decision: "REJECTED", comment: "Not retracted." });
    expect(await resolveReanchor(editor, item.id, { action: "confirm" })).toBe("in-revision");
    const rows = await db().quote.findMany({ where: { claimId: claim.id }, orderBy: { createdAt: "asc" } });
    expect(rows.map((q) => [q.exact, q.pendingChange])).toEqual([
      ["40 fighters were killed in Baaj", "REMOVE"],
      ["1,000 fighters remain in the desert", "NONE"],
      ["would continue for weeks", "NONE"],
      ["40 fighters were reported killed in Baaj", "ADD"],
    ]);
  });
});
