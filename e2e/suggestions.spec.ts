import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import type pg from "pg";
import { expect, login, test, waitForHydration } from "./fixtures";

/**
 * Claim suggestions: an editor opens an article's suggested claims, accepts a figure (the claim
 * editor opens pre-filled and anchored to the sentence) and saves it, or dismisses one, which does
 * not come back. Each test makes its own article, so the seeded quotes never hide its sentences.
 */
test.use({ exclusiveWrites: true });

const RANGE =
  "Between 5,000 and 7,000 families returned to Tal Afar last month, according to Amira Haddad, a UN coordinator.";
const TRUCKS = "The convoy carried about 300 trucks of food.";

const tag = () => randomBytes(4).toString("hex");

/** A fresh article (July 2021, month precision) whose body holds both sentences. */
async function makeArticle(db: pg.Pool): Promise<{ id: string; headline: string }> {
  const id = `e2e-sugg-${tag()}`;
  const headline = `Returns to Tal Afar (${id})`;
  const body = `Aid groups report on the return.\n\n${RANGE}\n\n${TRUCKS}`;
  await db.query(
    `INSERT INTO "Article" (id, headline, authors, "publishedOn", "publishedPrecision", "updatedAt")
     VALUES ($1, $2, '{}', '2021-07-01', 'MONTH', now())`,
    [id, headline],
  );
  await db.query(
    `INSERT INTO "ArticleVersion" (id, "articleId", number, "rawText", body, "contentHash") VALUES ($1, $2, 1, $3, $3, 'e2e')`,
    [`${id}-v1`, id, body],
  );
  return { id, headline };
}

