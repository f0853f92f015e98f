import { beforeAll, describe, expect, it } from "vitest";
import { makeArticle, makeClaim, makeStaff, publishClaim } from "../../test/factories";
import type { Actor } from "../auth/actor";
import { addQuote } from "../claims/mutations";
import { db } from "../db/client";
import { AppError } from "../errors";
import { updateArticleMetadata } from "./mutations";
import { getArticleMetadata, getArticleRawText, getPublicArticle } from "./queries";
import { articleMetadataSchema } from "./schemas";

let editor: Actor;
let other: Actor;

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "resolved",
    (e: unknown) => (e instanceof AppError ? `${e.code}: ${e.message}` : e),
  );

const form = (fields: Record<string, string>) =>
  articleMetadataSchema.parse({ headline: "A headline", language: "en", direction: "LTR", ...fields });

beforeAll(async () => {
  editor = await makeStaff("EDITOR");
  other = await makeStaff("EDITOR");
});

describe("an imported article no public claim quotes", () => {
  it("is not on the public site, and its raw text is for staff only", async () => {
    const article = await makeArticle(editor, "Only paragraph of an internal article.");
    expect(await codeOf(getPublicArticle(article.id))).toBe("NOT_FOUND: That article was not found.");
    expect(await codeOf(getArticleRawText(null, article.id))).toBe("NOT_FOUND: That article was not found.");
    expect((await getArticleRawText(editor, article.id)).rawText).toBe("Only paragraph of an internal article.");
  });

  it("becomes public once a public claim quotes it", async () => {
    const article = await makeArticle(editor, "Alpha said one thing.");
    const internal = await makeClaim(editor);
    await addQuote(editor, internal.id, { articleId: article.id, exact: "Alpha said one thing." });
    expect(await codeOf(getPublicArticle(article.id))).toBe("NOT_FOUND: That article was not found.");
    const claim = await makeClaim(editor);
    await addQuote(editor, claim.id, { articleId: article.id, exact: "Alpha said one thing." });
    expect(await codeOf(getPublicArticle(article.id))).toBe("NOT_FOUND: That article was not found.");
    await publishClaim(claim.id, editor, await makeStaff("REVIEWER"));
    expect((await getPublicArticle(article.id)).id).toBe(article.id);
  });
});

describe("editing an article's metadata", () => {
  it("records each change with who made it and only the fields that changed, before and after", async () => {
    const article = await makeArticle(editor, "Body of an article whose details get fixed.");
    const first = await updateArticleMetadata(
      editor,
      article.id,
      form({
        headline: "Fixed headline",
        authors: "Jane Roe, John Doe",
        authorsInferred: "on",
        outlet: "Agence France-Presse",
        published: "2019-07",
        publishedInferred: "on",
        publishedNote: "The operation it reports began on July 7, 2019.",
        url: "https://example.org/story",
      }),
    );
    expect(first.changed).toEqual(
      expect.arrayContaining(["headline", "authors", "authorsInferred", "outlet", "published", "publishedPrecision"]),
    );
    await updateArticleMetadata(
      other,
      article.id,
      form({
        headline: "Fixed headline",
        authors: "Jane Roe, John Doe",
        authorsInferred: "on",
        outlet: "agence france-presse",
        published: "2019-07",
        publishedInferred: "on",
        publishedNote: "The operation it reports began on July 7, 2019.",
        url: "https://example.org/story",
        language: "fr",
        languageInferred: "on",
      }),
    );
    const view = await getArticleMetadata(editor, article.id);
    expect(view).toMatchObject({
      headline: "Fixed headline",
      authors: ["Jane Roe", "John Doe"],
      authorsInferred: true,
      outlet: { name: "Agence France-Presse" },
      published: { on: new Date("2019-07-01"), precision: "MONTH", inferred: true },
      language: "fr",
      languageInferred: true,
      isPublic: false,
    });
    expect(view.changes).toHaveLength(2);
    const [second, firstChange] = view.changes;
    expect(second.actor.name).toBe(other.name);
    // The outlet named in other letter case is the same outlet: not a change.
    expect(second.before).toEqual({ language: "en", languageInferred: false });
    expect(second.after).toEqual({ language: "fr", languageInferred: true });
    expect(firstChange.actor.name).toBe(editor.name);
    expect(firstChange.before).toMatchObject({ published: "2020-03-22", publishedPrecision: "DAY", authors: [] });
    expect(firstChange.after).toMatchObject({
      published: "2019-07-01",
      publishedPrecision: "MONTH",
      authors: ["Jane Roe", "John Doe"],
      outlet: "Agence France-Presse",
    });
  });

  it("records nothing when nothing changed", async () => {
    const article = await makeArticle(editor, "Body of an unchanged article.");
    const current = await getArticleMetadata(editor, article.id);
    const same = form({
      headline: current.headline,
      outlet: current.outlet?.name ?? "",
      published: "2020-03-22",
    });
    expect((await updateArticleMetadata(editor, article.id, same)).changed).toEqual([]);
    expect(await db().articleChange.count({ where: { articleId: article.id } })).toBe(0);
  });

  it("does not change a public article directly: without a reason nothing is proposed, and nothing changes", async () => {
    const article = await makeArticle(editor, "Gamma said a public thing.");
    const claim = await makeClaim(editor);
    await addQuote(editor, claim.id, { articleId: article.id, exact: "Gamma said a public thing." });
    await publishClaim(claim.id, editor, await makeStaff("REVIEWER"));
    const error = await updateArticleMetadata(editor, article.id, form({ headline: "Changed" })).catch((e) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).fieldErrors?.reason?.[0]).toMatch(/^Say what was wrong with the details/);
    expect((await getArticleMetadata(editor, article.id)).headline).toBe(article.headline);
    expect(await db().articleChange.count({ where: { articleId: article.id } })).toBe(0);
    expect(await db().articleRevision.count({ where: { articleId: article.id } })).toBe(0);
  });

  it("is for staff with the edit permission only, and answers not found for an unknown article", async () => {
    expect(await codeOf(updateArticleMetadata(null as unknown as Actor, "x", form({})))).toBe(
      "UNAUTHENTICATED: Sign in to do that.",
    );
    expect(await codeOf(updateArticleMetadata(editor, "no-such-article", form({})))).toBe(
      "NOT_FOUND: That article was not found.",
    );
  });
});
