import { beforeAll, describe, expect, it } from "vitest";
import { makeArticle, makeStaff, publishClaim } from "../../test/factories";
import type { Actor } from "../auth/actor";
import { createClaim, addQuote } from "../claims/mutations";
import { decideProposal, propose } from "../reviews/mutations";
import { claimPath } from "../claims/paths";
import { countSitemapUrls, recentDecisions, sitemapUrls } from "./queries";
import { atomFeedXml, urlsetXml } from "./xml";

const BASE = "https://claims.example.org";
let editor: Actor;
let reviewer: Actor;
const published: { id: string; statement: string }[] = [];
let internal: { id: string; statement: string };
let withdrawn: { id: string; statement: string };

beforeAll(async () => {
  editor = await makeStaff("EDITOR");
  reviewer = await makeStaff("REVIEWER");
  for (let i = 0; i < 4; i++) {
    const claim = await createClaim(editor, {
      statement: `Sitemap claim ${i} & <friends>`,
      newSubjectName: "SEO",
      newSpeaker: { name: `Sitemap Speaker ${i % 2}`, kind: "PERSON" },
    });
    const article = await makeArticle(editor, `Article ${i} says it.`);
    await addQuote(editor, claim.id, { articleId: article.id, exact: `Article ${i} says it.` });
    await publishClaim(claim.id, editor, reviewer);
    published.push(claim);
  }
  internal = await createClaim(editor, { statement: "Never in a sitemap", newSubjectName: "Internal only SEO" });
  withdrawn = published.pop()!;
  const review = await propose(reviewer, {
    claimId: withdrawn.id,
    kind: "WITHDRAWAL",
    rationale: "Gone.",
    publicReason: "The source retracted it.",
  });
  await decideProposal(await makeStaff("ADMIN"), {
    reviewId: review.id,
    decision: "APPROVED",
    publicSummary: "Withdrawn.",
  });
});

describe("the sitemap", () => {
  it("lists the fixed pages, each public claim and each public article, never drafts or withdrawn claims", async () => {
    const urls = (await sitemapUrls(BASE, 1)).map((u) => u.loc);
    expect(urls.slice(0, 4)).toEqual([`${BASE}/`, `${BASE}/claims`, `${BASE}/transparency`, `${BASE}/subjects`]);
    for (const c of published) expect(urls).toContain(`${BASE}${claimPath(c)}`);
    expect(urls.some((u) => u.includes(internal.id))).toBe(false);
    expect(urls.some((u) => u.includes(withdrawn.id))).toBe(false);
    expect(urls.filter((u) => u.includes("/articles/"))).toHaveLength(3);
    // Subject, person and outlet pages: only those with something public.
    expect(urls.filter((u) => u.includes("/subjects/"))).toEqual([`${BASE}/subjects/seo`]);
    expect(urls.filter((u) => u.includes("/people/")).sort()).toEqual([
      `${BASE}/people/sitemap-speaker-0`,
      `${BASE}/people/sitemap-speaker-1`,
    ]);
    expect(urls.filter((u) => u.includes("/outlets/"))).toHaveLength(3);
    expect(await countSitemapUrls()).toBe(urls.length);
  });

  it("pages through every URL exactly once when split into files", async () => {
    const all = (await sitemapUrls(BASE, 1)).map((u) => u.loc);
    const paged: string[] = [];
    for (let page = 1; page <= Math.ceil(all.length / 2); page++) {
      paged.push(...(await sitemapUrls(BASE, page, 2)).map((u) => u.loc));
    }
    expect(paged).toEqual(all);
    expect(urlsetXml([{ loc: `${BASE}/claims/a&b` }])).toContain(
      "<loc>https://claims.example.org/claims/a&amp;b</loc>",
    );
  });
});

describe("the decisions feed", () => {
  it("has the publications, and the withdrawal with its reason, newest first, text escaped", async () => {
    const entries = await recentDecisions(BASE);
    expect(entries[0]).toMatchObject({ url: `${BASE}${claimPath(withdrawn)}`, entry: { kind: "WITHDRAWN" } });
    expect(entries[0].entry.detail).toBe("The source retracted it.");
    expect(entries.filter((e) => e.entry.kind === "PUBLISHED").length).toBeGreaterThanOrEqual(4);
    const xml = atomFeedXml({ id: "x", title: "t", selfUrl: "s", siteUrl: "u", author: "a", entries });
    expect(xml).toContain("Sitemap claim 0 &amp; &lt;friends&gt;");
    expect(xml).not.toContain("<friends>");
  });
});
