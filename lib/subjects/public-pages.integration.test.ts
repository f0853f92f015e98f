import { beforeAll, describe, expect, it } from "vitest";
import { countingStatements } from "../../test/statements";
import { makeArticle, makeStaff, publishClaim } from "../../test/factories";
import type { Actor } from "../auth/actor";
import { publicPathsOf } from "../cache/expire";
import { createClaim, addQuote } from "../claims/mutations";
import { claimPath } from "../claims/paths";
import { TIMELINE_PAGE_SIZE } from "../claims/timeline";
import { AppError } from "../errors";
import { getPublicOutlet } from "../outlets/queries";
import { getPublicPerson } from "../people/queries";
import { FIGURES_PER_MEASURE, getPublicSubject, listPublicSubjects } from "./queries";

/**
 * The subject, person and outlet pages' data: only public data, 404 for anything else, keyset
 * pages without gaps, and a constant, small number of SQL statements however much there is.
 */
let editor: Actor;
let reviewer: Actor;
const figures = { approx: "", range: "", draft: "" };
let outletSlug = "";
let quietOutletSlug = "";

const countStatements = countingStatements();

async function notFoundCode(run: () => Promise<unknown>) {
  const error = await run().catch((e: unknown) => e);
  return error instanceof AppError ? error.code : error;
}

const fighters = (q: Record<string, unknown>) => ({
  unit: "fighters",
  newMeasureName: "Chart fighters",
  approximate: false,
  ...q,
});

beforeAll(async () => {
  editor = await makeStaff("EDITOR");
  reviewer = await makeStaff("REVIEWER");
  const article = await makeArticle(
    editor,
    "First about 1,000 fighters.\n\nThen 3,500 to 4,000 combatants.\n\nA secret.",
  );
  const quiet = await makeArticle(editor, "Only a draft quotes this article.");
  outletSlug = (await getOutletSlug(article.id))!;
  quietOutletSlug = (await getOutletSlug(quiet.id))!;
  const approx = await createClaim(editor, {
    statement: "Chart analyst put it at about 1,000 fighters",
    newSubjectName: "Chart subject",
    newSpeaker: { name: "Chart Analyst", kind: "PERSON" },
    stated: { text: "2019-07" },
    quantity: fighters({ value: 1000, approximate: true, asOf: { text: "2019-07" }, scopePlace: "the desert" }),
  });
  const range = await createClaim(editor, {
    statement: "Chart analyst put it at 3,500 to 4,000 fighters",
    newSubjectName: "Chart subject",
    newSpeaker: { name: "Chart Analyst", kind: "PERSON" },
    stated: { text: "2020-03-22" },
    quantity: fighters({ low: 3500, high: 4000, asOf: { text: "2020-03-22" }, scopePlace: "11 sectors" }),
  });
  const draft = await createClaim(editor, {
    statement: "A draft figure of 9,999 fighters",
    newSubjectName: "Chart subject",
    newSpeaker: { name: "Chart Analyst", kind: "PERSON" },
    quantity: fighters({ value: 9999, asOf: { text: "2021" } }),
  });
  await addQuote(editor, approx.id, { articleId: article.id, exact: "about 1,000 fighters" });
  await addQuote(editor, range.id, { articleId: article.id, exact: "3,500 to 4,000 combatants" });
  await addQuote(editor, draft.id, { articleId: article.id, exact: "A secret." });
  await addQuote(editor, draft.id, { articleId: quiet.id, exact: "Only a draft quotes this article." });
  await publishClaim(approx.id, editor, reviewer);
  await publishClaim(range.id, editor, reviewer);
  Object.assign(figures, { approx: approx.id, range: range.id, draft: draft.id });
  // A draft-only person and subject: nothing public about them.
  await createClaim(editor, {
    statement: "Nobody may read this",
    newSubjectName: "Draft subject",
    newSpeaker: { name: "Draft Person", kind: "PERSON" },
  });
});

