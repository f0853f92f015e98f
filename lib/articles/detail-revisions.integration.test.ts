import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { makeArticle, makeClaim, makeStaff, publishClaim } from "../../test/factories";
import type { Actor } from "../auth/actor";
import { getPublicClaim } from "../claims/queries";
import { addQuote } from "../claims/mutations";
import { db } from "../db/client";
import { AppError } from "../errors";
import { getPublicOutlet } from "../outlets/queries";
import { decideProposal, propose } from "../reviews/mutations";
import { approveArticleRevision, changeArticleBody, rejectArticleRevision, updateArticleMetadata } from "./mutations";
import {
  countArticleRevisionsAwaiting,
  getArticleMetadata,
  getPublicArticle,
  listArticleVersions,
  listPendingArticleRevisions,
} from "./queries";
import { articleMetadataSchema } from "./schemas";

/**
 * Revisions of a public article's details (issue 11): an editor's change becomes a revision that
 * someone else approves or rejects; approval applies it and records it in the details' history.
 */
let editor: Actor;
let otherEditor: Actor;
let reviewer: Actor;
let admin: Actor;

const unique = () => randomBytes(4).toString("hex");

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => "resolved",
    (e: unknown) => (e instanceof AppError ? `${e.code}: ${e.message}` : e),
  );

const BODY = "The spokesman said 40 fighters were killed.\n\nA second paragraph.";

/** A public article (a published claim quotes it) from an outlet of its own, as the form sends its details. */
async function publicArticle() {
  const outletName = `Old Outlet ${unique()}`;
  const article = await makeArticle(editor, BODY, outletName);
  const claim = await makeClaim(editor);
  await addQuote(editor, claim.id, { articleId: article.id, exact: "40 fighters were killed" });
  await publishClaim(claim.id, editor, reviewer);
  const outletSlug = (await db().outlet.findFirstOrThrow({ where: { name: outletName } })).slug;
  const details = (fields: Record<string, string>) =>
    articleMetadataSchema.parse({
      headline: article.headline,
      outlet: outletName,
      published: "2020-03-22",
      language: "en",
      direction: "LTR",
      ...fields,
    });
  return { article, claim, outletName, outletSlug, details };
}

const pendingOf = async (articleId: string) =>
  db().articleRevision.findFirstOrThrow({ where: { articleId, state: "PENDING" } });

beforeAll(async () => {
  editor = await makeStaff("EDITOR", "Dana Editor");
  otherEditor = await makeStaff("EDITOR");
  reviewer = await makeStaff("REVIEWER", "Riley Reviewer");
  admin = await makeStaff("ADMIN");
});

