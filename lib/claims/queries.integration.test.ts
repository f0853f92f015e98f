import { beforeAll, describe, expect, it } from "vitest";
import { makeArticle, makeClaim, makeStaff, publishClaim } from "../../test/factories";
import type { Actor } from "../auth/actor";
import { getPublicArticle } from "../articles/queries";
import { AppError } from "../errors";
import { linkClaims, addQuote } from "./mutations";
import { getPublicClaim, listPublicClaims } from "./queries";

let editor: Actor;
let publicClaim: { id: string };
let internalClaim: { id: string };
let articleId: string;

beforeAll(async () => {
  editor = await makeStaff("EDITOR");
  publicClaim = await makeClaim(editor, { statement: "A public claim about the desert" });
  internalClaim = await makeClaim(editor, { statement: "A secret working claim" });
  const article = await makeArticle(editor, "First the public sentence is here.\n\nThen the secret sentence is here.");
  articleId = article.id;
  await addQuote(editor, publicClaim.id, { articleId: article.id, exact: "the public sentence" });
  await addQuote(editor, internalClaim.id, { articleId: article.id, exact: "the secret sentence" });
  await publishClaim(publicClaim.id, editor, await makeStaff("REVIEWER"));
  await linkClaims(editor, {
    fromClaimId: internalClaim.id,
    toClaimId: publicClaim.id,
    type: "UPDATES",
    note: "internal note",
  });
});

describe("what the public can read", () => {
  it("lists public claims and never internal ones", async () => {
    const { items, total } = await listPublicClaims({});
    expect(items.map((c) => c.statement)).toContain("A public claim about the desert");
    expect(items.map((c) => c.statement)).not.toContain("A secret working claim");
    expect(total).toBe(items.length);
  });

  it("answers an internal claim as not found, exactly like a missing one", async () => {
    for (const id of [internalClaim.id, "no-such-claim"]) {
      const error = await getPublicClaim(id).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe("NOT_FOUND");
    }
  });

  it("hides links and history entries that point at an internal claim", async () => {
    const claim = await getPublicClaim(publicClaim.id);
    expect(claim.links).toEqual([]);
    expect(claim.history.map((h) => h.kind)).not.toContain("LINKED");
    expect(JSON.stringify(claim)).not.toContain(internalClaim.id);
    expect(JSON.stringify(claim)).not.toContain("@factory.test");
  });

  it("highlights only public claims' quotes in an article", async () => {
    const article = await getPublicArticle(articleId);
    expect(article.quotes.map((q) => q.exact)).toEqual(["the public sentence"]);
  });

  it("filters by status and pages through the list", async () => {
    const unverified = await listPublicClaims({ status: "UNVERIFIED" });
    expect(unverified.items.every((c) => c.status === "UNVERIFIED")).toBe(true);
    expect((await listPublicClaims({ status: "CORROBORATED" })).total).toBe(0);
    const reviewer = await makeStaff("REVIEWER");
    for (let i = 0; i < 21; i++) await publishClaim((await makeClaim(editor)).id, editor, reviewer);
    const first = await listPublicClaims({ page: 1 });
    const second = await listPublicClaims({ page: 2 });
    expect(first.items).toHaveLength(20);
    expect(second.page).toBe(2);
    expect(new Set([...first.items, ...second.items].map((c) => c.id)).size).toBe(
      first.items.length + second.items.length,
    );
    expect((await listPublicClaims({ page: 999 })).page).toBe(first.pageCount);
  });
});