async function getOutletSlug(articleId: string) {
  const { db } = await import("../db/client");
  return (await db().article.findUnique({ where: { id: articleId }, select: { outlet: { select: { slug: true } } } }))
    ?.outlet?.slug;
}

describe("the subject page", () => {
  it("charts each measure's public figures, oldest first, with speaker, outlet and scope", async () => {
    const subject = await getPublicSubject("chart-subject");
    expect(subject.measures).toHaveLength(1);
    const [measure] = subject.measures;
    expect(measure).toMatchObject({ name: "Chart fighters", unit: "fighters", figureCount: 2 });
    expect(measure.figures.map((f) => f.claim.id)).toEqual([figures.approx, figures.range]);
    expect(measure.figures[0]).toMatchObject({
      value: 1000,
      approximate: true,
      scopePlace: "the desert",
      speaker: { name: "Chart Analyst", slug: "chart-analyst" },
    });
    expect(measure.figures[1]).toMatchObject({ low: 3500, high: 4000, scopePlace: "11 sectors" });
    expect(measure.figures[1].outlets).toHaveLength(1);
    expect(subject.claims.items.map((c) => c.id)).toEqual([figures.range, figures.approx]);
    expect(JSON.stringify(subject)).not.toContain("9999");
    expect(JSON.stringify(subject)).not.toContain(figures.draft);
  });

  it("is not found for an unknown slug or a subject with only drafts", async () => {
    expect(await notFoundCode(() => getPublicSubject("no-such-subject"))).toBe("NOT_FOUND");
    expect(await notFoundCode(() => getPublicSubject("draft-subject"))).toBe("NOT_FOUND");
    expect(await notFoundCode(() => getPublicSubject("chart-subject", figures.draft))).toBe("NOT_FOUND");
  });
});

describe("the subjects index", () => {
  it("lists subjects with published claims only, with their counts, in one statement", async () => {
    let page: Awaited<ReturnType<typeof listPublicSubjects>> | undefined;
    const n = await countStatements(async () => (page = await listPublicSubjects()));
    expect(n).toBe(1);
    const slugs = page!.items.map((s) => s.slug);
    expect(slugs).toContain("chart-subject");
    expect(slugs).not.toContain("draft-subject");
    expect(page!.items.find((s) => s.slug === "chart-subject")?.claimCount).toBe(2);
    expect((await listPublicSubjects("chart-subject")).items.map((s) => s.slug)).not.toContain("chart-subject");
  });
});

describe("the person page", () => {
  it("lists what they claimed, newest first, and only published claims", async () => {
    const person = await getPublicPerson("chart-analyst");
    expect(person).toMatchObject({ name: "Chart Analyst", claimCount: 2 });
    expect(person.claims.items.map((c) => c.id)).toEqual([figures.range, figures.approx]);
    expect(person.claims.next).toBeNull();
    expect(await notFoundCode(() => getPublicPerson("draft-person"))).toBe("NOT_FOUND");
    expect(await notFoundCode(() => getPublicPerson("nobody-at-all"))).toBe("NOT_FOUND");
  });
});

describe("the outlet page", () => {
  it("lists its public articles with the published claims found in them", async () => {
    const outlet = await getPublicOutlet(outletSlug);
    expect(outlet.articleCount).toBe(1);
    expect(outlet.articles[0].claims.map((c) => c.id).sort()).toEqual([figures.approx, figures.range].sort());
    expect(JSON.stringify(outlet)).not.toContain(figures.draft);
    expect(await notFoundCode(() => getPublicOutlet(quietOutletSlug))).toBe("NOT_FOUND");
  });
});

