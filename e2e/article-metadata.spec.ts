import { randomBytes } from "node:crypto";
import { articleIdByHeadline, expect, login, test, waitForHydration } from "./fixtures";

/**
 * Article details: editors fix them, each change recorded in a history staff can read; a public
 * article (a published claim quotes it) is not changed directly, as that needs a reviewed revision.
 */
test.use({ exclusiveWrites: true });

const WILL_OF_VICTORY = "Iraq launches ‘Will of Victory’ operation against ISIS sleeper cells near Syrian border";

test("an editor fixes an internal article's details, and the change is in its history", async ({ page, db }) => {
  test.setTimeout(60_000);
  const id = `e2e-meta-${randomBytes(4).toString("hex")}`;
  const headline = `Details to fix (${id})`;
  await db.query(`INSERT INTO "Article" (id, headline, authors, "updatedAt") VALUES ($1, $2, '{}', now())`, [
    id,
    headline,
  ]);
  await db.query(
    `INSERT INTO "ArticleVersion" (id, "articleId", number, "rawText", body, "contentHash")
     VALUES ($1, $2, 1, 'Nothing quoted here.', 'Nothing quoted here.', 'e2e')`,
    [`${id}-v1`, id],
  );
  try {
    await login(page, "EDITOR");
    await page.goto(`/desk/articles/${id}/metadata`);
    const outlet = page.getByLabel("Outlet", { exact: true });
    await waitForHydration(outlet);
    await outlet.fill("Agence France-Presse");
    await page.getByLabel("Outlet inferred, not named as publisher").check();
    await page.getByLabel("Published (YYYY, YYYY-MM or YYYY-MM-DD)").fill("2019-13");
    await page.getByRole("button", { name: "Save details" }).click();
    await expect(page.locator("#published-error")).toHaveText("That date does not exist.");

    await page.getByLabel("Published (YYYY, YYYY-MM or YYYY-MM-DD)").fill("2019-07");
    await page.getByRole("button", { name: "Save details" }).click();
    await expect(page.locator("form").getByRole("status")).toHaveText("Saved; the change is in the history below.");
    const history = page.getByRole("region", { name: "History of the details" });
    await expect(history).toContainText("Dana Editor");
    await expect(history).toContainText("outlet: — → Agence France-Presse");
    await expect(history).toContainText("published: — → 2019-07-01");
    await expect(history).toContainText("publishedPrecision: — → MONTH");
  } finally {
    await db.query(`DELETE FROM "Article" WHERE id = $1`, [id]);
  }
});

test("a public article's details are not changed directly: a reviewed revision is needed", async ({ page, db }) => {
  test.setTimeout(60_000);
  const id = await articleIdByHeadline(db, WILL_OF_VICTORY);
  await login(page, "EDITOR");
  await page.goto(`/desk/articles/${id}/metadata`);
  await expect(page.getByText("A published claim quotes this article, so it is public")).toBeVisible();
  const outlet = page.getByLabel("Outlet", { exact: true });
  await waitForHydration(outlet);
  await outlet.fill("Agence France-Presse");
  await page.getByRole("button", { name: "Save details" }).click();
  await expect(page.locator("form").getByRole("alert")).toContainText("needs a reviewed revision");
  const { rows } = await db.query(`SELECT "outletId" FROM "Article" WHERE id = $1`, [id]);
  expect(rows[0].outletId).toBeNull();
});
