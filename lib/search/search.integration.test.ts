import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { makeArticle, makeClaim, makeStaff, publishClaim } from "../../test/factories";
import { importArticle } from "../articles/mutations";
import type { Actor } from "../auth/actor";
import { ensureOutlet, ensurePerson, ensureSubject } from "../catalog/mutations";
import { apiClaims } from "../api/queries";
import { claimsQuery } from "../api/schemas";
import { addQuote, updateClaim } from "../claims/mutations";
import { countingStatements } from "../../test/statements";
import { db } from "../db/client";
import { publicOutlets, searchFacets } from "./facets";
import { SEARCH_LIMIT, takePageSearch, takeSearch } from "./mutations";
import { searchClaimIds, searchClaims } from "./queries";
import { claimSearchQuery, parseSearchParams } from "./schema";

/**
 * The public search on real PostgreSQL: words, phrases, partial names, Arabic inflection, each
 * filter, cursor pages while claims are published between them, and that nothing unpublished is
 * ever found. Each test file has a database of its own, so the words here are the whole corpus.
 */
const countStatements = countingStatements();
let editor: Actor;
let reviewer: Actor;
const tag = randomBytes(3).toString("hex");
const ids: Record<string, string> = {};

const search = async (params: Record<string, string>) => {
  const page = await searchClaimIds(claimSearchQuery.parse({ limit: "100", ...params }));
  return page.ids;
};

async function published(statement: string, extra: Parameters<typeof makeClaim>[1] = {}) {
  const claim = await makeClaim(editor, { statement, ...extra });
  await publishClaim(claim.id, editor, reviewer);
  return claim;
}

beforeAll(async () => {
  editor = await makeStaff("EDITOR");
  reviewer = await makeStaff("REVIEWER");
  const hashemi = await ensurePerson(editor, { slug: `hashemi-${tag}`, name: "Hisham al-Hashemi", kind: "PERSON" });
  const army = await ensurePerson(editor, { slug: `army-${tag}`, name: "Iraqi Army", kind: "ORGANIZATION" });
  const fighters = await ensureSubject(editor, { slug: `isis-${tag}`, name: "ISIS fighters in Iraq" });
  const displaced = await ensureSubject(editor, { slug: `displaced-${tag}`, name: "Displaced families" });

  ids.fighters = (
    await published("ISIS had about 1,000 fighters in the desert", {
      subjectId: fighters.id,
      speakerId: hashemi.id,
      stated: { text: "2019-07-15" },
    })
  ).id;
  ids.fighting = (
    await published("The army says fighting continued near the border", {
      subjectId: fighters.id,
      speakerId: army.id,
      stated: { text: "2020-03-22" },
    })
  ).id;
  ids.families = (
    await published("Thousands of families returned home", { subjectId: displaced.id, stated: { text: "2021-01-10" } })
  ).id;

  // An Arabic quote, in an Arabic article: "the fighters" (المقاتلين) in the text.
  const arabicOutlet = await ensureOutlet(editor, { slug: `alsumaria-${tag}`, name: "Alsumaria" });
  const arabic = await importArticle(editor, {
    headline: "تقرير",
    outletId: arabicOutlet.id,
    authors: [],
    published: { on: new Date("2020-03-22"), precision: "DAY" },
    language: "ar",
    direction: "RTL",
    rawText: "مقدمة.\n\nقال المسؤول إن المقاتلين انسحبوا من الصحراء.\n\nخاتمة.",
    cleaning: {},
  });
  const arabicClaim = await makeClaim(editor, { statement: "An official said the militants withdrew" });
  await addQuote(editor, arabicClaim.id, {
    articleId: arabic.id,
    exact: "قال المسؤول إن المقاتلين انسحبوا من الصحراء.",
  });
  await publishClaim(arabicClaim.id, editor, reviewer);
  ids.arabic = arabicClaim.id;
  ids.arabicOutlet = arabicOutlet.id;

  // Never public: an internal draft, and a published claim's pending edit and pending quote.
  await makeClaim(editor, { statement: "Secret zanzibar working notes" });
  await updateClaim(editor, ids.families, {
    statement: "Thousands of families returned to quixotic villages",
    subjectId: displaced.id,
    stated: { text: "2021-01-10" },
  });
  const pendingArticle = await makeArticle(
    editor,
    "Intro.\n\nA pending xylophone quote sits here.\n\nEnd.",
    `Pending Outlet ${tag}`,
  );
  await addQuote(editor, ids.fighting, { articleId: pendingArticle.id, exact: "A pending xylophone quote sits here." });

  ids.fightersSubject = fighters.id;
  ids.hashemi = hashemi.id;
});

