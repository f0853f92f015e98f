import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { makeClaim, makeStaff, proposeStatus, publishClaim } from "../../test/factories";
import type { Actor } from "../auth/actor";
import { ensureOutlet } from "../catalog/mutations";
import { addEvidence, addQuote } from "../claims/mutations";
import { db } from "../db/client";
import { AppError } from "../errors";
import { decideProposal as decideStatusChange } from "../reviews/mutations";
import { importArticle } from "./mutations";
import { getDeskArticle, getPublicArticle, getSelectedPassage, listDeskArticles, listDeskOutlets } from "./queries";

const unique = () => randomBytes(4).toString("hex");
const BODY = "Alpha said one thing.\n\nBeta said another thing.";

let editor: Actor;
let reviewer: Actor;
const outlets: Record<string, string> = {};
const articles: Record<string, string> = {};

async function article(key: string, outlet: string | null, quoted: { id: string }[] = []) {
  const created = await importArticle(editor, {
    headline: `Article ${key} ${unique()}`,
    outletId: outlet ? outlets[outlet] : null,
    authors: [],
    published: null,
    rawText: BODY,
    cleaning: {},
  });
  articles[key] = created.id;
  for (const claim of quoted)
    await addQuote(editor, claim.id, { articleId: created.id, exact: "Alpha said one thing." });
  return created;
}

/** Proposes "corroborated" (backed by an external source) and, unless left pending, decides it. */
async function review(claimId: string, decision: "APPROVED" | "REJECTED" | "PENDING") {
  await addEvidence(editor, claimId, { kind: "EXTERNAL_URL", url: "https://example.org/source" });
  await addEvidence(editor, claimId, { kind: "EXTERNAL_URL", url: "https://example.net/second-source" });
  const proposal = await proposeStatus(editor, { claimId, to: "CORROBORATED", rationale: "A source." });
  if (decision !== "PENDING") {
    await decideStatusChange(reviewer, { reviewId: proposal.id, decision, comment: "Checked." });
  }
}

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "resolved",
    (e: unknown) => (e instanceof AppError ? e.code : e),
  );

const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();
const keys = (...names: string[]) => names.map((n) => articles[n]).sort();

beforeAll(async () => {
  editor = await makeStaff("EDITOR");
  reviewer = await makeStaff("REVIEWER");
  for (const name of ["X", "Y", "Unused"]) {
    outlets[name] = (await ensureOutlet(editor, { slug: `o-${unique()}`, name: `Outlet ${name} ${unique()}` })).id;
  }
  const neverReviewed = await makeClaim(editor);
  const approved = await makeClaim(editor);
  const rejected = await makeClaim(editor);
  const approvedThenPending = await makeClaim(editor);
  const internal = await makeClaim(editor, { statement: "An internal working claim" });
  await review(approved.id, "APPROVED");
  await review(rejected.id, "REJECTED");
  await review(approvedThenPending.id, "APPROVED");
  await proposeStatus(editor, { claimId: approvedThenPending.id, to: "UNVERIFIED", rationale: "Doubts." });

  await article("neverReviewed", "X", [neverReviewed, approved]);
  await article("approved", "X", [approved]);
  await article("pending", "Y", [approvedThenPending]);
  await article("rejected", "Y", [rejected]);
  await article("none", "Y");
  await article("internal", null, [internal]);
  // Quoted an unverified claim in version 1 only: its latest version quotes nothing.
  const old = await article("oldVersion", null, [neverReviewed]);
  await db().articleVersion.create({
    data: { articleId: old.id, number: 2, rawText: BODY, body: BODY, contentHash: "v2" },
  });
});

