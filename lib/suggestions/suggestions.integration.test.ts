import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { sampleData } from "../../prisma/sample-data/manifest";
import { makeStaff } from "../../test/factories";
import type { Actor } from "../auth/actor";
import { getPendingImport } from "../articles/import/queries";
import { confirmImport, stageImport } from "../articles/import/mutations";
import { confirmImportSchema } from "../articles/schemas";
import { trimFromRules } from "../articles/trim";
import { linkClaims, createClaim } from "../claims/mutations";
import { claimFormSchema, selectionSchema } from "../claims/schemas";
import { db } from "../db/client";
import { AppError } from "../errors";
import { dismissClaimSuggestion, dismissLinkSuggestion } from "./mutations";
import { suggestLinks } from "./links";
import { claimPrefillFromParams, describeFigure } from "./prefill";
import { type ArticleSuggestion, getArticleSuggestions } from "./queries";

let editor: Actor;

/** Imports a raw sample file the way an editor does: staged, trimmed as the sample data says, confirmed. */
async function importSample(key: string): Promise<string> {
  const article = sampleData.articles.find((a) => a.key === key)!;
  const text = readFileSync(new URL(`../../prisma/sample-data/articles/${article.file}`, import.meta.url), "utf8");
  const staged = await stageImport(editor, { fileName: article.file, text });
  if (staged.status !== "staged") throw new Error(`expected a staged import, got ${staged.status}`);
  const pending = await getPendingImport(editor, staged.importId);
  const trim = trimFromRules(pending.blocks, article.cleaning);
  const s = pending.suggestions;
  const result = await confirmImport(
    editor,
    confirmImportSchema.parse({
      importId: staged.importId,
      ...trim,
      remove: trim.remove.map(String),
      headline: s.headline?.value ?? "Untitled",
      authors: s.authors?.value.join(", ") ?? "",
      outlet: s.outlet?.value ?? "",
      outletInferred: s.outlet?.inferred ? "on" : undefined,
      // The editor confirms the date the sample data gives, at its precision (02 prints no year).
      published: article.published.on.slice(0, { DAY: 10, MONTH: 7, YEAR: 4 }[article.published.precision]),
      publishedInferred: article.published.inferred ? "on" : undefined,
      language: s.language.value.language,
      direction: s.language.value.direction,
    }),
  );
  if (result.status !== "imported") throw new Error(`expected an import, got ${result.status}`);
  return result.articleId;
}

/** What the editor does after clicking "Accept": the pre-filled editor, plus a subject and a measure, saved. */
async function accept(suggestion: ArticleSuggestion, fields: Record<string, string>) {
  const params = Object.fromEntries(new URL(suggestion.acceptHref, "http://desk").searchParams);
  const selection = selectionSchema.parse({ articleVersionId: params.version, start: params.start, end: params.end });
  const input = claimFormSchema.parse({ ...claimPrefillFromParams(params), ...fields });
  return createClaim(editor, input, selection);
}

const line = (s: ArticleSuggestion) =>
  [
    s.sentence.split(" ").slice(0, 6).join(" "),
    s.figure ? describeFigure(s.figure) : "-",
    s.attribution?.speaker?.name ?? "-",
  ].join(" | ");

let article02: string;
let article03: string;

beforeAll(async () => {
  editor = await makeStaff("EDITOR");
  article02 = await importSample("02");
  article03 = await importSample("03");
});