describe("searching public claims", () => {
  it("finds a word in its inflected forms, and in the statement's language", async () => {
    expect(await search({ q: "fighter" })).toContain(ids.fighters);
    // "fighting" stems to "fight", as does "fighters" in no language: only the army claim.
    expect(await search({ q: "fights" })).toEqual([ids.fighting]);
  });

  it("finds a phrase only with its words in order", async () => {
    expect(await search({ q: '"1,000 fighters"' })).toEqual([ids.fighters]);
    expect(await search({ q: '"fighters 1,000"' })).toEqual([]);
  });

  it("requires every word", async () => {
    expect(await search({ q: "fighters desert" })).toEqual([ids.fighters]);
    expect(await search({ q: "fighters families" })).toEqual([]);
  });

  it("finds a partial name (a prefix, and inside a name by trigram)", async () => {
    expect(await search({ q: "Hashem" })).toEqual([ids.fighters]);
    expect(await search({ q: "ashemi" })).toEqual([ids.fighters]);
    expect(await search({ q: "Displ" })).toEqual([ids.families]);
  });

  it("finds an Arabic quote by another inflected form of its word", async () => {
    // The quote says المقاتلين; the reader types المقاتلون (another case of "the fighters").
    expect(await search({ q: "المقاتلون" })).toEqual([ids.arabic]);
    expect(await search({ q: "مقاتلين" })).toEqual([ids.arabic]);
  });

  it("never finds unpublished text: a draft claim, a pending edit, a pending quote", async () => {
    expect(await search({ q: "zanzibar" })).toEqual([]);
    expect(await search({ q: "quixotic" })).toEqual([]);
    expect(await search({ q: "xylophone" })).toEqual([]);
    // The published words of the edited claim are still found.
    expect(await search({ q: "returned home" })).toEqual([ids.families]);
  });

  it("keeps the index current when a speaker is renamed", async () => {
    await db().person.update({ where: { id: ids.hashemi }, data: { name: "Hisham al-Hashimi" } });
    expect(await search({ q: "Hashimi" })).toEqual([ids.fighters]);
    await db().person.update({ where: { id: ids.hashemi }, data: { name: "Hisham al-Hashemi" } });
  });

  it("marks the matching words, in the statement and the quote", async () => {
    const page = await searchClaims(claimSearchQuery.parse({ q: "fighters" }));
    const row = page.items.find((c) => c.id === ids.fighters)!;
    expect(row.highlight.statement.filter((s) => s.mark).map((s) => s.text)).toEqual(["fighters"]);
    expect(row.highlight.subject.filter((s) => s.mark).map((s) => s.text)).toEqual(["fighters"]);
    const arabic = await searchClaims(claimSearchQuery.parse({ q: "المقاتلون" }));
    expect(arabic.items[0].highlight.quote?.text.filter((s) => s.mark).map((s) => s.text)).toEqual(["المقاتلين"]);
    expect(arabic.items[0].highlight.quote?.outlet).toBe("Alsumaria");
  });
});

describe("the form's choices", () => {
  it("offers the outlets of public quotes only, and names the filters set", async () => {
    const facets = await searchFacets(claimSearchQuery.parse({ outlet: ids.arabicOutlet, speaker: ids.hashemi }));
    expect(facets.outlets.map((o) => o.name)).toContain("Alsumaria");
    expect(facets.outlets.map((o) => o.name)).not.toContain(`Pending Outlet ${tag}`);
    expect(facets.names).toEqual({ subject: null, speaker: "Hisham al-Hashemi", outlet: "Alsumaria" });
  });
});

describe("filters", () => {
  it("by status, subject, speaker, outlet and the date said", async () => {
    expect(await search({ status: "corroborated" })).toEqual([]);
    expect(new Set(await search({ status: "UNVERIFIED" }))).toEqual(
      new Set([ids.fighters, ids.fighting, ids.families, ids.arabic]),
    );
    expect(new Set(await search({ subject: ids.fightersSubject }))).toEqual(new Set([ids.fighters, ids.fighting]));
    expect(await search({ speaker: ids.hashemi })).toEqual([ids.fighters]);
    expect(await search({ outlet: ids.arabicOutlet })).toEqual([ids.arabic]);
    expect(await search({ from: "2020-01-01", to: "2020-12-31" })).toEqual([ids.fighting]);
    expect(await search({ q: "desert", from: "2020-01-01" })).toEqual([]);
    // The army claim matches "fighters" by its subject's name.
    expect(await search({ q: "fighters", from: "2020-01-01" })).toEqual([ids.fighting]);
    expect(await search({ q: "fighting", subject: ids.fightersSubject })).toEqual([ids.fighting]);
  });

  it("sorts newest published first without words", async () => {
    const newest = await search({});
    expect(newest.slice(0, 2)).toEqual([ids.arabic, ids.families]);
  });
});