describe("the desk's article list", () => {
  it("counts each article's claims and unverified claims in its latest version", async () => {
    const rows = await listDeskArticles(editor);
    expect(rows).toHaveLength(7);
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(articles.neverReviewed)).toMatchObject({ claimCount: 2, unverifiedCount: 1 });
    expect(byId.get(articles.approved)).toMatchObject({ claimCount: 1, unverifiedCount: 0 });
    expect(byId.get(articles.oldVersion)).toMatchObject({ claimCount: 0, unverifiedCount: 0 });
  });

  it("filters to articles quoting an unverified claim (never decided or rejected), internal ones included", async () => {
    expect(ids(await listDeskArticles(editor, { unverified: true }))).toEqual(
      keys("neverReviewed", "rejected", "internal"),
    );
  });

  it("filters by outlet, alone and with the unverified filter", async () => {
    expect(ids(await listDeskArticles(editor, { outletId: outlets.X }))).toEqual(keys("neverReviewed", "approved"));
    expect(ids(await listDeskArticles(editor, { outletId: outlets.Y, unverified: true }))).toEqual(keys("rejected"));
    expect(await listDeskArticles(editor, { outletId: "no-such-outlet" })).toEqual([]);
  });

  it("offers only outlets that have articles, and only to staff", async () => {
    expect(ids(await listDeskOutlets(editor))).toEqual([outlets.X, outlets.Y].sort());
    expect(await codeOf(listDeskOutlets(null as unknown as Actor))).toBe("UNAUTHENTICATED");
    expect(await codeOf(listDeskArticles(null as unknown as Actor))).toBe("UNAUTHENTICATED");
  });
});

describe("the annotation workspace", () => {
  it("shows every quote of the latest version, internal claims included, with status and visibility", async () => {
    const article = await getDeskArticle(editor, articles.internal);
    expect(article.version).toMatchObject({ number: 1, body: BODY });
    expect(article.quotes).toHaveLength(1);
    expect(article.quotes[0]).toMatchObject({
      start: 0,
      end: 21,
      exact: "Alpha said one thing.",
      claim: { statement: "An internal working claim", status: "UNVERIFIED", visibility: "INTERNAL" },
    });
    expect(article.unanchoredCount).toBe(0);
  });

  it("keeps an article internal until a published claim quotes it", async () => {
    expect(await codeOf(getPublicArticle(articles.internal))).toBe("NOT_FOUND");
    const claim = await makeClaim(editor, { statement: "Now quoted by a claim that gets published" });
    const fresh = await article("published-later", "X", [claim]);
    expect(await codeOf(getPublicArticle(fresh.id))).toBe("NOT_FOUND");
    await publishClaim(claim.id, editor, reviewer);
    const published = await getPublicArticle(fresh.id);
    expect(published.quotes.map((q) => q.claim.statement)).toEqual(["Now quoted by a claim that gets published"]);
  });

  it("draws no quote whose offsets no longer hold, and says how many", async () => {
    const { quotes } = await getDeskArticle(editor, articles.approved);
    await db().quote.update({ where: { id: quotes[0].id }, data: { start: 1, end: 22 } });
    const after = await getDeskArticle(editor, articles.approved);
    expect(after.quotes).toEqual([]);
    expect(after.unanchoredCount).toBe(1);
  });

  it("answers a missing article as not found, and the public as unauthenticated", async () => {
    expect(await codeOf(getDeskArticle(editor, "no-such-article"))).toBe("NOT_FOUND");
    expect(await codeOf(getDeskArticle(null as unknown as Actor, articles.internal))).toBe("UNAUTHENTICATED");
  });
});

describe("a selected passage for a new claim", () => {
  it("is the body's text at the offsets, with its context", async () => {
    const { version } = await getDeskArticle(editor, articles.none);
    const passage = await getSelectedPassage(editor, { articleVersionId: version.id, start: 23, end: 27 });
    expect(passage.anchor).toMatchObject({ exact: "Beta", prefix: BODY.slice(0, 23), start: 23, end: 27 });
    expect(passage.article.id).toBe(articles.none);
  });

  it("refuses offsets outside the text, only spaces, an unknown version and an old version", async () => {
    const { version } = await getDeskArticle(editor, articles.none);
    const at = (start: number, end: number, articleVersionId = version.id) =>
      codeOf(getSelectedPassage(editor, { articleVersionId, start, end }));
    expect(await at(10, BODY.length + 1)).toBe("VALIDATION");
    expect(await at(5, 5)).toBe("VALIDATION");
    expect(await at(21, 23)).toBe("VALIDATION");
    expect(await at(0, 5, "no-such-version")).toBe("NOT_FOUND");
    const first = await db().articleVersion.findFirstOrThrow({ where: { articleId: articles.oldVersion, number: 1 } });
    expect(await at(0, 5, first.id)).toBe("STALE");
  });
});
