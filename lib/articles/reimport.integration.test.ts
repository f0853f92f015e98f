import { beforeAll, describe, expect, it } from "vitest";
import { makeArticle, makeClaim, makeStaff, publishClaim } from "../../test/factories";
import type { Actor } from "../auth/actor";
import { addQuote } from "../claims/mutations";
import { db } from "../db/client";
import { AppError } from "../errors";
import { stageImport } from "./import/mutations";
import { reimportStagedImport } from "./mutations";
import { findNewerVersionTarget, getPublicArticle } from "./queries";

/** A staged import of a newer copy of an article becomes its next version (or a revision), in one step. */
let editor: Actor;
let reviewer: Actor;

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => "resolved",
    (e: unknown) => (e instanceof AppError ? `${e.code}: ${e.message}` : e),
  );

const PARAGRAPHS = [
  "The army said 40 fighters were killed in Baaj on Monday.",
  "Officials estimated that 1,000 fighters remain in the desert.",
  "A spokesman said the operation would continue for weeks.",
];
const BODY = PARAGRAPHS.join("\n\n");
/** A newer copy, different for each article (so that no staged import is a duplicate of another's version). */
const newerOf = (n: number) => [
  "Correction: an earlier version misstated the day.",
  ...PARAGRAPHS,
  `Updated at 18:${n}.`,
];

let counter = 0;
async function quotedArticle() {
  const article = await makeArticle(editor, BODY);
  const url = `https://news.example/2020/baaj-${++counter}`;
  await db().article.update({ where: { id: article.id }, data: { url } });
  const claim = await makeClaim(editor);
  const quotes = [];
  for (const exact of ["40 fighters were killed in Baaj", "1,000 fighters remain in the desert"]) {
    quotes.push(await addQuote(editor, claim.id, { articleId: article.id, exact }));
  }
  return { article, url, claim, quotes, newer: newerOf(counter) };
}

/** An HTML copy of the newer text, as pasted from the outlet's page: its URL in og:url. */
async function stageNewer(url: string, headline: string, paragraphs: string[]) {
  const html = `<!doctype html><html><head><title>${headline}</title><meta property="og:url" content="${url}/"></head><body><article><h1>${headline}</h1>${paragraphs
    .map((p) => `<p>${p}</p>`)
    .join("")}</article></body></html>`;
  const staged = await stageImport(editor, { fileName: "newer.html", text: html });
  if (staged.status !== "staged") throw new Error(`expected a staged import, got ${staged.status}`);
  const row = await db().articleImport.findUniqueOrThrow({ where: { id: staged.importId } });
  return { importId: staged.importId, blocks: row.blocks, suggestions: row.suggestions as { url: string | null } };
}

/** The trim that keeps exactly the article's paragraphs (not the headline the page repeats). */
function trimOf(blocks: string[], paragraphs: string[]) {
  const start = blocks.indexOf(paragraphs[0]);
  const end = blocks.indexOf(paragraphs[paragraphs.length - 1]);
  expect([start, end].every((i) => i >= 0)).toBe(true);
  return { start, end, remove: [] };
}

const quoteVersion = async (id: string) =>
  (await db().quote.findUniqueOrThrow({ where: { id }, include: { articleVersion: true } })).articleVersion.number;

beforeAll(async () => {
  editor = await makeStaff("EDITOR");
  reviewer = await makeStaff("REVIEWER");
});