describe("statements per page", () => {
  it("stay the same and at most 5 however many claims a page has, and keyset pages have no gaps", async () => {
    const few = {
      subject: await countStatements(() => getPublicSubject("chart-subject")),
      person: await countStatements(() => getPublicPerson("chart-analyst")),
      outlet: await countStatements(() => getPublicOutlet(outletSlug)),
    };
    // Many more claims, figures and quotes for the same subject, person and outlet.
    const many = TIMELINE_PAGE_SIZE * 2 + 5;
    const body = Array.from({ length: many }, (_, i) => `Sentence number ${i} here.`).join("\n\n");
    const article = await makeArticle(editor, body);
    const ids: string[] = [];
    for (let i = 0; i < many; i++) {
      const claim = await createClaim(editor, {
        statement: `Bulk claim ${i}`,
        newSubjectName: "Chart subject",
        newSpeaker: { name: "Chart Analyst", kind: "PERSON" },
        stated: { text: `2015-01-${String((i % 28) + 1).padStart(2, "0")}` },
        quantity: fighters({ value: 100 + i, asOf: { text: "2015" } }),
      });
      await addQuote(editor, claim.id, { articleId: article.id, exact: `Sentence number ${i} here.` });
      await publishClaim(claim.id, editor, reviewer);
      ids.push(claim.id);
    }
    const manyCounts = {
      subject: await countStatements(() => getPublicSubject("chart-subject")),
      person: await countStatements(() => getPublicPerson("chart-analyst")),
    };
    expect(manyCounts).toEqual({ subject: few.subject, person: few.person });
    // The chart holds the most recent figures only, and says how many there are in all.
    const [measure] = (await getPublicSubject("chart-subject")).measures;
    expect(measure.figureCount).toBe(many + 2);
    expect(measure.figures).toHaveLength(FIGURES_PER_MEASURE);
    expect(measure.figures.slice(-2).map((f) => f.claim.id)).toEqual([figures.approx, figures.range]);
    for (const n of [...Object.values(few), ...Object.values(manyCounts)]) {
      expect(n).toBeGreaterThan(0);
      expect(n).toBeLessThanOrEqual(5);
    }
    console.info(`[statements] subject ${few.subject}, person ${few.person}, outlet ${few.outlet}`);

    // Every claim exactly once across the keyset pages, and an earlier page costs the same.
    const seen: string[] = [];
    let cursor: string | undefined;
    let pageStatements = 0;
    do {
      const page: Awaited<ReturnType<typeof getPublicPerson>> = await getPublicPerson("chart-analyst", cursor);
      pageStatements = await countStatements(() => getPublicPerson("chart-analyst", cursor));
      expect(pageStatements).toBeGreaterThan(0);
      expect(pageStatements).toBeLessThanOrEqual(5);
      seen.push(...page.claims.items.map((c) => c.id));
      cursor = page.claims.next ?? undefined;
    } while (cursor);
    expect(seen).toHaveLength(many + 2);
    expect(new Set(seen).size).toBe(many + 2);

    const bulkOutlet = (await getOutletSlug(article.id))!;
    const outlet = await getPublicOutlet(bulkOutlet);
    expect(outlet.articles[0].more).toBe(true);
    expect(await countStatements(() => getPublicOutlet(bulkOutlet))).toBe(few.outlet);
  }, 300_000);
});

describe("what a decision expires", () => {
  it("names the claim at its slugged URL, its subject, speaker, outlets, articles and same-measure claims", async () => {
    const paths = await publicPathsOf(figures.range);
    expect(paths).toContain(
      claimPath({ id: figures.range, statement: "Chart analyst put it at 3,500 to 4,000 fighters" }),
    );
    expect(paths).toContain(
      claimPath({ id: figures.approx, statement: "Chart analyst put it at about 1,000 fighters" }),
    );
    expect(paths).toEqual(
      expect.arrayContaining([
        "/",
        "/claims",
        "/subjects/chart-subject",
        "/people/chart-analyst",
        `/outlets/${outletSlug}`,
      ]),
    );
    expect(paths.some((p) => p.startsWith("/articles/"))).toBe(true);
    expect(new Set(paths).size).toBe(paths.length);
  });
});