describe("claim suggestions for an imported article", () => {
  it("sample article 03: its figures and named speakers, anchored to their sentences", async () => {
    const { suggestions, version } = await getArticleSuggestions(editor, article03);
    expect(suggestions.map(line)).toEqual([
      "In late 2017, Iraq announced the | about 3 years | -",
      "Iraqi forces were able to put | 3 years | -",
      "Matching those concerns, last year, the | 8 operations | -",
      "“ISIS has a well-rounded structure that | - | Hisham al-Hashemi",
      "The expert added that ISIS had | - | Hisham al-Hashemi",
      "ISIS, according to al-Hashemi, has an | 3,500–4,000 combatants | al-Hashemi",
      "ISIS, according to al-Hashemi, has an | about 11 sectors | al-Hashemi",
      "“ISIS is trying to re-market itself | - | Fadel Abu Ragheef",
      "Abu Ragheef added that ISIS now | - | Abu Ragheef",
    ]);
    const body = (await db().articleVersion.findUniqueOrThrow({ where: { id: version.id } })).body;
    for (const s of suggestions) expect(body.slice(s.start, s.end)).toBe(s.sentence);
  });

  it("nothing is recorded by suggesting: no claim exists until one is saved", async () => {
    await getArticleSuggestions(editor, article03);
    expect(await db().claim.count()).toBe(0);
  });

  it("importing 03 after 02 suggests the 3,500–4,000 figure as an update of the 1,000 figure", async () => {
    const fighters02 = (await getArticleSuggestions(editor, article02)).suggestions.find(
      (s) => s.figure?.value === 1000,
    )!;
    expect(describeFigure(fighters02.figure!)).toBe("about 1,000 fighters");
    const earlier = await accept(fighters02, {
      statement: "ISIS had about 1,000 fighters in the desert around Baaj, Rawah and Tharthar.",
      newSubjectName: "ISIS strength in Iraq",
      measure: "ISIS fighters in Iraq",
    });
    const subjectId = (await db().claim.findUniqueOrThrow({ where: { id: earlier.id } })).subjectId;

    const range03 = (await getArticleSuggestions(editor, article03)).suggestions.find((s) => s.figure?.low === 3500)!;
    const later = await accept(range03, { subjectId, measure: "ISIS fighters in Iraq" });
    // "al-Hashemi" is the person the first claim named: the editor is offered him, not a new speaker.
    const speakers = await db().claim.findMany({
      where: { id: { in: [earlier.id, later.id] } },
      select: { speakerId: true },
    });
    expect(new Set(speakers.map((c) => c.speakerId)).size).toBe(1);
    expect(await db().person.findFirst({ where: { id: speakers[0]!.speakerId! } })).toMatchObject({
      name: "Hisham al-Hashemi",
      description: "security analyst",
    });
    const saved = await db().claimQuantity.findUniqueOrThrow({ where: { claimId: later.id } });
    expect(saved).toMatchObject({ low: 3500, high: 4000, value: null, unit: "combatants", approximate: false });

    const fromLater = await suggestLinks(editor, later.id);
    expect(fromLater).toEqual([
      expect.objectContaining({
        other: expect.objectContaining({ id: earlier.id }),
        type: "UPDATES",
        direction: "from",
      }),
    ]);
    expect(fromLater[0]!.reason).toMatch(/do not overlap and are 9 months apart/);
    // Seen from the older claim: the newer one updates it.
    expect(await suggestLinks(editor, earlier.id)).toEqual([
      expect.objectContaining({ other: expect.objectContaining({ id: later.id }), type: "UPDATES", direction: "to" }),
    ]);

    // Once linked, it is no longer suggested.
    await linkClaims(editor, { fromClaimId: later.id, toClaimId: earlier.id, type: "UPDATES" });
    expect(await suggestLinks(editor, later.id)).toEqual([]);
  });

  it("an accepted suggestion's sentence is quoted, so it is not suggested again", async () => {
    const { suggestions, quotedCount } = await getArticleSuggestions(editor, article02);
    expect(quotedCount).toBe(1);
    expect(suggestions.some((s) => s.figure?.value === 1000)).toBe(false);
  });
});

describe("dismissals", () => {
  it("a dismissed claim suggestion does not come back, and dismissing twice is harmless", async () => {
    const before = await getArticleSuggestions(editor, article03);
    const eight = before.suggestions.find((s) => s.figure?.value === 8)!;
    await dismissClaimSuggestion(editor, { articleId: article03, key: eight.key });
    await dismissClaimSuggestion(editor, { articleId: article03, key: eight.key });
    const after = await getArticleSuggestions(editor, article03);
    expect(after.suggestions.map((s) => s.key)).not.toContain(eight.key);
    expect(after.suggestions).toHaveLength(before.suggestions.length - 1);
    expect(after.dismissedCount).toBe(before.dismissedCount + 1);
    expect(await db().claimSuggestionDismissal.count({ where: { articleId: article03 } })).toBe(1);
  });

  it("a dismissed link suggestion does not come back on that claim's page", async () => {
    const subject = { newSubjectName: "Operations against ISIS" };
    const one = await createClaim(editor, {
      statement: "Iraq launched eight major military operations called Will to Victory in 2019.",
      ...subject,
    });
    const subjectId = (await db().claim.findUniqueOrThrow({ where: { id: one.id } })).subjectId;
    const two = await createClaim(editor, {
      statement: "Iraq launched eight military operations called Will to Victory in 2019.",
      subjectId,
    });
    expect((await suggestLinks(editor, one.id)).map((s) => [s.other.id, s.type])).toEqual([[two.id, "CORROBORATES"]]);
    await dismissLinkSuggestion(editor, { claimId: one.id, otherClaimId: two.id });
    expect(await suggestLinks(editor, one.id)).toEqual([]);
    // Only on the page it was dismissed on.
    expect((await suggestLinks(editor, two.id)).map((s) => s.other.id)).toEqual([one.id]);
  });

  it("dismissing on an article that does not exist is not found", async () => {
    await expect(dismissClaimSuggestion(editor, { articleId: "nope", key: "k" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("only staff see suggestions", () => {
  it("refuses a caller who is not signed in", async () => {
    const anonymous = null as unknown as Actor;
    for (const attempt of [
      getArticleSuggestions(anonymous, article03),
      suggestLinks(anonymous, "any"),
      dismissClaimSuggestion(anonymous, { articleId: article03, key: "k" }),
      dismissLinkSuggestion(anonymous, { claimId: "a", otherClaimId: "b" }),
    ]) {
      await expect(attempt).rejects.toBeInstanceOf(AppError);
      await expect(attempt).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    }
  });
});
