import AxeBuilder from "@axe-core/playwright";
import { randomBytes } from "node:crypto";
import { expect, login, test, waitForHydration } from "./fixtures";

/**
 * Re-importing a newer copy of an article (issue 11, "Versions and re-anchoring"): pasting it at
 * /desk/import stages it; its confirmation page sees the same URL as an article already here and
 * offers to make it that article's next version, quotes re-anchored. It adds staged imports and
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
