import { readFileSync } from "node:fs";
import { describe, it, expect } from "vitest";

import { anchorQuote } from "../../lib/anchoring/selectors";
import { cleanArticleText } from "../../lib/articles/clean";
import { sampleData } from "./manifest";
import type { SampleArticle, SampleDate } from "./types";

const { outlets, articles, people, subjects, claims, links } = sampleData;

function readArticle(file: string): string {
  return readFileSync(new URL("./articles/" + file, import.meta.url), "utf8");
}

const bodies = new Map<string, string>(
  articles.map((article) => [article.key, cleanArticleText(readArticle(article.file), article.cleaning)]),
);

function bodyOf(key: string): string {
  const body = bodies.get(key);
  if (body === undefined) throw new Error(`No article with key "${key}".`);
  return body;
}

function articleOf(key: string): SampleArticle {
  const article = articles.find((a) => a.key === key);
  if (!article) throw new Error(`No article with key "${key}".`);
  return article;
}

function claimOf(key: string) {
  const claim = claims.find((c) => c.key === key);
  if (!claim) throw new Error(`No claim with key "${key}".`);
  return claim;
}

/** Page furniture that must not survive cleaning, per article. */
const FURNITURE: Record<string, string[]> = {
  "01": ["Writing Fellow", "See more from this Author", "See more on this Topic", "pro-Hamas", "August 16, 2024"],
  "02": ["Middle EastWar", "Mahdi orders full integration", "Related Articles", "Back to top button"],
  "03": [
    "Asharq Al-awsat English",
    "Exclusive: ISIS in Iraq",
    "Sunday, 22 March, 2020 - 09:00",
    "(Getty Images)",
    "Editor Picks",
  ],
  "04": ["Accessibility links", "Breaking News", "FILE - An Iraqi army soldier stands guard"],
  "05": [
    "Analysis |",
    "A photo of Dr. Zvi Bar'el.",
    "Send in e-mail",
    "Credit: FADEL SENNA/AFP",
    "Click the alert icon",
    "subscriber comments",
    "What if the Big Bang Never Actually Happened?",
  ],
};

const EVERYWHERE = ["Related Articles", "Back to top button", "Editor Picks", "Click the alert icon", "pro-Hamas"];

function expectValidDate(date: SampleDate | undefined, where: string) {
  if (!date) return;
  expect(date.on, where).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(Number.isNaN(Date.parse(date.on)), where).toBe(false);
  if (date.precision === "MONTH") expect(date.on.endsWith("-01"), where).toBe(true);
  if (date.precision === "YEAR") expect(date.on.endsWith("-01-01"), where).toBe(true);
  if (date.inferred) expect(date.note, `${where}: inferred dates need a note`).toBeTruthy();
}

describe("sample articles", () => {
  it("has the five articles, each with an existing file", () => {
    expect(articles.map((a) => a.key)).toEqual(["01", "02", "03", "04", "05"]);
    for (const article of articles) expect(bodyOf(article.key).length).toBeGreaterThan(500);
  });

  it.each(articles.map((a) => [a.key, a] as const))("article %s is cleaned of page furniture", (key, article) => {
    const body = bodyOf(key);
    for (const furniture of [...EVERYWHERE, ...(FURNITURE[key] ?? [])]) {
      expect(body, `article ${key} still contains "${furniture}"`).not.toContain(furniture);
    }
    expect(body.startsWith(article.headline), `article ${key} starts with its headline`).toBe(false);
  });

  it("keeps the first and last paragraphs of each article", () => {
    expect(bodyOf("01").startsWith("Iraq has launched the largest military campaign")).toBe(true);
    expect(bodyOf("01").endsWith("he wrote.")).toBe(true);
    expect(bodyOf("02").startsWith("Iraq’s military announced a new operation")).toBe(true);
    expect(bodyOf("02").endsWith("With reporting from AFP")).toBe(true);
    expect(bodyOf("03").startsWith("In late 2017, Iraq announced")).toBe(true);
    expect(bodyOf("03").endsWith("its loyalist fugitives.")).toBe(true);
    expect(bodyOf("04").startsWith("Iraq's military and allied militias")).toBe(true);
    expect(bodyOf("04").endsWith("told VOA.")).toBe(true);
    expect(bodyOf("05").startsWith("Islamic State may have lost control")).toBe(true);
    expect(bodyOf("05").endsWith("on his political and legal standing.")).toBe(true);
  });

  it("refers only to known outlets and stores dates as the README describes", () => {
    const outletSlugs = new Set(outlets.map((o) => o.slug));
    for (const article of articles) {
      if (article.outlet !== null) expect(outletSlugs.has(article.outlet), article.key).toBe(true);
      expectValidDate(article.published, `article ${article.key}`);
    }
    expect(articleOf("02").outlet).toBeNull();
    expect(outlets.some((o) => /AFP|Agence France/i.test(o.name) || o.slug === "afp")).toBe(false);
    expect(articles.map((a) => [a.key, a.published.on, a.published.precision, a.published.inferred])).toEqual([
      ["01", "2019-07-01", "MONTH", true],
      ["02", "2019-07-01", "MONTH", true],
      ["03", "2020-03-22", "DAY", false],
      ["04", "2021-01-01", "YEAR", true],
      ["05", "2017-07-01", "MONTH", true],
    ]);
    expect(articles.filter((a) => a.outletInferred).map((a) => a.key)).toEqual(["01", "05"]);
  });
});

