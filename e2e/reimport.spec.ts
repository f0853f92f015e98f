import AxeBuilder from "@axe-core/playwright";
import { randomBytes } from "node:crypto";
import { expect, login, test, waitForHydration } from "./fixtures";

/**
 * Re-importing a newer copy of an article (issue 11, "Versions and re-anchoring"): pasting it at
 * /desk/import stages it; its confirmation page sees the same URL as an article already here and
 * offers to make it that article's next version, quotes re-anchored; for a public article, a
 * revision that waits for review (and a second one is refused meanwhile). It adds staged imports and
 * versions that other specs count, so writes are exclusive.
 */
test.use({ exclusiveWrites: true });

const PARAGRAPHS = [
  "The army said 40 fighters were killed in Baaj on Monday.",
  "Officials estimated that 1,000 fighters remain in the desert.",
];

test("a pasted newer copy with the same URL becomes version 2 of the article", async ({ page, db }) => {
  test.setTimeout(120_000);
  const id = `e2e-reimport-${randomBytes(4).toString("hex")}`;
  const headline = `Fighters killed in Baaj (${id})`;
  const url = `https://news.example/${id}`;
  const body = PARAGRAPHS.join("\n\n");
  await db.query(`INSERT INTO "Article" (id, headline, url, authors, "updatedAt") VALUES ($1, $2, $3, '{}', now())`, [
    id,
    headline,
    url,
  ]);
  await db.query(
    `INSERT INTO "ArticleVersion" (id, "articleId", number, "rawText", body, "contentHash") VALUES ($1, $2, 1, $3, $3, 'e2e')`,
    [`${id}-v1`, id, body],
  );

  await login(page, "EDITOR");
  await page.goto("/desk/import");
  const paste = page.getByLabel("Article text or HTML");
  await waitForHydration(paste);
  // The outlet's page, updated: a correction line first; its address in og:url (with a trailing slash).
  await paste.fill(
    `<html lang="en"><head><title>${headline}</title><meta property="og:url" content="${url}/"></head><body><article>` +
      `<h1>${headline}</h1><p>Correction: an earlier version of this article (${id}) misstated the day.</p>` +
      PARAGRAPHS.map((p) => `<p>${p}</p>`).join("") +
      `</article></body></html>`,
  );
  await page.getByRole("button", { name: "Import pasted text" }).click();
  await page
    .getByRole("region", { name: "This session’s uploads" })
    .getByRole("link", { name: `confirm and trim “${headline}”` })
    .click();

  const notice = page.getByRole("form", { name: `This looks like a newer version of ${headline}` });
  await expect(notice).toContainText("the same URL");
  await expect(notice.getByRole("link", { name: headline })).toHaveAttribute("href", `/desk/articles/${id}`);
  // The page with the notice fits a phone and passes axe.
  await page.setViewportSize({ width: 390, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  const { violations } = await new AxeBuilder({ page }).include("main").analyze();
  expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);

  await waitForHydration(notice.getByRole("button", { name: "Import as a new version of this article" }));
  await notice.getByRole("button", { name: "Import as a new version of this article" }).click();
  await expect(page).toHaveURL(`/desk/articles/${id}/versions`);
  await expect(page.getByRole("heading", { name: "Text of version 2" })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "Version 1" })).toBeVisible();
  await expect(
    page.getByText(`Correction: an earlier version of this article (${id}) misstated the day.`),
  ).toBeVisible();
  const { rows } = await db.query(`SELECT count(*)::int AS n FROM "ArticleImport" WHERE "rawText" LIKE $1`, [
    `%${id}%`,
  ]);
  expect(rows[0].n).toBe(0);
});

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

test("a newer copy of a public article waits for review, and a second one is refused", async ({ page, db }) => {
  test.setTimeout(180_000);
  const id = randomBytes(4).toString("hex");
  const { rows } = await db.query(
    `SELECT a.id, a.headline, a.url, v.body FROM "Article" a
       JOIN "ArticleVersion" v ON v."articleId" = a.id
      WHERE v.number = (SELECT max(number) FROM "ArticleVersion" w WHERE w."articleId" = a.id)
        AND EXISTS (SELECT 1 FROM "Quote" q JOIN "ArticleVersion" qv ON qv.id = q."articleVersionId"
                     JOIN "Claim" c ON c.id = q."claimId"
                    WHERE qv."articleId" = a.id AND c.visibility = 'PUBLIC')
        AND NOT EXISTS (SELECT 1 FROM "ArticleRevision" r WHERE r."pendingArticleId" = a.id)
      ORDER BY a."createdAt" LIMIT 1`,
  );
  const article = rows[0] as { id: string; headline: string; url: string | null; body: string };
  expect(article, "a public sample article").toBeTruthy();
  const copy = (line: string) => {
    const [first, ...rest] = article.body.split(/\n{2,}/);
    return (
      `<html lang="en"><head><title>${escapeHtml(article.headline)}</title>` +
      // The sample articles have no URL: then the same headline is what finds the article.
      (article.url ? `<meta property="og:url" content="${escapeHtml(article.url)}">` : "") +
      `</head><body><article>` +
      [first, line, ...rest].map((p) => `<p>${escapeHtml(p)}</p>`).join("") +
      `</article></body></html>`
    );
  };
  const stageAndOpen = async (line: string) => {
    await page.goto("/desk/import");
    const paste = page.getByLabel("Article text or HTML");
    await waitForHydration(paste);
    await paste.fill(copy(line));
    await page.getByRole("button", { name: "Import pasted text" }).click();
    await page
      .getByRole("region", { name: "This session’s uploads" })
      .getByRole("link", { name: /^confirm and trim/ })
      .first()
      .click();
    const notice = page.getByRole("form", { name: `This looks like a newer version of ${article.headline}` });
    await expect(notice).toContainText("The article is public");
    const button = notice.getByRole("button", { name: "Import as a new version of this article" });
    await waitForHydration(button);
    await button.click();
  };

  await login(page, "EDITOR");
  try {
    await stageAndOpen(`Correction (${id}): an earlier version misstated the day.`);
    await expect(page).toHaveURL("/desk/reanchoring?proposed=reimport");
    await expect(page.getByRole("status").filter({ hasText: "waits below for review" })).toBeVisible();
    const revisions = page.getByRole("region", { name: /Revisions of public articles/ });
    await expect(revisions.getByRole("heading", { name: article.headline })).toBeVisible();
    // The public still reads the current text.
    const { rows: versions } = await db.query(
      `SELECT max(number)::int AS n FROM "ArticleVersion" WHERE "articleId" = $1`,
      [article.id],
    );
    expect(
      await db
        .query(`SELECT body FROM "ArticleVersion" WHERE "articleId" = $1 AND number = $2`, [article.id, versions[0].n])
        .then((r) => r.rows[0].body),
    ).toBe(article.body);

    // A second newer copy while the first waits: refused with the reason, and the staged import stays.
    await stageAndOpen(`A second update (${id}).`);
    await expect(
      page.getByRole("alert").filter({ hasText: "This article already has a revision waiting for review" }),
    ).toBeVisible();
    await expect(page).toHaveURL(/\/desk\/import\/[^/]+$/);
  } finally {
    await db.query(`DELETE FROM "ArticleRevision" WHERE "articleId" = $1 AND body LIKE $2`, [article.id, `%${id}%`]);
    await db.query(`DELETE FROM "ArticleImport" WHERE "rawText" LIKE $1`, [`%${id}%`]);
  }
});