describe("cursor pages", () => {
  for (const sort of ["newest", "relevance"] as const) {
    it(`have no gap and no repeat while claims are published between pages (${sort})`, async () => {
      const word = `pagination${sort}`;
      const before: string[] = [];
      for (let i = 0; i < 7; i++) before.push((await published(`Claim ${i} about ${word} ${"again ".repeat(i)}`)).id);
      const seen: string[] = [];
      let cursor: string | undefined;
      let previousCursor: string | null = null;
      let firstPage: string[] = [];
      for (let page = 0; page < 10; page++) {
        const result = await searchClaimIds(claimSearchQuery.parse({ q: word, sort, limit: "3", cursor }));
        if (page === 0) firstPage = result.ids;
        if (page === 1) previousCursor = result.previous;
        seen.push(...result.ids);
        // Two more claims published after every page.
        for (let k = 0; k < 2; k++) await published(`Claim ${page}-${k} later about ${word}`);
        if (!result.next) break;
        cursor = result.next;
      }
      expect(new Set(seen).size).toBe(seen.length);
      expect(new Set(seen)).toEqual(new Set(before));
      // "Previous" from the second page leads back to exactly the first.
      const back = await searchClaimIds(claimSearchQuery.parse({ q: word, sort, limit: "3", cursor: previousCursor! }));
      expect(back.ids).toEqual(firstPage);
      // Newest first, the claims published meanwhile come before it; a relevance search is frozen
      // at its first page.
      if (sort === "relevance") expect(back.previous).toBeNull();
      else expect(back.previous).not.toBeNull();
    });
  }

  it("counts up to a cap on the first page", async () => {
    const page = await searchClaimIds(claimSearchQuery.parse({ q: "fighters" }), { count: true });
    expect(page.count).toEqual({ value: 2, more: false });
  });
});

describe("exact words first, then prefixes and partial names", () => {
  it("widens only when the exact words find fewer than a page, and keeps that way on later pages", async () => {
    const first = (await published("A lantern was lit on the quay")).id;
    const second = (await published("Another lantern glowed")).id;
    const prefixOnly = (await published("The lanternfish swam deep")).id;
    for (const sort of ["relevance", "newest"]) {
      // Two exact matches fill a page of two: the prefix-only claim is not mixed in.
      expect(new Set(await search({ q: "lantern", sort, limit: "2" }))).toEqual(new Set([first, second]));
      // A page of three is not filled by them: the prefix widens it.
      expect(new Set(await search({ q: "lantern", sort, limit: "3" }))).toEqual(new Set([first, second, prefixOnly]));
      // A prefix still finds a claim when no exact word matches.
      expect(await search({ q: "lanternf", sort })).toEqual([prefixOnly]);
      // Pages of one: the first page matched exactly, and so do the later ones.
      const seen: string[] = [];
      let cursor: string | undefined;
      for (let page = 0; page < 5; page++) {
        const result = await searchClaimIds(claimSearchQuery.parse({ q: "lantern", sort, limit: "1", cursor }));
        seen.push(...result.ids);
        if (!result.next) break;
        cursor = result.next;
      }
      expect(new Set(seen)).toEqual(new Set([first, second]));
      expect(seen).toHaveLength(2);
    }
  });
});

describe("the query string", () => {
  it("reports unknown and malformed parameters by name", () => {
    const issues = (params: Record<string, string>) =>
      claimSearchQuery
        .safeParse(params)
        .error?.issues.map((i) => (i.code === "unrecognized_keys" ? i.keys[0] : i.path[0]));
    expect(issues({ colour: "red" })).toEqual(["colour"]);
    expect(issues({ status: "maybe" })).toEqual(["status"]);
    expect(issues({ from: "2020-13-01" })).toEqual(["from"]);
    expect(issues({ from: "2021-01-01", to: "2020-01-01" })).toEqual(["to"]);
    expect(issues({ sort: "relevance" })).toEqual(["sort"]);
    expect(issues({ cursor: "nonsense" })).toEqual(["cursor"]);
    expect(claimSearchQuery.parse({ status: "corroborated", q: "" })).toMatchObject({ status: "CORROBORATED" });
    expect(claimSearchQuery.parse({ q: "" }).q).toBeUndefined();
  });
});

/**
 * The issue allows at most 5 SQL statements per page. What the /claims page runs
 * (app/(public)/claims/page.tsx: the search budget, then the search and the form's choices), and
 * what GET /api/v1/claims runs (lib/api/handler.ts: the budget, then apiClaims).
 */
