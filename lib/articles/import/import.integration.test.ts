import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { sampleData } from "../../../prisma/sample-data/manifest";
import { makeStaff } from "../../../test/factories";
import { anchorQuote } from "../../anchoring/selectors";
import type { Actor } from "../../auth/actor";
import { db } from "../../db/client";
import { AppError } from "../../errors";
import { confirmImportSchema } from "../schemas";
import { trimFromRules } from "../trim";
import { confirmImport, discardImport, stageImport } from "./mutations";
import { getPendingImport } from "./queries";

const raw = (file: string) =>
  readFileSync(new URL(`../../../prisma/sample-data/articles/${file}`, import.meta.url), "utf8");

let editor: Actor;

/** The confirmation form's fields for a staged import: its suggestions, as an editor accepts them. */
async function acceptSuggestions(importId: string, trim: { start: number; end: number; remove: number[] }) {
  const staged = await getPendingImport(editor, importId);
  const s = staged.suggestions;
  return confirmImportSchema.parse({
    importId,
    ...trim,
    remove: trim.remove.map(String),
    headline: s.headline?.value ?? "Untitled",
    authors: s.authors?.value.join(", ") ?? "",
    authorsInferred: s.authors?.inferred ? "on" : undefined,
    outlet: s.outlet?.value ?? "",
    outletInferred: s.outlet?.inferred ? "on" : undefined,
    published: s.published?.value.on ?? "",
    language: s.language.value.language,
    direction: s.language.value.direction,
    languageInferred: s.language.inferred ? "on" : undefined,
  });
}

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "resolved",
    (e: unknown) => (e instanceof AppError ? `${e.code}: ${e.message}` : e),
  );

beforeAll(async () => {
  editor = await makeStaff("EDITOR");
});

describe("importing the five raw sample files and trimming them", () => {
  const imported = new Map<string, string>();

  it.each(sampleData.articles.map((a) => [a.file, a] as const))(
    "%s: every sample quote anchors in the trimmed body, and the raw text is kept",
    async (file, article) => {
      const staged = await stageImport(editor, { fileName: file, text: raw(file) });
      if (staged.status !== "staged") throw new Error(`expected a staged import, got ${staged.status}`);
      const { blocks } = await getPendingImport(editor, staged.importId);
      // The trim steps the editor applies: the sample data's start, end and removed paragraphs.
      const trim = trimFromRules(blocks, article.cleaning);
      const result = await confirmImport(editor, await acceptSuggestions(staged.importId, trim));
      if (result.status !== "imported") throw new Error(`expected an import, got ${result.status}`);
      imported.set(article.key, result.articleId);

      const version = await db().articleVersion.findFirstOrThrow({
        where: { articleId: result.articleId },
        select: { body: true, rawText: true, trim: true, number: true },
      });
      expect(version.number).toBe(1);
      expect(version.rawText).toBe(raw(file));
      expect(version.trim).toEqual(trim);
      const quotes = sampleData.claims.flatMap((c) => c.quotes).filter((q) => q.article === article.key);
      expect(quotes.length).toBeGreaterThan(0);
      for (const quote of quotes) {
        const anchor = anchorQuote(version.body, quote);
        expect(version.body.slice(anchor.start, anchor.end)).toBe(quote.exact);
      }
      expect(await db().articleImport.count({ where: { id: staged.importId } })).toBe(0);
    },
  );

  it("stores the suggested metadata with its inferred flags, never as certain", async () => {
    const mef = await db().article.findUniqueOrThrow({
      where: { id: imported.get("01") },
      select: { authors: true, authorsInferred: true, outlet: { select: { name: true } }, outletInferred: true },
    });
    expect(mef).toEqual({
      authors: ["Seth Frantzman"],
      authorsInferred: true,
      outlet: { name: "Middle East Forum" },
      outletInferred: true,
    });
    const asharq = await db().article.findUniqueOrThrow({
      where: { id: imported.get("03") },
      select: { publishedOn: true, publishedPrecision: true, publishedInferred: true, outletInferred: true },
    });
    expect(asharq).toEqual({
      publishedOn: new Date("2020-03-22"),
      publishedPrecision: "DAY",
      publishedInferred: false,
      outletInferred: false,
    });
    const noDate = await db().article.findUniqueOrThrow({
      where: { id: imported.get("02") },
      select: { publishedOn: true, outletId: true, languageInferred: true },
    });
    expect(noDate).toEqual({ publishedOn: null, outletId: null, languageInferred: true });
  });

  it("offers the existing article when the same file, or a CRLF copy of it, is imported again", async () => {
    const again = await stageImport(editor, { fileName: "again.txt", text: raw(sampleData.articles[2].file) });
    expect(again).toEqual({
      status: "duplicate",
      of: { kind: "article", id: imported.get("03"), headline: "Exclusive: ISIS in Iraq… A Growing Threat" },
    });
    const crlf = raw(sampleData.articles[3].file).replace(/\n/g, "\r\n");
    expect(await stageImport(editor, { fileName: "crlf.txt", text: crlf })).toMatchObject({
      status: "duplicate",
      of: { kind: "article", id: imported.get("04") },
    });
  });

  it("offers the existing article when its trimmed body is pasted", async () => {
    const body = (await db().articleVersion.findFirstOrThrow({ where: { articleId: imported.get("05") } })).body;
    expect(await stageImport(editor, { fileName: null, text: body })).toMatchObject({
      status: "duplicate",
      of: { kind: "article", id: imported.get("05") },
    });
  });
});