describe("a change to a public article's details", () => {
  it("is proposed for review: the public and the article keep the current details", async () => {
    const { article, details, outletName } = await publicArticle();
    const newOutlet = `Agence France-Presse ${unique()}`;
    const result = await updateArticleMetadata(editor, article.id, {
      ...details({ outlet: newOutlet, outletInferred: "on" }),
      reason: "The report credits AFP for its reporting.",
    });
    expect(result).toEqual({ outcome: "proposed", changed: ["outlet", "outletInferred"] });

    expect((await getPublicArticle(article.id)).outlet?.name).toBe(outletName);
    expect(await db().outlet.count({ where: { name: newOutlet } })).toBe(0);
    expect(await db().articleChange.count({ where: { articleId: article.id } })).toBe(0);

    const [pending] = (await listPendingArticleRevisions(reviewer)).filter((r) => r.article.id === article.id);
    expect(pending).toMatchObject({ reason: "The report credits AFP for its reporting.", body: null, isOwn: false });
    expect(pending.details).toEqual([
      { field: "outlet", label: "Outlet", before: outletName, after: newOutlet },
      { field: "outletInferred", label: "Outlet inferred", before: "no", after: "yes" },
    ]);
    const view = await getArticleMetadata(editor, article.id);
    expect(view.pending).toMatchObject({ proposer: "Dana Editor", fields: pending.details });
    expect(await countArticleRevisionsAwaiting(reviewer)).toBeGreaterThan(0);
  });

  it("applies on approval by someone else, in the history with who proposed and who approved it", async () => {
    const { article, claim, details, outletName, outletSlug } = await publicArticle();
    const newOutlet = `Agence France-Presse ${unique()}`;
    await updateArticleMetadata(editor, article.id, {
      ...details({ outlet: newOutlet, published: "2019-07" }),
      reason: "Credited to AFP; the text dates it July 2019.",
    });
    const revision = await pendingOf(article.id);
    expect(await failure(approveArticleRevision(editor, revision.id, ""))).toMatch(/^FORBIDDEN/);
    const mine = await updateArticleMetadata(reviewer, article.id, {
      ...details({ outlet: "Someone else" }),
      reason: "Another idea.",
    }).catch((e: AppError) => e.code);
    expect(mine).toBe("CONFLICT");

    const approved = await approveArticleRevision(reviewer, revision.id, "Checked the byline.");
    expect(approved).toMatchObject({
      articleId: article.id,
      number: null,
      changed: ["outlet", "published", "publishedPrecision"],
    });

    const shown = await getPublicArticle(article.id);
    expect(shown.outlet?.name).toBe(newOutlet);
    expect(shown.published).toMatchObject({ on: new Date("2019-07-01"), precision: "MONTH" });
    expect(shown.version.number).toBe(1);
    const claimPage = await getPublicClaim(claim.id);
    expect(JSON.stringify(claimPage)).toContain(newOutlet);
    // The old outlet has no public article left; the new one lists it.
    expect(await failure(getPublicOutlet(outletSlug))).toMatch(/^NOT_FOUND/);
    const newSlug = (await db().outlet.findFirstOrThrow({ where: { name: newOutlet } })).slug;
    expect((await getPublicOutlet(newSlug)).articles.map((a) => a.id)).toEqual([article.id]);

    const view = await getArticleMetadata(editor, article.id);
    expect(view.pending).toBeNull();
    expect(view.changes).toHaveLength(1);
    expect(view.changes[0]).toMatchObject({ actor: { name: "Dana Editor" }, approvedBy: "Riley Reviewer" });
    expect(view.changes[0].fields.map((f) => `${f.label}: ${f.before} → ${f.after}`)).toEqual([
      `Outlet: ${outletName} → ${newOutlet}`,
      "Published: 2020-03-22 → 2019-07-01",
      "Date precision: DAY → MONTH",
    ]);
    const versions = await listArticleVersions(editor, article.id);
    expect(versions.revisions[0]).toMatchObject({ state: "APPROVED", changesBody: false });
    expect(versions.revisions[0].details.map((d) => d.field)).toEqual(["outlet", "published", "publishedPrecision"]);
    expect(await failure(approveArticleRevision(admin, revision.id, ""))).toMatch(/^ALREADY_DECIDED/);
  });

  it("changes nothing when rejected, and the next change can be proposed", async () => {
    const { article, details, outletName } = await publicArticle();
    const newOutlet = `Rejected Outlet ${unique()}`;
    await updateArticleMetadata(editor, article.id, { ...details({ outlet: newOutlet }), reason: "A guess." });
    const revision = await pendingOf(article.id);
    expect(await failure(rejectArticleRevision(editor, revision.id, "Mine."))).toMatch(/^FORBIDDEN/);
    expect(await failure(rejectArticleRevision(reviewer, revision.id, ""))).toMatch(/^VALIDATION/);
    await rejectArticleRevision(reviewer, revision.id, "Nothing in the text says so.");

    expect((await getPublicArticle(article.id)).outlet?.name).toBe(outletName);
    expect(await db().outlet.count({ where: { name: newOutlet } })).toBe(0);
    expect(await db().articleChange.count({ where: { articleId: article.id } })).toBe(0);
    expect(await db().articleRevision.findUniqueOrThrow({ where: { id: revision.id } })).toMatchObject({
      state: "REJECTED",
      reviewerId: reviewer.id,
      decisionComment: "Nothing in the text says so.",
    });
    const again = await updateArticleMetadata(editor, article.id, {
      ...details({ headline: "A better headline" }),
      reason: "The printed headline.",
    });
    expect(again.outcome).toBe("proposed");
  });

  it("is refused as stale when the article's details changed since it was proposed", async () => {
    const { article, claim, details } = await publicArticle();
    await updateArticleMetadata(editor, article.id, {
      ...details({ headline: "Headline from the revision" }),
      reason: "The printed headline.",
    });
    const revision = await pendingOf(article.id);
    // The claim is withdrawn, so the article is internal again and its details change directly.
    const withdrawal = await propose(reviewer, {
      claimId: claim.id,
      kind: "WITHDRAWAL",
      rationale: "Source retracted.",
      publicReason: "The source retracted its report.",
    });
    await decideProposal(admin, { reviewId: withdrawal.id, decision: "APPROVED", publicSummary: "Withdrawn." });
    const direct = await updateArticleMetadata(otherEditor, article.id, details({ language: "fr" }));
    expect(direct.outcome).toBe("applied");

    expect(await failure(approveArticleRevision(reviewer, revision.id, ""))).toBe(
      "STALE: The article's details changed since this revision was proposed (language is now “fr”); reject it and propose it again.",
    );
    const stored = await db().article.findUniqueOrThrow({ where: { id: article.id } });
    expect([stored.headline, stored.language]).toEqual([article.headline, "fr"]);
    expect((await db().articleRevision.findUniqueOrThrow({ where: { id: revision.id } })).state).toBe("PENDING");
  });

  it("can carry the text and the details together, when the same editor proposes both", async () => {
    const { article, details } = await publicArticle();
    await updateArticleMetadata(editor, article.id, {
      ...details({ headline: "The printed headline" }),
      reason: "Headline as printed.",
    });
    const joined = await changeArticleBody(
      editor,
      article.id,
      { body: `${BODY}\n\nA correction note.`, reason: "The outlet's correction note." },
      1,
    );
    const revision = await pendingOf(article.id);
    expect(joined).toEqual({ kind: "revision", revisionId: revision.id });
    expect(revision.reason).toBe("Headline as printed. The outlet's correction note.");
    // Someone else's revision takes no second part.
    expect(await failure(changeArticleBody(otherEditor, article.id, { body: "Other text.", reason: "Mine." }, 1))).toBe(
      "CONFLICT: This article already has a revision waiting for review; it must be decided first.",
    );

    const approved = await approveArticleRevision(reviewer, revision.id, "");
    expect(approved).toMatchObject({ number: 2, changed: ["headline"] });
    const shown = await getPublicArticle(article.id);
    expect([shown.headline, shown.version.number]).toEqual(["The printed headline", 2]);
    expect(shown.version.body).toContain("A correction note.");
  });

  it("changes an internal article at once, with no revision", async () => {
    const article = await makeArticle(editor, "Nobody quotes this yet.");
    const result = await updateArticleMetadata(
      editor,
      article.id,
      articleMetadataSchema.parse({ headline: "Fixed", language: "en", direction: "LTR", published: "2020-03-22" }),
    );
    expect(result.outcome).toBe("applied");
    expect(await db().articleRevision.count({ where: { articleId: article.id } })).toBe(0);
    expect((await getArticleMetadata(editor, article.id)).changes[0]).toMatchObject({ approvedBy: null });
  });
});