describe("statements per search", () => {
  const address = () => `statements-${randomBytes(4).toString("hex")}`;
  const cases: [string, Record<string, string>][] = [
    ["a word", { q: "fighters" }],
    ["a phrase", { q: '"1,000 fighters"' }],
    ["a partial name", { q: "ashemi" }],
    ["an Arabic word", { q: "المقاتلون" }],
    ["two words, newest first", { q: "fighters desert", sort: "newest" }],
    ["no match", { q: "xylophonequartet" }],
    ["every filter", { q: "fighters", status: "UNVERIFIED", from: "2019-01-01", to: "2021-12-31" }],
    ["subject and speaker", { q: "fighters" }],
    ["an outlet", { q: "المقاتلون" }],
    ["words with no letters", { q: "!!!" }],
    ["browsing without words", {}],
  ];
  let found: number[] = [];
  // The page reads the form's outlets through Next's data cache (lib/cache/data.ts), which is not
  // there outside Next: read once here, a cache hit costs the page no statement.
  let outlets: Awaited<ReturnType<typeof publicOutlets>> | undefined;
  const cachedOutlets = async () => (outlets ??= await publicOutlets());
  const pageStatements = (params: Record<string, string>) =>
    countStatements(async () => {
      const { query } = parseSearchParams(params);
      expect(await takePageSearch(query, address())).toBe(0);
      const [result] = await Promise.all([searchClaims(query), searchFacets(query, cachedOutlets)]);
      found.push(result.items.length);
    });
  const apiStatements = (params: Record<string, string>) =>
    countStatements(async () => {
      if (params.q) expect(await takeSearch(address())).toBe(0);
      await apiClaims(claimsQuery.parse(params), "http://localhost");
    });

  it("is at most 5 on the page and in the API, for every class of search and each sort", async () => {
    await cachedOutlets();
    Object.assign(cases[7][1], { subject: ids.fightersSubject, speaker: ids.hashemi });
    Object.assign(cases[8][1], { outlet: ids.arabicOutlet });
    const counts: string[] = [];
    for (const [name, params] of cases) {
      for (const sort of params.sort ? [params.sort] : params.q ? ["relevance", "newest"] : ["newest"]) {
        found = [];
        const page = await pageStatements({ ...params, sort });
        // Each class that should find something does (a count over nothing would prove little).
        if (!["no match", "words with no letters"].includes(name)) expect(found[0], name).toBeGreaterThan(0);
        const api = await apiStatements({ ...params, sort });
        counts.push(`${name} (${sort}): page ${page}, API ${api}`);
        expect(page, `${name}, ${sort}`).toBeLessThanOrEqual(5);
        expect(api, `${name}, ${sort}`).toBeLessThanOrEqual(5);
      }
    }
    console.info(`[statements] search:\n  ${counts.join("\n  ")}`);
  });

  it("is at most 5 for a next and a previous page, both sorts", async () => {
    for (const sort of ["relevance", "newest"]) {
      const first = await searchClaimIds(claimSearchQuery.parse({ q: "fighters", sort, limit: "1" }));
      expect(first.next).not.toBeNull();
      const next = await searchClaimIds(
        claimSearchQuery.parse({ q: "fighters", sort, limit: "1", cursor: first.next! }),
      );
      expect(next.ids).toHaveLength(1);
      expect(next.ids).not.toEqual(first.ids);
      for (const cursor of [first.next!, next.previous!]) {
        const params = { q: "fighters", sort, limit: "1", cursor };
        expect(await pageStatements(params)).toBeLessThanOrEqual(5);
        expect(await apiStatements(params)).toBeLessThanOrEqual(5);
      }
    }
  });
});

describe("the search budget per address", () => {
  it(`allows ${SEARCH_LIMIT.points} searches a minute, then says how long to wait`, async () => {
    const address = `budget-${randomBytes(4).toString("hex")}`;
    const words = claimSearchQuery.parse({ q: "fighters" });
    for (let i = 0; i < SEARCH_LIMIT.points; i++) expect(await takePageSearch(words, address)).toBe(0);
    const wait = await takePageSearch(words, address);
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(SEARCH_LIMIT.blockDuration);
    // Another address is not held back.
    expect(await takePageSearch(words, `${address}-other`)).toBe(0);
  });

  it("never counts plain browsing, and shares one budget between the page and the API", async () => {
    const address = `browse-${randomBytes(4).toString("hex")}`;
    const browsing = claimSearchQuery.parse({ status: "UNVERIFIED" });
    for (let i = 0; i < SEARCH_LIMIT.points + 5; i++) expect(await takePageSearch(browsing, address)).toBe(0);
    // The API's searches (lib/api/handler.ts) use the same budget as the page's.
    for (let i = 0; i < SEARCH_LIMIT.points; i++) expect(await takeSearch(address)).toBe(0);
    expect(await takePageSearch(claimSearchQuery.parse({ q: "fighters" }), address)).toBeGreaterThan(0);
    expect(await takePageSearch(browsing, address)).toBe(0);
  });
});
