import { randomBytes } from "node:crypto";
import { articleIdByHeadline, expect, login, test, waitForHydration } from "./fixtures";

const WILL_OF_VICTORY = "Iraq launches ‘Will of Victory’ operation against ISIS sleeper cells near Syrian border";

/**
 * Correcting an article's text: a quote whose words changed a little needs confirmation, and an
 * editor confirms it on the re-anchoring page, seeing the old and new words as a word diff.
 */
const BODY = [
  "The army said 40 fighters were killed in Baaj on Monday.",
  "Officials estimated that 1,000 fighters remain in the desert.",
].join("\n\n");

test("an edited quote needs confirmation, and the editor confirms it in the queue", async ({ page, db }) => {
  test.setTimeout(120_000);
  const id = `e2e-reanchor-${randomBytes(4).toString("hex")}`;
  const statement = `Forty fighters were killed in Baaj (${id})`;
  await db.query(`INSERT INTO "Article" (id, headline, authors, "updatedAt") VALUES ($1, $2, '{}', now())`, [
    id,
    `Text to correct (${id})`,
  ]);
  await db.query(
    `INSERT INTO "ArticleVersion" (id, "articleId", number, "rawText", body, "contentHash") VALUES ($1, $2, 1, $3, $3, 'e2e')`,
    [`${id}-v1`, id, BODY],
  );
  // The claim and its quote go through the desk, so that they have the history the app writes
  // (history:verify, run by another spec on this database, checks every claim's history).
  const exact = "40 fighters were killed in Baaj";
  const start = BODY.indexOf(exact);
  await login(page, "EDITOR");
  await page.goto(`/desk/claims/new?version=${id}-v1&start=${start}&end=${start + exact.length}`);
  await page.getByLabel("Claim, in one checkable sentence").fill(statement);
  await page.getByLabel("Or a new subject").fill(`Re-anchoring (${id})`);
  await page.getByRole("button", { name: "Save claim" }).click();
  // The claim workspace (the form's own URL, /desk/claims/new?…, ends in a segment too).
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(statement);
  const claimId = new URL(page.url()).pathname.split("/").pop()!;
  const {
    rows: [quote],
  } = await db.query<{ id: string }>(`SELECT id FROM "Quote" WHERE "claimId" = $1`, [claimId]);

  await page.goto(`/desk/articles/${id}/edit`);
  const text = page.getByLabel("Article text");
  await waitForHydration(text);
  await text.fill(BODY.replace("40 fighters were killed", "40 fighters were reported killed"));
  await page.getByLabel("What was corrected, and why").fill("The army's figure was a report.");
  await page.getByRole("button", { name: "Save as a new version" }).click();
  await expect(page.getByRole("status")).toContainText("Saved as version 2");
  await expect(page.getByRole("status")).toContainText("1 need confirmation");

  await page.getByRole("link", { name: "Confirm the quotes that need it" }).click();
  await expect(page).toHaveURL(/\/desk\/reanchoring$/);
  const item = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: statement }) });
  await expect(item).toContainText("Needs confirmation");
  await expect(item.locator("ins")).toHaveText(/reported/);
  const confirm = item.getByRole("button", { name: "Confirm" });
  await waitForHydration(confirm);
  await confirm.click();
  await expect(page.getByRole("heading", { name: statement })).toHaveCount(0);

  const { rows } = await db.query(
    `SELECT q.exact, v.number FROM "Quote" q JOIN "ArticleVersion" v ON v.id = q."articleVersionId" WHERE q.id = $1`,
    [quote.id],
  );
  expect(rows).toEqual([{ exact: "40 fighters were reported killed in Baaj", number: 2 }]);
  await page.goto(`/desk/articles/${id}/versions?v=1`);
  await expect(page.getByRole("region", { name: "Text of version 1" })).toContainText(
    "40 fighters were killed in Baaj",
  );
});

const PAGES = ["/desk/reanchoring", "edit", "versions"] as const;
for (const width of [390, 1366]) {
  for (const which of PAGES) {
    test(`${which} fits ${width} px with no horizontal scroll`, async ({ page, db }) => {
      test.setTimeout(60_000);
      const article = await articleIdByHeadline(db, WILL_OF_VICTORY);
      await page.setViewportSize({ width, height: 900 });
      await login(page, "EDITOR");
      await page.goto(which.startsWith("/") ? which : `/desk/articles/${article}/${which}`);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      const [scroll, inner] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
      expect(scroll).toBeLessThanOrEqual(inner);
    });
  }
}

test("select by text finds a passage pasted with straight quotes and a double space", async ({ page, db }) => {
  test.setTimeout(60_000);
  await login(page, "EDITOR");
  await page.goto(`/desk/articles/${await articleIdByHeadline(db, WILL_OF_VICTORY)}`);
  await waitForHydration(page.getByRole("region", { name: "Article text" }));
  await page.getByText("Select by text").click();
  // The body has curly quotes and apostrophes; the paste has straight ones and two spaces.
  await page.getByLabel("Passage, exactly as in the text").fill(`"It will drain Daesh's  logistical support`);
  await page.getByRole("button", { name: "Select passage" }).click();
  await expect
    .poll(() => page.evaluate(() => document.getSelection()?.toString()))
    .toBe("“It will drain Daesh’s logistical support");
  await expect(page.getByText("Those words are not in the text")).toHaveCount(0);
});