describe("duplicates among waiting imports", () => {
  it("offers the waiting import, and does not stage the same text twice even at once", async () => {
    const text = "A fresh headline for a test\n\nFirst paragraph of a fresh article.\n\nSecond paragraph.";
    const results = await Promise.all([1, 2, 3].map(() => stageImport(editor, { fileName: "fresh.txt", text })));
    const staged = results.filter((r) => r.status === "staged");
    expect(staged).toHaveLength(1);
    expect(results.filter((r) => r.status === "duplicate").map((r) => r.status === "duplicate" && r.of.kind)).toEqual([
      "import",
      "import",
    ]);
    if (staged[0].status !== "staged") throw new Error("unreachable");
    await discardImport(editor, staged[0].importId);
    expect((await stageImport(editor, { fileName: "fresh.txt", text })).status).toBe("staged");
  });
});

describe("refusals", () => {
  it("refuses empty text and a page without text, writing nothing", async () => {
    const before = await db().articleImport.count();
    expect(await codeOf(stageImport(editor, { fileName: "empty.txt", text: " \n\n\t" }))).toBe(
      "VALIDATION: “empty.txt” is empty.",
    );
    expect(
      await codeOf(
        stageImport(editor, { fileName: "page.html", text: "<html><body><script>x()</script></body></html>" }),
      ),
    ).toBe("VALIDATION: “page.html” has no article text in it.");
    expect(await db().articleImport.count()).toBe(before);
  });

  it("refuses a trim that keeps nothing, keeping the import and making no article", async () => {
    const staged = await stageImport(editor, { fileName: "t.txt", text: "Head of a trim test\n\nOne.\n\nTwo." });
    if (staged.status !== "staged") throw new Error("expected staged");
    const articles = await db().article.count();
    const input = await acceptSuggestions(staged.importId, { start: 1, end: 1, remove: [] });
    expect(await codeOf(confirmImport(editor, { ...input, remove: [1] }))).toBe(
      "VALIDATION: Keep at least one paragraph.",
    );
    expect(await db().article.count()).toBe(articles);
    expect(await db().articleImport.count({ where: { id: staged.importId } })).toBe(1);
  });

  it("lets only staff with the import permission stage or confirm", async () => {
    expect(await codeOf(stageImport(null as unknown as Actor, { fileName: null, text: "x" }))).toBe(
      "UNAUTHENTICATED: Sign in to do that.",
    );
  });
});