describe("re-importing a staged newer copy of an internal article", () => {
  it("finds the article by URL, makes version 2 with every quote re-anchored, and removes the staged import", async () => {
    const { article, url, quotes, newer } = await quotedArticle();
    const staged = await stageNewer(url, "Some other title", newer);
    const target = await findNewerVersionTarget(editor, { url: staged.suggestions.url, headline: "Some other title" });
    expect(target).toEqual({
      id: article.id,
      headline: article.headline,
      number: 1,
      isPublic: false,
      matchedBy: "url",
    });

    const result = await reimportStagedImport(editor, {
      importId: staged.importId,
      articleId: article.id,
      expectedNumber: 1,
      ...trimOf(staged.blocks, newer),
    });
    expect(result).toEqual({ kind: "version", number: 2, summary: { same: 0, moved: 2, fuzzy: 0, orphaned: 0 } });
    const v2 = await db().articleVersion.findFirstOrThrow({ where: { articleId: article.id, number: 2 } });
    expect(v2.body).toBe(newer.join("\n\n"));
    expect(v2.rawText).toContain("og:url");
    expect(await Promise.all(quotes.map((q) => quoteVersion(q.id)))).toEqual([2, 2]);
    expect(await db().articleImport.count({ where: { id: staged.importId } })).toBe(0);
    // The same import cannot be used twice.
    expect(
      await failure(
        reimportStagedImport(editor, {
          importId: staged.importId,
          articleId: article.id,
          ...trimOf(staged.blocks, newer),
        }),
      ),
    ).toBe("NOT_FOUND: That import was already confirmed or discarded.");
  });

  it("finds the article by its normalized headline when there is no URL", async () => {
    const { article } = await quotedArticle();
    const spaced = `  ${article.headline.toUpperCase().replace(" ", "   ")} `;
    expect(await findNewerVersionTarget(editor, { url: null, headline: spaced })).toMatchObject({
      id: article.id,
      matchedBy: "headline",
    });
    expect(
      await findNewerVersionTarget(editor, { url: "https://elsewhere.example/x", headline: "No such headline" }),
    ).toBe(null);
  });

  it("refuses the same text or a stale version and keeps the staged import", async () => {
    const { article, url } = await quotedArticle();
    const same = await stageNewer(url, "Same", PARAGRAPHS.concat("Only one more line."));
    const sameTrim = { start: same.blocks.indexOf(PARAGRAPHS[0]), end: same.blocks.indexOf(PARAGRAPHS[2]), remove: [] };
    expect(
      await failure(reimportStagedImport(editor, { importId: same.importId, articleId: article.id, ...sameTrim })),
    ).toBe("VALIDATION: Nothing changed.");
    expect(
      await failure(
        reimportStagedImport(editor, {
          importId: same.importId,
          articleId: article.id,
          expectedNumber: 3,
          ...trimOf(same.blocks, PARAGRAPHS.concat("Only one more line.")),
        }),
      ),
    ).toMatch(/^STALE: The article has a newer version \(1\)/);
    expect(
      await failure(
        reimportStagedImport(editor, { importId: same.importId, articleId: article.id, start: 5, end: 1, remove: [] }),
      ),
    ).toMatch(/^VALIDATION/);
    expect(await db().articleImport.count({ where: { id: same.importId } })).toBe(1);
    expect(await db().articleVersion.count({ where: { articleId: article.id } })).toBe(1);
  });
});

describe("re-importing a staged newer copy of a public article", () => {
  it("makes a pending revision, leaves the public text unchanged, and refuses a second one", async () => {
    const { article, url, claim, newer } = await quotedArticle();
    await publishClaim(claim.id, editor, reviewer);
    const staged = await stageNewer(url, "Public", newer);
    expect(await findNewerVersionTarget(editor, { url: staged.suggestions.url, headline: null })).toMatchObject({
      id: article.id,
      isPublic: true,
    });
    const result = await reimportStagedImport(editor, {
      importId: staged.importId,
      articleId: article.id,
      expectedNumber: 1,
      ...trimOf(staged.blocks, newer),
    });
    expect(result.kind).toBe("revision");
    const revision = await db().articleRevision.findFirstOrThrow({ where: { articleId: article.id } });
    expect([revision.state, revision.body, revision.proposerId]).toEqual(["PENDING", newer.join("\n\n"), editor.id]);
    expect(await db().articleImport.count({ where: { id: staged.importId } })).toBe(0);
    const shown = await getPublicArticle(article.id);
    expect([shown.version.number, shown.version.body]).toEqual([1, BODY]);

    const again = await stageNewer(url, "Public again", newer.concat("Updated again."));
    expect(
      await failure(
        reimportStagedImport(editor, {
          importId: again.importId,
          articleId: article.id,
          ...trimOf(again.blocks, newer.concat("Updated again.")),
        }),
      ),
    ).toBe("CONFLICT: This article already has a revision waiting for review; it must be decided first.");
    expect(await db().articleImport.count({ where: { id: again.importId } })).toBe(1);
  });
});