describe("sample people, subjects and claims", () => {
  it("uses unique slugs and keys", () => {
    for (const list of [
      outlets.map((o) => o.slug),
      people.map((p) => p.slug),
      subjects.map((s) => s.slug),
      claims.map((c) => c.key),
    ]) {
      expect(new Set(list).size).toBe(list.length);
    }
  });

  it("has the people the brief names", () => {
    const names = people.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(["Hisham al-Hashemi", "Yahya Rasool", "Ali Baroodi"]));
  });

  it("has at least 12 claims with short statements and valid references", () => {
    expect(claims.length).toBeGreaterThanOrEqual(12);
    const subjectSlugs = new Set(subjects.map((s) => s.slug));
    const personSlugs = new Set(people.map((p) => p.slug));
    for (const claim of claims) {
      expect(claim.statement.length, claim.key).toBeLessThanOrEqual(280);
      expect(subjectSlugs.has(claim.subject), `${claim.key}: subject ${claim.subject}`).toBe(true);
      if (claim.speaker) expect(personSlugs.has(claim.speaker), `${claim.key}: ${claim.speaker}`).toBe(true);
      expect(claim.quotes.length, claim.key).toBeGreaterThan(0);
      expectValidDate(claim.stated, `${claim.key} stated`);
      expectValidDate(claim.quantity?.asOf, `${claim.key} asOf`);
    }
  });

  it("anchors every quote in the cleaned body of its article", () => {
    for (const claim of claims) {
      for (const quote of claim.quotes) {
        const body = bodyOf(quote.article);
        const anchor = anchorQuote(body, quote);
        expect(body.slice(anchor.start, anchor.end), claim.key).toBe(quote.exact);
      }
    }
  });

  it("gives every reviewed claim a rationale and a review comment", () => {
    for (const claim of claims.filter((c) => c.status !== "UNVERIFIED")) {
      expect(claim.rationale, claim.key).toBeTruthy();
      expect(claim.reviewComment, claim.key).toBeTruthy();
    }
  });

  it("corroborates only across two different known outlets", () => {
    for (const claim of claims.filter((c) => c.status === "CORROBORATED")) {
      // An article without a known outlet never counts as an independent source.
      const outlets = new Set(claim.quotes.flatMap((q) => articleOf(q.article).outlet ?? []));
      expect(outlets.size, claim.key).toBeGreaterThanOrEqual(2);
    }
  });

  it("links only existing claims, and every conflict has a CONTRADICTS link", () => {
    const keys = new Set(claims.map((c) => c.key));
    for (const link of links) {
      expect(keys.has(link.from), link.from).toBe(true);
      expect(keys.has(link.to), link.to).toBe(true);
      expect(link.from).not.toBe(link.to);
      expect(link.note.length).toBeGreaterThan(0);
    }
    for (const claim of claims.filter((c) => c.status === "CONFLICTING")) {
      const contradicted = links.some((l) => l.type === "CONTRADICTS" && (l.from === claim.key || l.to === claim.key));
      expect(contradicted, claim.key).toBe(true);
    }
  });

  it("records the motivating pair with its quantities and scope", () => {
    const y2019 = claimOf("hashemi-2019");
    const y2020 = claimOf("hashemi-2020");
    expect(y2019.speaker).toBe("hisham-al-hashemi");
    expect(y2020.speaker).toBe("hisham-al-hashemi");
    expect(y2019.subject).toBe("isis-fighters-iraq");
    expect(y2020.subject).toBe("isis-fighters-iraq");
    expect(y2019.quotes.map((q) => q.article)).toEqual(["02"]);
    expect(y2020.quotes.map((q) => q.article)).toEqual(["03"]);

    expect(y2019.quantity).toMatchObject({
      value: 1000,
      unit: "fighters",
      approximate: true,
      asOf: { on: "2019-07-01", precision: "MONTH" },
      scopePlace: "desert regions around Baaj, Rawah and Tharthar",
    });
    expect(y2020.quantity).toMatchObject({
      low: 3500,
      high: 4000,
      unit: "fighters",
      asOf: { on: "2020-03-01", precision: "MONTH" },
      scopePlace: "about 11 operational sectors in western and northern Iraqi provinces",
      scopePopulation: "active human force",
    });
    expect(`${y2020.statement} ${y2020.quantity?.scopeMethod}`).toContain("combatants");

    const update = links.find((l) => l.from === "hashemi-2020" && l.to === "hashemi-2019");
    expect(update?.type).toBe("UPDATES");
    expect(update?.note).toMatch(/11/);
  });

  it("seeds the corroborated, conflicting and single-source claims of the README", () => {
    const statusOf = (key: string) => claimOf(key).status;
    const articlesOf = (key: string) => [...new Set(claimOf(key).quotes.map((q) => q.article))].sort();

    expect(statusOf("isis-defeated-iraq-2017")).toBe("CORROBORATED");
    expect(articlesOf("isis-defeated-iraq-2017")).toEqual(["01", "03", "04"]);
    // Quoted in 02 (outlet unknown) and one other outlet: not yet two independent sources.
    expect(statusOf("victory-declared-late-2017")).toBe("UNVERIFIED");
    expect(articlesOf("victory-declared-late-2017")).toEqual(["02", "03"]);
    expect(statusOf("isis-lost-syria-march-2019")).toBe("UNVERIFIED");
    expect(articlesOf("isis-lost-syria-march-2019")).toEqual(["01", "02"]);
    expect(statusOf("wov-launched-2019-07-07")).toBe("UNVERIFIED");
    expect(articlesOf("wov-launched-2019-07-07")).toEqual(["01", "02"]);

    expect(statusOf("wov-eight-operations")).toBe("CONFLICTING");
    expect(claimOf("wov-eight-operations").quantity?.value).toBe(8);

    const single: [string, number][] = [
      ["baroodi-50-hiding-places", 50],
      ["diyala-is-killed", 5],
      ["diyala-hideouts", 4],
      ["mosul-west-civilian-deaths", 6000],
      ["mosul-displaced-900k", 900000],
      ["kurdish-fighters-casualties", 11500],
      ["us-troops-iraq-2021", 2500],
    ];
    for (const [key, value] of single) {
      expect(statusOf(key), key).toBe("UNVERIFIED");
      expect(claimOf(key).quantity?.value, key).toBe(value);
    }
    // 05's own caveat travels with the civilian death toll.
    expect(
      claimOf("mosul-west-civilian-deaths")
        .quotes.map((q) => q.exact)
        .join(" "),
    ).toContain("cannot be substantiated");
  });
});

describe("the sample data's public text", () => {
  it("never names an article by its sample-file number, which means nothing to a reader", () => {
    const labels: string[] = [];
    const walk = (value: unknown, key: string) => {
      if (typeof value === "string") {
        // Keys, file names, article references and dates are data, not text a reader sees.
        if (["key", "file", "article", "from", "to", "on", "subject", "speaker", "outlet"].includes(key)) return;
        if (/\b0[1-5]\b|\([0-5]\d\)|Article 0\d/.test(value)) labels.push(`${key}: ${value}`);
      } else if (Array.isArray(value)) value.forEach((v) => walk(v, key));
      else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) walk(v, k);
    };
    walk(sampleData, "");
    expect(labels).toEqual([]);
  });
});