test("accept a suggested figure: the claim editor is pre-filled and anchored, and the saved claim has the figure", async ({
  page,
  db,
}) => {
  const article = await makeArticle(db);
  await login(page, "EDITOR");
  await page.goto(`/desk/articles/${article.id}`);
  await page.getByRole("link", { name: "Suggested claims" }).click();
  await expect(page).toHaveURL(new RegExp(`/desk/articles/${article.id}/suggestions$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Suggested claims");

  const suggestion = page.locator(".claim-suggestion", { hasText: RANGE });
  await expect(suggestion).toContainText("Figure: 5,000–7,000 families");
  await expect(suggestion).toContainText("Speaker: Amira Haddad, UN coordinator");
  await suggestion.getByRole("link", { name: /Accept 5,000–7,000 families/ }).click();

  await expect(page).toHaveURL(/\/desk\/claims\/new\?version=[^&]+&start=\d+&end=\d+&/);
  await expect(page.locator(".quote-draft mark")).toHaveText(RANGE);
  const statement = page.getByLabel("Claim, in one checkable sentence");
  await waitForHydration(statement);
  await expect(statement).toHaveValue(RANGE);
  await expect(page.getByLabel("This claim states a figure")).toBeChecked();
  await expect(page.getByLabel("Value")).toHaveValue("");
  await expect(page.getByLabel("or low")).toHaveValue("5000");
  await expect(page.getByLabel("to high")).toHaveValue("7000");
  await expect(page.getByLabel("Unit")).toHaveValue("families");
  await expect(page.getByLabel("Or a new speaker's name")).toHaveValue("Amira Haddad");
  await expect(page.getByLabel("How sources describe them")).toHaveValue("UN coordinator");
  await expect(page.getByLabel("True as of")).toHaveValue("2021-07");
  await expect(page.getByLabel("As-of date inferred")).toBeChecked();

  // Nothing exists until the editor saves.
  const before = await db.query(`SELECT count(*)::int AS n FROM "Quote" WHERE "articleVersionId" = $1`, [
    `${article.id}-v1`,
  ]);
  expect(before.rows[0].n).toBe(0);

  const marker = tag();
  await statement.fill(`Between 5,000 and 7,000 families returned to Tal Afar in June 2021 (e2e ${marker})`);
  await page.getByLabel("Or a new subject").fill(`Returns to Tal Afar (e2e ${marker})`);
  await page.getByRole("button", { name: "Save claim" }).click();
  await expect(page).toHaveURL(/\/desk\/claims\/(?!new)[^/?]+$/);
  const claimId = new URL(page.url()).pathname.split("/").pop()!;
  await expect(page.getByRole("heading", { name: "Possibly related claims" })).toBeVisible();

  const { rows } = await db.query<{ low: number; high: number; value: number | null; unit: string; exact: string }>(
    `SELECT q.low, q.high, q.value, q.unit, qu.exact FROM "ClaimQuantity" q JOIN "Quote" qu ON qu."claimId" = q."claimId"
      WHERE q."claimId" = $1`,
    [claimId],
  );
  expect(rows).toEqual([{ low: 5000, high: 7000, value: null, unit: "families", exact: RANGE }]);

  // The accepted sentence is quoted now: no longer suggested.
  await page.goto(`/desk/articles/${article.id}/suggestions`);
  await expect(page.locator(".claim-suggestion", { hasText: TRUCKS })).toBeVisible();
  await expect(page.locator(".claim-suggestion", { hasText: RANGE })).toHaveCount(0);
});

test("a dismissed suggestion does not come back, and the page fits a phone", async ({ page, db }) => {
  const article = await makeArticle(db);
  await page.setViewportSize({ width: 390, height: 844 });
  await login(page, "EDITOR");
  await page.goto(`/desk/articles/${article.id}/suggestions`);
  const trucks = page.locator(".claim-suggestion", { hasText: TRUCKS });
  await expect(trucks).toContainText("Figure: about 300 trucks");
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

  const dismiss = trucks.getByRole("button", { name: "Dismiss" });
  await waitForHydration(dismiss);
  await dismiss.click();
  await expect(trucks).toHaveCount(0);
  await page.reload();
  await expect(page.locator(".claim-suggestion", { hasText: RANGE })).toBeVisible();
  await expect(page.locator(".claim-suggestion", { hasText: TRUCKS })).toHaveCount(0);
  await expect(page.getByText("1 dismissed")).toBeVisible();
  const { rows } = await db.query(`SELECT count(*)::int AS n FROM "ClaimSuggestionDismissal" WHERE "articleId" = $1`, [
    article.id,
  ]);
  expect(rows[0].n).toBe(1);
});

test("suggestions are for staff only", async ({ page, db }) => {
  const article = await makeArticle(db);
  await page.goto(`/desk/articles/${article.id}/suggestions`);
  await expect(page).toHaveURL(/\/signin/);
  await expect(page.getByText(RANGE)).toHaveCount(0);
});

/** Saves a claim without a quote from the new-claim page; returns its id. */
async function saveClaim(page: Page, statement: string, subject: { existing?: string; name?: string }) {
  await page.goto("/desk/claims/new");
  const field = page.getByLabel("Claim, in one checkable sentence");
  await waitForHydration(field);
  await field.fill(statement);
  if (subject.existing) await page.getByLabel("Existing subject").selectOption({ label: subject.existing });
  if (subject.name) await page.getByLabel("Or a new subject").fill(subject.name);
  await page.getByRole("button", { name: "Save claim" }).click();
  await expect(page).toHaveURL(/\/desk\/claims\/(?!new)[^/?]+$/);
  return new URL(page.url()).pathname.split("/").pop()!;
}

test("a suggested link is recorded with one click through the link form's action", async ({ page, db }) => {
  test.setTimeout(120_000);
  const marker = tag();
  const subject = `Convoys to Tal Afar (e2e ${marker})`;
  await login(page, "EDITOR");
  const first = await saveClaim(page, `An aid convoy of 300 trucks reached Tal Afar in July 2021 (${marker})`, {
    name: subject,
  });
  const second = await saveClaim(page, `An aid convoy of 300 trucks reached Tal Afar in July (${marker})`, {
    existing: subject,
  });

  const section = page.getByRole("region", { name: "Possibly related claims" });
  const suggestion = section.locator(".link-suggestion", { hasText: `in July 2021 (${marker})` });
  await expect(suggestion).toContainText("Suggested: corroborates");
  const link = suggestion.getByRole("button", { name: "Link: corroborates" });
  await waitForHydration(link);
  await link.click();
  await expect(
    page
      .getByRole("region", { name: "Linked claims" })
      .getByRole("link", { name: new RegExp(`July 2021 \\(${marker}\\)`) }),
  ).toBeVisible();
  await expect(section.locator(".link-suggestion", { hasText: `in July 2021 (${marker})` })).toHaveCount(0);
  const { rows } = await db.query(`SELECT type FROM "ClaimLink" WHERE "fromClaimId" = $1 AND "toClaimId" = $2`, [
    second,
    first,
  ]);
  expect(rows).toEqual([{ type: "CORROBORATES" }]);
});
